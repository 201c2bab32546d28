package fr.spyrales.partner.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the partner webhook endpoints. */
public final class WebhookDtos {
    static final String URL_REQUIRED = "L'adresse (https://…) est obligatoire.";
    static final String URL_SIZE = "L'adresse ne doit pas dépasser 2 000 caractères.";
    static final String TYPES_REQUIRED = "Choisissez au moins un type d'événement.";
    static final String TYPES_SIZE = "Choisissez au plus 50 types d'événements.";
    static final String DESCRIPTION_SIZE = "La description ne doit pas dépasser 500 caractères.";

    private WebhookDtos() {}

    @Schema(name = "WebhookEndpointCreate", description = "Un point de réception à abonner.")
    public record EndpointCreate(
            @Schema(
                    required = true,
                    description = "Adresse https publique qui recevra les POST signés.",
                    example = "https://intranet.exemple.gouv.fr/webhooks/spyrales")
            @NotBlank(message = URL_REQUIRED)
            @Size(max = 2000, message = URL_SIZE)
            String url,

            @Schema(
                    required = true,
                    description = "Types d'événements (voir listWebhookEventTypes).",
                    example = "[\"event.created\", \"event.cancelled\"]")
            @NotEmpty(message = TYPES_REQUIRED)
            @Size(max = 50, message = TYPES_SIZE)
            List<@NotBlank(message = TYPES_REQUIRED) String> eventTypes,

            @Schema(description = "Note libre.", example = "Agenda de l'intranet du ministère")
            @Size(max = 500, message = DESCRIPTION_SIZE)
            String description) {}

    @Schema(
            name = "WebhookEndpointUpdate",
            description = "Les champs à changer ; les autres restent. enabled: true réactive un point désactivé"
                    + " après des échecs.")
    public record EndpointUpdate(
            @Schema(example = "https://intranet.exemple.gouv.fr/webhooks/spyrales-v2")
            @Size(max = 2000, message = URL_SIZE)
            String url,

            @Schema(example = "[\"event.created\"]") @Size(min = 1, max = 50, message = TYPES_SIZE)
            List<@NotBlank(message = TYPES_REQUIRED) String> eventTypes,

            @Schema(example = "Agenda de l'intranet") @Size(max = 500, message = DESCRIPTION_SIZE)
            String description,

            @Schema(example = "true") Boolean enabled) {}

    @Schema(name = "WebhookEndpoint", description = "Un point de réception des webhooks d'un client d'API.")
    public record EndpointView(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "https://intranet.exemple.gouv.fr/webhooks/spyrales")
            String url,

            @Schema(required = true, example = "[\"event.created\", \"event.cancelled\"]")
            List<String> eventTypes,

            @Schema(example = "Agenda de l'intranet du ministère")
            String description,

            @Schema(required = true, description = "Faux : plus rien ne lui est envoyé.")
            boolean enabled,

            @Schema(description = "Pourquoi Spyrales l'a désactivé (échecs répétés).")
            String disabledReason,

            OffsetDateTime disabledAt,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {}

    @Schema(
            name = "WebhookEndpointCreated",
            description = "Le point créé et son secret de signature, affiché cette seule fois.")
    public record EndpointCreated(
            @Schema(required = true) EndpointView endpoint,

            @Schema(
                    required = true,
                    description =
                            "Secret Standard Webhooks (whsec_…) : conservez-le, il n'est plus jamais" + " affiché.",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            String secret) {}

    @Schema(name = "WebhookSecret", description = "Le nouveau secret, affiché cette seule fois.")
    public record SecretView(
            @Schema(required = true, example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            String secret) {}

    @Schema(name = "WebhookEventTypeInfo", description = "Un type d'événement auquel s'abonner.")
    public record EventTypeView(
            @Schema(required = true, example = "event.created")
            String type,

            @Schema(description = "Le scope que le client doit avoir pour le recevoir.", example = "events:read")
            String scope,

            @Schema(required = true, example = "Un événement (webinaire, atelier, rencontre) est annoncé.")
            String description) {}

    @Schema(name = "WebhookAttempt", description = "Une tentative d'envoi.")
    public record AttemptView(
            @Schema(required = true) OffsetDateTime at,
            @Schema(required = true, example = "182") int durationMs,

            @Schema(description = "Code HTTP répondu ; absent si aucune réponse.", example = "503")
            Integer responseCode,

            @Schema(example = "HTTP 503") String error) {}

    @Schema(name = "WebhookDelivery", description = "L'envoi d'un message à un point de réception, et ses tentatives.")
    public record DeliveryView(
            @Schema(required = true) UUID id,

            @Schema(required = true, description = "Aussi l'en-tête webhook-id.")
            UUID messageId,

            @Schema(required = true, example = "event.created")
            String eventType,

            @Schema(
                    required = true,
                    description = "PENDING (pas encore tenté), FAILED (nouvel essai prévu), SUCCEEDED,"
                            + " GAVE_UP (abandonné après toutes les tentatives).",
                    enumeration = {"PENDING", "SUCCEEDED", "FAILED", "GAVE_UP"})
            String status,

            @Schema(required = true, example = "1") int attemptCount,

            @Schema(description = "Prochaine tentative, tant que l'envoi n'est pas terminé.")
            OffsetDateTime nextAttemptAt,

            @Schema(required = true) OffsetDateTime createdAt,
            OffsetDateTime finishedAt,

            @Schema(description = "L'envoi rejoué, si celui-ci en est un.")
            UUID replayOf,

            @Schema(required = true, description = "Le contenu envoyé (JSON).")
            Object payload,

            @Schema(required = true) List<AttemptView> attempts) {}

    @Schema(
            name = "PartnerWebhookEndpointFollowed",
            description = "Un point de réception d'un client, tel que les administrateurs le suivent (lecture seule).")
    public record FollowedEndpointView(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "https://intranet.exemple.gouv.fr/webhooks/spyrales")
            String url,

            @Schema(required = true, example = "[\"event.created\", \"event.cancelled\"]")
            List<String> eventTypes,

            @Schema(example = "Agenda de l'intranet du ministère")
            String description,

            @Schema(required = true, description = "Faux : plus rien ne lui est envoyé.")
            boolean enabled,

            @Schema(
                    description = "Pourquoi Spyrales l'a désactivé ; absent s'il est actif ou si le partenaire l'a"
                            + " désactivé lui-même.",
                    example = "10 tentatives en échec depuis plus de 24 h")
            String disabledReason,

            OffsetDateTime disabledAt,

            @Schema(
                    required = true,
                    description = "Tentatives en échec d'affilée depuis le dernier succès.",
                    example = "3")
            int failureStreak,

            @Schema(description = "Date de la première de ces tentatives en échec.")
            OffsetDateTime failingSince,

            @Schema(
                    required = true,
                    description = "Envois abandonnés d'affilée depuis le dernier succès.",
                    example = "0")
            int givenUpStreak,

            @Schema(
                    description = "État du dernier envoi ; absent si rien n'a encore été envoyé.",
                    enumeration = {"PENDING", "SUCCEEDED", "FAILED", "GAVE_UP"})
            String lastDeliveryStatus,

            @Schema(description = "Date du dernier envoi.") OffsetDateTime lastDeliveryAt,

            @Schema(description = "Code HTTP répondu à la dernière tentative du dernier envoi.", example = "503")
            Integer lastResponseCode,

            @Schema(description = "Erreur de la dernière tentative du dernier envoi.", example = "HTTP 503")
            String lastError,

            @Schema(required = true) OffsetDateTime createdAt) {}

    @Schema(name = "PartnerWebhookDeliveryFollowed", description = "Un envoi récent, tous points confondus.")
    public record FollowedDeliveryView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID endpointId,

            @Schema(required = true, example = "event.created")
            String eventType,

            @Schema(
                    required = true,
                    enumeration = {"PENDING", "SUCCEEDED", "FAILED", "GAVE_UP"})
            String status,

            @Schema(required = true, example = "2") int attemptCount,
            @Schema(required = true) OffsetDateTime createdAt,
            OffsetDateTime finishedAt,

            @Schema(description = "Code HTTP répondu à la dernière tentative.", example = "200")
            Integer lastResponseCode,

            @Schema(description = "Erreur de la dernière tentative.", example = "HTTP 503")
            String lastError) {}

    @Schema(
            name = "PartnerWebhooksFollowed",
            description = "Les points de réception d'un client partenaire et ses derniers envois (administrateurs).")
    public record FollowedWebhooks(
            @Schema(required = true, description = "Du plus ancien au plus récent.")
            List<FollowedEndpointView> endpoints,

            @Schema(required = true, description = "Les 20 derniers envois, du plus récent au plus ancien.")
            List<FollowedDeliveryView> recentDeliveries) {}
}
