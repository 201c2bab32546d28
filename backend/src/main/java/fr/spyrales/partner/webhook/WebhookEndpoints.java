package fr.spyrales.partner.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.ProblemType;
import fr.spyrales.common.net.UnsafeUrl;
import fr.spyrales.partner.webhook.WebhookDtos.AttemptView;
import fr.spyrales.partner.webhook.WebhookDtos.DeliveryView;
import fr.spyrales.partner.webhook.WebhookDtos.EndpointCreate;
import fr.spyrales.partner.webhook.WebhookDtos.EndpointCreated;
import fr.spyrales.partner.webhook.WebhookDtos.EndpointUpdate;
import fr.spyrales.partner.webhook.WebhookDtos.EndpointView;
import fr.spyrales.partner.webhook.WebhookDtos.EventTypeView;
import fr.spyrales.partner.webhook.WebhookDtos.FollowedDeliveryView;
import fr.spyrales.partner.webhook.WebhookDtos.FollowedEndpointView;
import fr.spyrales.partner.webhook.WebhookDtos.FollowedWebhooks;
import fr.spyrales.partner.webhook.WebhookDtos.SecretView;
import fr.spyrales.partner.webhook.WebhookEndpointRepository.AttemptRow;
import fr.spyrales.partner.webhook.WebhookEndpointRepository.DeliveryRow;
import fr.spyrales.partner.webhook.WebhookEndpointRepository.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A partner client's webhook endpoints: subscribe (the secret shown once), read, change, delete, rotate the secret,
 * follow the deliveries and replay one. A client only ever sees its own endpoints; any other id is « introuvable ».
 */
@ApplicationScoped
public class WebhookEndpoints {
    static final String NOT_FOUND = "Point de réception introuvable";
    static final String DELIVERY_NOT_FOUND = "Envoi introuvable";
    static final int MAX_ENDPOINTS_PER_CLIENT = 20;
    static final int RECENT_DELIVERIES = 20;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookUrlGuard guard;
    private final WebhookSecrets secrets;
    private final ObjectMapper json;

    WebhookEndpoints(
            WebhookEndpointRepository endpoints,
            WebhookDeliveryRepository deliveries,
            WebhookUrlGuard guard,
            WebhookSecrets secrets,
            ObjectMapper json) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.guard = guard;
        this.secrets = secrets;
        this.json = json;
    }

    /** The caller: a partner client and the scopes its token carries. */
    public record Client(UUID id, Set<String> scopes) {}

    /**
     * For the administrators: every endpoint of a client, with why it is off and how its deliveries go, and its
     * latest deliveries. Read-only; the caller has checked that the client exists.
     */
    @Transactional
    public FollowedWebhooks followedBy(UUID clientId) {
        List<FollowedEndpointView> followed = endpoints.followed(clientId).stream()
                .map(f -> new FollowedEndpointView(
                        f.endpoint().id(),
                        f.endpoint().url(),
                        f.endpoint().eventTypes(),
                        f.endpoint().description(),
                        f.endpoint().enabled(),
                        f.endpoint().disabledReason(),
                        f.endpoint().disabledAt(),
                        f.failureStreak(),
                        f.failingSince(),
                        f.givenUpStreak(),
                        f.lastDeliveryStatus(),
                        f.lastDeliveryAt(),
                        f.lastResponseCode(),
                        f.lastError(),
                        f.endpoint().createdAt()))
                .toList();
        List<FollowedDeliveryView> recent = endpoints.recentDeliveries(clientId, RECENT_DELIVERIES).stream()
                .map(d -> new FollowedDeliveryView(
                        d.id(),
                        d.endpointId(),
                        d.eventType(),
                        d.status(),
                        d.attempts(),
                        d.createdAt(),
                        d.finishedAt(),
                        d.lastResponseCode(),
                        d.lastError()))
                .toList();
        return new FollowedWebhooks(followed, recent);
    }

    public List<EventTypeView> eventTypes() {
        return Arrays.stream(WebhookEventType.values())
                .map(t -> new EventTypeView(t.eventType(), t.scope().orElse(null), t.description()))
                .toList();
    }

    @Transactional
    public PageResponse<EndpointView> list(Client client, PageQuery page) {
        List<EndpointView> items = endpoints.pageOf(client.id(), page.offset(), page.size).stream()
                .map(WebhookEndpoints::view)
                .toList();
        return new PageResponse<>(items, page.page, page.size, endpoints.countOf(client.id()));
    }

    @Transactional
    public EndpointCreated create(Client client, EndpointCreate body) {
        String url = safeUrl(body.url());
        List<String> types = allowedTypes(client, body.eventTypes());
        if (endpoints.countOf(client.id()) >= MAX_ENDPOINTS_PER_CLIENT) {
            throw new ApiException(
                    ProblemType.BUSINESS_RULE,
                    "Un client d'API a au plus " + MAX_ENDPOINTS_PER_CLIENT
                            + " points de réception : supprimez-en un avant d'en ajouter.");
        }
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        endpoints.insert(id, client.id(), url, types, blankToNull(body.description()), secrets.seal(id, secret));
        return new EndpointCreated(get(client, id), secret);
    }

    @Transactional
    public EndpointView get(Client client, UUID id) {
        return view(own(client, id, false));
    }

    @Transactional
    public EndpointView update(Client client, UUID id, EndpointUpdate body) {
        Row current = own(client, id, true);
        String url = body.url() == null ? current.url() : safeUrl(body.url());
        List<String> types = body.eventTypes() == null ? current.eventTypes() : allowedTypes(client, body.eventTypes());
        String description = body.description() == null ? current.description() : blankToNull(body.description());
        boolean enabled = body.enabled() == null ? current.enabled() : body.enabled();
        endpoints.update(id, url, types, description, enabled);
        return get(client, id);
    }

    @Transactional
    public void delete(Client client, UUID id) {
        own(client, id, true);
        endpoints.delete(id);
    }

    /** A new secret replaces the old one at once: deliveries from now on are signed with it. */
    @Transactional
    public SecretView rotateSecret(Client client, UUID id) {
        own(client, id, true);
        String secret = WebhookSignature.newSecret();
        endpoints.replaceSecret(id, secrets.seal(id, secret));
        return new SecretView(secret);
    }

    @Transactional
    public PageResponse<DeliveryView> deliveries(Client client, UUID id, PageQuery page) {
        own(client, id, false);
        List<DeliveryRow> rows = endpoints.deliveries(id, page.offset(), page.size);
        Map<UUID, List<AttemptRow>> attempts = endpoints
                .attempts(rows.stream().map(DeliveryRow::id).toList())
                .stream()
                .collect(Collectors.groupingBy(AttemptRow::deliveryId));
        List<DeliveryView> items = rows.stream()
                .map(r -> deliveryView(r, attempts.getOrDefault(r.id(), List.of())))
                .toList();
        return new PageResponse<>(items, page.page, page.size, endpoints.countDeliveries(id));
    }

    @Transactional
    public DeliveryView delivery(Client client, UUID id, UUID deliveryId) {
        own(client, id, false);
        DeliveryRow row =
                endpoints.delivery(id, deliveryId).orElseThrow(() -> ApiException.notFound(DELIVERY_NOT_FOUND));
        return deliveryView(row, endpoints.attempts(List.of(deliveryId)));
    }

    /** Sends a message again, as a new delivery due now, signed afresh but with the same webhook-id. */
    @Transactional
    public DeliveryView replay(Client client, UUID id, UUID deliveryId) {
        Row endpoint = own(client, id, true);
        DeliveryRow original =
                endpoints.delivery(id, deliveryId).orElseThrow(() -> ApiException.notFound(DELIVERY_NOT_FOUND));
        if (!endpoint.enabled()) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "Ce point de réception est désactivé : réactivez-le (enabled: true) avant de rejouer un envoi.");
        }
        UUID replay = UUID.randomUUID();
        deliveries.insertDelivery(replay, id, original.messageId(), original.id());
        return delivery(client, id, replay);
    }

    private Row own(Client client, UUID id, boolean forUpdate) {
        return endpoints.find(client.id(), id, forUpdate).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    private String safeUrl(String url) {
        try {
            return guard.check(url).uri().toString();
        } catch (UnsafeUrl refused) {
            throw ApiException.invalidField("url", refused.getMessage());
        }
    }

    /** The types, each known and allowed by the client's scopes, without repeats. */
    private static List<String> allowedTypes(Client client, List<String> requested) {
        Set<String> types = new LinkedHashSet<>();
        for (String name : requested) {
            WebhookEventType type = WebhookEventType.of(name.strip())
                    .orElseThrow(() -> ApiException.invalidField(
                            "eventTypes",
                            "Type d'événement inconnu : « " + name + " » (voir /partner/webhooks/event-types)."));
            type.scope().filter(scope -> !client.scopes().contains(scope)).ifPresent(scope -> {
                throw ApiException.invalidField(
                        "eventTypes",
                        "Le type « " + type.eventType() + " » demande le scope « " + scope
                                + " », que ce client d'API n'a pas.");
            });
            types.add(type.eventType());
        }
        return List.copyOf(types);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static EndpointView view(Row r) {
        return new EndpointView(
                r.id(),
                r.url(),
                r.eventTypes(),
                r.description(),
                r.enabled(),
                r.disabledReason(),
                r.disabledAt(),
                r.createdAt(),
                r.updatedAt());
    }

    private DeliveryView deliveryView(DeliveryRow r, List<AttemptRow> attempts) {
        Object payload;
        try {
            payload = json.readValue(r.payload(), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable webhook payload of delivery " + r.id(), e);
        }
        return new DeliveryView(
                r.id(),
                r.messageId(),
                r.eventType(),
                r.status(),
                r.attempts(),
                r.nextAttemptAt(),
                r.createdAt(),
                r.finishedAt(),
                r.replayOf(),
                payload,
                attempts.stream()
                        .map(a -> new AttemptView(a.at(), a.durationMs(), a.responseCode(), a.error()))
                        .toList());
    }
}
