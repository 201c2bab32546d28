package fr.spyrales.matching;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.matching.MatchingDtos.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** When an animateur may change a run, and what they read when they may not, without the application. */
class RunChangeTest {
    @ParameterizedTest
    @EnumSource(RunChange.class)
    void aComputedRunMayBeReviewedAndConfirmed(RunChange change) {
        assertDoesNotThrow(() -> change.requireDone(RunStatus.DONE));
    }

    @ParameterizedTest
    @EnumSource(value = RunStatus.class, names = "DONE", mode = EnumSource.Mode.EXCLUDE)
    void anyOtherRunIsAConflict(RunStatus status) {
        for (RunChange change : RunChange.values()) {
            ApiException refused = assertThrows(ApiException.class, () -> change.requireDone(status));
            assertEquals(ProblemType.CONFLICT, refused.type());
            assertEquals(change.refusal(status), refused.getMessage());
        }
    }

    @Test
    void theRefusalSaysWhatStateTheRunIsIn() {
        assertEquals(
                "Cet appariement est confirmé : ses binômes ne peuvent plus être modifiés.",
                RunChange.REVIEW.refusal(RunStatus.CONFIRMING));
        assertEquals("Le calcul est en cours : attendez la proposition.", RunChange.REVIEW.refusal(RunStatus.RUNNING));
        assertEquals(
                "Cet appariement a déjà été confirmé : les demandes sont en cours d'envoi.",
                RunChange.CONFIRM.refusal(RunStatus.CONFIRMING));
        assertEquals(
                "Cet appariement a déjà été confirmé : les demandes ont été envoyées.",
                RunChange.CONFIRM.refusal(RunStatus.CONFIRMED));
        assertEquals(
                "Cet appariement a échoué : il n'y a rien à confirmer.", RunChange.CONFIRM.refusal(RunStatus.FAILED));
    }
}
