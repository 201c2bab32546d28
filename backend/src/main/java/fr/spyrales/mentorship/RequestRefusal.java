package fr.spyrales.mentorship;

import fr.spyrales.common.ProblemType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a new mentorship request cannot be made, told to the mentee or to the animateur. */
@Schema(name = "RequestRefusal", description = "Règle qui empêche la demande.")
public enum RequestRefusal {
    SELF(ProblemType.BUSINESS_RULE, "Une personne ne peut pas être son propre mentor."),
    MENTEE_NOT_LOOKING(ProblemType.BUSINESS_RULE, "La personne n'indique plus chercher de mentor."),
    NOT_MENTORING(ProblemType.BUSINESS_RULE, "Le mentor ne propose plus d'accompagnement."),
    MENTOR_FULL(ProblemType.BUSINESS_RULE, "Le mentor n'a plus de place libre."),
    ALREADY_OPEN(ProblemType.CONFLICT, "Une demande ou un mentorat est déjà en cours entre ces deux personnes."),
    MENTEE_PAIRED(ProblemType.CONFLICT, "La personne a déjà un mentorat en cours."),
    TOO_MANY_PENDING(ProblemType.BUSINESS_RULE, "La personne a déjà le maximum de demandes en attente.");

    final ProblemType problem;
    final String toAnimateur;

    RequestRefusal(ProblemType problem, String toAnimateur) {
        this.problem = problem;
        this.toAnimateur = toAnimateur;
    }

    String toMentee(String mentor, int maxPending) {
        return switch (this) {
            case SELF -> "Vous ne pouvez pas vous demander un mentorat à vous-même.";
            case MENTEE_NOT_LOOKING -> "Indiquez d'abord dans votre profil que vous souhaitez être accompagné·e.";
            case NOT_MENTORING -> mentor + " ne propose pas d'accompagnement pour le moment.";
            case MENTOR_FULL -> mentor + " accompagne déjà autant de personnes que possible. Essayez un autre mentor.";
            case ALREADY_OPEN -> "Une demande ou un mentorat est déjà en cours avec " + mentor + ".";
            case MENTEE_PAIRED -> "Vous avez déjà un mentorat en cours : terminez-le avant d'en demander un autre.";
            case TOO_MANY_PENDING ->
                "Vous avez déjà " + maxPending + " demandes en attente : attendez une réponse ou retirez-en une.";
        };
    }
}
