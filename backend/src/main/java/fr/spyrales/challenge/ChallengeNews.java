package fr.spyrales.challenge;

import java.util.UUID;

/**
 * Something happened to a member's entry that they should hear of: fired synchronously inside the change's
 * transaction, observed by the notifications.
 *
 * @param recipient the entry's author
 */
public record ChallengeNews(Kind kind, UUID challengeId, String challengeTitle, UUID recipient) {
    public enum Kind {
        /** Another member commented on the entry. */
        COMMENTED,
        /** An animateur highlighted the entry. */
        HIGHLIGHTED
    }
}
