package fr.spyrales.common.news;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Something the whole community may hear of (a new event, a published resource, an accepted pairing…). The feature
 * services fire it synchronously with {@code jakarta.enterprise.event.Event<CommunityNews>.fire} inside the
 * transaction of the change, so that its observers (the Tchap notices, the partners' webhooks) write their outbox
 * rows in that same transaction: the news is announced if and only if the change is committed. Observers only insert
 * rows; they never call an outside service nor throw for an outside reason.
 *
 * @param subjectId the thing the news is about (the event, challenge, resource, project or mentorship)
 * @param at when the change happened
 */
public record CommunityNews(Type type, UUID subjectId, Instant at) {
    public CommunityNews {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(at, "at");
    }

    /** The news of a change happening now. */
    public static CommunityNews of(Type type, UUID subjectId) {
        return new CommunityNews(type, subjectId, Instant.now());
    }

    /** The dotted name partners subscribe to: {@code event.created}, {@code mentorship.accepted}… */
    public String eventType() {
        return type.eventType();
    }

    public enum Type {
        EVENT_CREATED("event.created"),
        EVENT_CANCELLED("event.cancelled"),
        EVENT_REPLAY_PUBLISHED("event.replay_published"),
        CHALLENGE_PUBLISHED("challenge.published"),
        RESOURCE_PUBLISHED("resource.published"),
        PROJECT_CREATED("project.created"),
        PROJECT_LOOKING_FOR_PEOPLE("project.looking_for_people"),
        MENTORSHIP_ACCEPTED("mentorship.accepted"),
        MENTORSHIP_COMPLETED("mentorship.completed");

        private final String eventType;

        Type(String eventType) {
            this.eventType = eventType;
        }

        public String eventType() {
            return eventType;
        }

        /** The type whose dotted name is given (case-insensitive), if any. */
        public static java.util.Optional<Type> ofEventType(String name) {
            String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            for (Type t : values()) {
                if (t.eventType.equals(wanted)) {
                    return java.util.Optional.of(t);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
