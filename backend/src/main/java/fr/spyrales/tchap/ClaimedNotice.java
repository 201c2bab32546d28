package fr.spyrales.tchap;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A notice a worker has leased for posting; {@code attempts} counts this attempt. */
record ClaimedNotice(long id, UUID room, int attempts, OffsetDateTime createdAt, String body, String formattedBody) {
    /** The Matrix transaction id: the same for every attempt, so a retry after a lost answer never posts twice. */
    String transactionId() {
        return "spyrales-notice-" + id;
    }
}
