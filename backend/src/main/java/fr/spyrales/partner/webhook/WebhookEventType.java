package fr.spyrales.partner.webhook;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events a partner may subscribe to, each with the scope its client needs to receive it (none: any partner
 * client) and a French description for the catalogue. Names are those of {@code CommunityNews.eventType()}.
 */
public enum WebhookEventType {
    MENTORSHIP_ACCEPTED(
            "mentorship.accepted",
            "mentorships:read",
            "Un binôme de mentorat dont un agent de l'organisation du client fait partie commence."),
    MENTORSHIP_COMPLETED(
            "mentorship.completed",
            "mentorships:read",
            "Un binôme de mentorat dont un agent de l'organisation du client fait partie s'achève."),
    EVENT_CREATED("event.created", "events:read", "Un événement (webinaire, atelier, rencontre) est annoncé."),
    EVENT_CANCELLED("event.cancelled", "events:read", "Un événement est annulé."),
    EVENT_REPLAY_PUBLISHED("event.replay_published", "events:read", "Le replay d'un événement est publié."),
    RESOURCE_PUBLISHED("resource.published", "resources:read", "Une ressource de formation est publiée."),
    PROJECT_CREATED("project.created", "projects:read", "Un projet sur données ouvertes est créé."),
    PROJECT_LOOKING_FOR_PEOPLE("project.looking_for_people", "projects:read", "Un projet cherche des participants."),
    CHALLENGE_PUBLISHED("challenge.published", null, "Un nouveau défi de la semaine est publié.");

    private final String eventType;
    private final String scope;
    private final String description;

    WebhookEventType(String eventType, String scope, String description) {
        this.eventType = eventType;
        this.scope = scope;
        this.description = description;
    }

    public String eventType() {
        return eventType;
    }

    /** The scope a client needs to receive it, if any. */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    public String description() {
        return description;
    }

    public static Optional<WebhookEventType> of(String eventType) {
        return Arrays.stream(values())
                .filter(t -> t.eventType.equals(eventType))
                .findFirst();
    }
}
