package fr.spyrales.opendata;

import fr.spyrales.common.ProblemType;

/** Why a dataset cannot be declared, with the problem it answers and its French explanation. */
public enum DatasetRefusal {
    NOT_A_DATAGOUV_REFERENCE(
            ProblemType.VALIDATION,
            "Indiquez l'adresse de la page du jeu de données sur data.gouv.fr"
                    + " (https://www.data.gouv.fr/fr/datasets/…) ou son identifiant."),
    NOT_FOUND(
            ProblemType.OPEN_DATA_ONLY,
            "Jeu de données introuvable sur data.gouv.fr : vérifiez l'adresse ou l'identifiant."),
    PRIVATE(ProblemType.OPEN_DATA_ONLY, DatasetRefusal.RULE + " Ce jeu de données est privé sur data.gouv.fr."),
    DELETED(ProblemType.OPEN_DATA_ONLY, DatasetRefusal.RULE + " Ce jeu de données a été supprimé de data.gouv.fr."),
    NO_LICENCE(
            ProblemType.OPEN_DATA_ONLY,
            DatasetRefusal.RULE + " Ce jeu de données n'indique pas de licence sur data.gouv.fr."),
    LICENCE_NOT_OPEN(
            ProblemType.OPEN_DATA_ONLY,
            DatasetRefusal.RULE + " data.gouv.fr ne compte pas la licence de ce jeu de données parmi les licences"
                    + " ouvertes."),
    NO_DATASET(
            ProblemType.VALIDATION,
            "Indiquez le jeu de données : l'adresse de sa page sur data.gouv.fr ou son identifiant, ou, s'il est"
                    + " publié ailleurs, son titre, son producteur, son adresse et sa licence."),
    BOTH_FORMS(
            ProblemType.VALIDATION,
            "Indiquez soit la référence data.gouv.fr du jeu de données, soit son titre, son producteur, son adresse"
                    + " et sa licence, pas les deux."),
    INCOMPLETE(ProblemType.VALIDATION, "Indiquez le titre, le producteur, l'adresse et la licence du jeu de données."),
    NOT_HTTPS(ProblemType.VALIDATION, "L'adresse du jeu de données doit être une adresse complète en https://."),
    OUTSIDE_LICENCE_NOT_OPEN(
            ProblemType.OPEN_DATA_ONLY,
            DatasetRefusal.RULE + " Choisissez la licence du jeu de données dans la liste des licences ouvertes.");

    private static final String RULE = "Seules les données ouvertes sont acceptées : aucune donnée confidentielle"
            + " ou personnelle ne sort d'une administration.";

    final ProblemType problem;
    final String explanation;

    DatasetRefusal(ProblemType problem, String explanation) {
        this.problem = problem;
        this.explanation = explanation;
    }
}
