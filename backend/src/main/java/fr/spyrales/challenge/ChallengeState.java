package fr.spyrales.challenge;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a challenge stands: before its opening, open (from opensAt included to closesAt excluded), or closed. */
@Schema(
        name = "ChallengeState",
        description = "UPCOMING : pas encore ouvert ; OPEN : ouvert aux participations (de opensAt inclus à closesAt "
                + "exclu) ; CLOSED : clos, les participations sont visibles de tous.")
public enum ChallengeState {
    UPCOMING,
    OPEN,
    CLOSED;

    static ChallengeState at(OffsetDateTime opensAt, OffsetDateTime closesAt, OffsetDateTime now) {
        if (now.isBefore(opensAt)) {
            return UPCOMING;
        }
        return now.isBefore(closesAt) ? OPEN : CLOSED;
    }
}
