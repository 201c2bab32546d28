package fr.spyrales.opendata;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;

/** The rules of the review queue and of re-checks, each with its problem type and what the member reads. */
enum ReviewRefusal {
    NOT_TO_REVIEW(
            ProblemType.CONFLICT,
            "Ce jeu de données n'attend pas de vérification : il a déjà été vérifié (rechargez la liste)."),
    NOTE_REQUIRED(ProblemType.VALIDATION, "Expliquez en quelques mots pourquoi vous refusez ce jeu de données."),
    NOT_ON_DATAGOUV(
            ProblemType.CONFLICT,
            "Seuls les jeux de données de data.gouv.fr peuvent être vérifiés à nouveau : un·e animateur·rice"
                    + " vérifie les autres."),
    MAY_NOT_RECHECK(
            ProblemType.FORBIDDEN,
            "Seuls les animateurs et les responsables d'un projet qui déclare ce jeu de données peuvent le faire"
                    + " vérifier à nouveau.");

    final ProblemType problem;
    final String detail;

    ReviewRefusal(ProblemType problem, String detail) {
        this.problem = problem;
        this.detail = detail;
    }

    ApiException exception() {
        if (this == NOTE_REQUIRED) {
            return ApiException.invalidField("note", detail);
        }
        return new ApiException(problem, detail);
    }

    static ApiException notFound() {
        return ApiException.notFound("Ce jeu de données n'existe pas ou a été retiré.");
    }
}
