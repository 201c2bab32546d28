package fr.spyrales.training.path;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import java.util.Map;

/** The rules of learning paths, each with its problem type and what the member reads. */
enum PathRefusal {
    CANNOT_CREATE(
            ProblemType.FORBIDDEN,
            "Les parcours sont écrits par les mentors et les animateurs : indiquez dans votre profil que vous pouvez"
                    + " accompagner d'autres membres pour en créer un."),
    NOT_EDITOR(ProblemType.FORBIDDEN, "Seuls l'auteur du parcours et les animateurs peuvent le modifier."),
    ARCHIVED(ProblemType.CONFLICT, "Ce parcours est archivé : publiez-le à nouveau avant de le modifier."),
    ALREADY_PUBLISHED(ProblemType.CONFLICT, "Ce parcours est déjà publié."),
    NO_STEP(ProblemType.BUSINESS_RULE, "Ajoutez au moins une étape avant de publier le parcours."),
    LAST_STEP(
            ProblemType.CONFLICT,
            "Un parcours publié garde au moins une étape : ajoutez-en une autre avant de retirer celle-ci."),
    TOO_MANY_STEPS(
            ProblemType.CONFLICT,
            "Un parcours compte au plus " + PathSteps.MAX_STEPS + " étapes : retirez-en une avant d'en ajouter une"
                    + " autre."),
    RESOURCE_ALREADY_IN_PATH(ProblemType.CONFLICT, "Cette ressource est déjà une étape de ce parcours."),
    NOT_PUBLISHED_TO_FOLLOW(ProblemType.CONFLICT, "Ce parcours n'est pas publié : il ne peut pas être suivi."),
    FOLLOW_FIRST(ProblemType.CONFLICT, "Suivez d'abord ce parcours pour cocher ses étapes.");

    /** The database's constraints behind these rules, for {@link fr.spyrales.common.ConstraintConflicts}. */
    static final Map<String, String> CONSTRAINTS = Map.of(
            "learning_path_step_ceiling", TOO_MANY_STEPS.detail,
            "learning_path_step_resource_key", RESOURCE_ALREADY_IN_PATH.detail);

    final ProblemType problem;
    final String detail;

    PathRefusal(ProblemType problem, String detail) {
        this.problem = problem;
        this.detail = detail;
    }

    ApiException exception() {
        return new ApiException(problem, detail);
    }
}
