package fr.spyrales.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The window, without the app: open from its opening included to its closing excluded. */
class ChallengeStateTest {
    private static final OffsetDateTime OPENS = OffsetDateTime.parse("2026-03-16T09:00:00+01:00");
    private static final OffsetDateTime CLOSES = OffsetDateTime.parse("2026-03-22T23:59:00+01:00");

    @Test
    void aChallengeIsOpenFromItsOpeningIncludedToItsClosingExcluded() {
        assertEquals(ChallengeState.UPCOMING, ChallengeState.at(OPENS, CLOSES, OPENS.minusNanos(1000)));
        assertEquals(ChallengeState.OPEN, ChallengeState.at(OPENS, CLOSES, OPENS));
        assertEquals(ChallengeState.OPEN, ChallengeState.at(OPENS, CLOSES, CLOSES.minusNanos(1000)));
        assertEquals(ChallengeState.CLOSED, ChallengeState.at(OPENS, CLOSES, CLOSES));
    }

    @Test
    void instantsAreComparedWhateverTheirOffset() {
        assertEquals(
                ChallengeState.OPEN, ChallengeState.at(OPENS, CLOSES, OffsetDateTime.parse("2026-03-16T08:00:00Z")));
        assertEquals(
                ChallengeState.CLOSED, ChallengeState.at(OPENS, CLOSES, OffsetDateTime.parse("2026-03-22T22:59:00Z")));
    }
}
