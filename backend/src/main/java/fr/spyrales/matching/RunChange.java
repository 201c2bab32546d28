package fr.spyrales.matching;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.matching.MatchingDtos.RunStatus;

/** What an animateur does to a computed run, allowed only while it is DONE; the 409 says why not in French. */
enum RunChange {
    /** Removing or restoring a pair. */
    REVIEW,
    CONFIRM;

    void requireDone(RunStatus status) {
        if (status != RunStatus.DONE) {
            throw new ApiException(ProblemType.CONFLICT, refusal(status));
        }
    }

    String refusal(RunStatus status) {
        return switch (this) {
            case REVIEW ->
                switch (status) {
                    case CONFIRMED, CONFIRMING ->
                        "Cet appariement est confirmé : ses binômes ne peuvent plus être modifiés.";
                    case RUNNING -> "Le calcul est en cours : attendez la proposition.";
                    default -> "Cet appariement a échoué : il n'a pas de binômes à modifier.";
                };
            case CONFIRM ->
                switch (status) {
                    case CONFIRMED -> "Cet appariement a déjà été confirmé : les demandes ont été envoyées.";
                    case CONFIRMING -> "Cet appariement a déjà été confirmé : les demandes sont en cours d'envoi.";
                    case RUNNING -> "Le calcul est en cours : attendez la proposition avant de la confirmer.";
                    default -> "Cet appariement a échoué : il n'y a rien à confirmer.";
                };
        };
    }
}
