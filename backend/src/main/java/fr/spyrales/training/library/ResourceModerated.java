package fr.spyrales.training.library;

import java.util.UUID;

/**
 * An animateur published or rejected a member's proposal: fired synchronously inside the moderation's transaction,
 * observed by the notifications, which tell the proposer.
 *
 * @param proposer who proposed the resource (never the animateur who moderated it)
 * @param reason the animateur's reason for a rejection, else null
 */
public record ResourceModerated(Kind kind, UUID resourceId, String resourceTitle, UUID proposer, String reason) {
    public enum Kind {
        PUBLISHED,
        REJECTED
    }
}
