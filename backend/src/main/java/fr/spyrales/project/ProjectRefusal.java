package fr.spyrales.project;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import java.util.Map;

/** The rules of a project and its team, each with its problem type and what the member reads. */
enum ProjectRefusal {
    ATTESTATION_MISSING(
            ProblemType.BUSINESS_RULE,
            "Attestez que le projet n'utilise que des données ouvertes, sans aucune donnée confidentielle ou "
                    + "personnelle : c'est la règle de la communauté."),
    NOT_LEAD(ProblemType.FORBIDDEN, "Seuls les responsables du projet peuvent faire cela."),
    ANIMATEUR_ONLY_ARCHIVES(
            ProblemType.FORBIDDEN,
            "Les animateurs peuvent archiver un projet ; seuls ses responsables peuvent le modifier autrement."),
    ADMIN_ONLY_DELETES(ProblemType.FORBIDDEN, "Seuls les administrateurs peuvent supprimer un projet."),
    CLOSED(ProblemType.BUSINESS_RULE, "Ce projet est terminé ou archivé : il n'accueille plus de nouveaux membres."),
    ALREADY_IN_TEAM(ProblemType.CONFLICT, "Vous faites déjà partie de l'équipe de ce projet."),
    REQUEST_PENDING(ProblemType.CONFLICT, "Vous avez déjà une demande en attente pour ce projet."),
    REQUEST_ANSWERED(ProblemType.CONFLICT, "Cette demande a déjà reçu une réponse."),
    TEAM_FULL(ProblemType.CONFLICT, "L'équipe est complète : le projet a atteint sa taille maximale."),
    MAX_BELOW_TEAM(
            ProblemType.CONFLICT,
            "La taille maximale ne peut pas être inférieure au nombre de membres de l'équipe actuelle."),
    NOT_IN_TEAM(ProblemType.CONFLICT, "Cette personne ne fait pas partie de l'équipe du projet."),
    ALREADY_LEAD(ProblemType.CONFLICT, "Cette personne est déjà responsable du projet."),
    NOT_A_LEAD(ProblemType.CONFLICT, "Cette personne n'est pas responsable du projet."),
    TOO_MANY_DATASETS(
            ProblemType.CONFLICT,
            "Un projet déclare au plus " + ProjectDatasets.MAX_DATASETS + " jeux de données : retirez-en un avant"
                    + " d'en ajouter un autre."),
    DATASET_ALREADY_DECLARED(ProblemType.CONFLICT, "Ce projet déclare déjà ce jeu de données de data.gouv.fr."),
    DATASET_NOT_DECLARED(ProblemType.NOT_FOUND, "Ce projet ne déclare pas ce jeu de données."),
    LAST_LEAD(
            ProblemType.CONFLICT,
            "Un projet garde toujours au moins un responsable : nommez d'abord un autre responsable.");

    /** The database's constraints behind these rules, for {@link fr.spyrales.common.ConstraintConflicts}. */
    static final Map<String, String> CONSTRAINTS = Map.of(
            "project_keeps_a_lead", LAST_LEAD.detail,
            "project_team_size", TEAM_FULL.detail,
            "project_join_request_pending_key", REQUEST_PENDING.detail,
            "project_member_pkey", ALREADY_IN_TEAM.detail,
            "project_dataset_ceiling", TOO_MANY_DATASETS.detail,
            "project_dataset_datagouv_key", DATASET_ALREADY_DECLARED.detail);

    final ProblemType problem;
    final String detail;

    ProjectRefusal(ProblemType problem, String detail) {
        this.problem = problem;
        this.detail = detail;
    }

    ApiException exception() {
        return new ApiException(problem, detail);
    }
}
