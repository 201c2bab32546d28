package fr.spyrales.partner.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.spyrales.common.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The transactional outbox of webhooks: in the transaction of a change, one message and one delivery per endpoint
 * entitled to it. Nothing here calls a partner; the worker does, after the commit. Only rows are written, so a
 * failure here is the database's, never an outside service's.
 */
@ApplicationScoped
public class WebhookOutbox {
    private static final Logger LOG = Logger.getLogger(WebhookOutbox.class);

    private final WebhookClientRepository clients;
    private final WebhookSubjectRepository subjects;
    private final WebhookDeliveryRepository deliveries;
    private final PublicUrl publicUrl;
    private final ObjectMapper json;

    WebhookOutbox(
            WebhookClientRepository clients,
            WebhookSubjectRepository subjects,
            WebhookDeliveryRepository deliveries,
            PublicUrl publicUrl,
            ObjectMapper json) {
        this.clients = clients;
        this.subjects = subjects;
        this.deliveries = deliveries;
        this.publicUrl = publicUrl;
        this.json = json;
    }

    /** Queues the news for every endpoint entitled to it; returns the message id, if anyone was. */
    @Transactional(TxType.MANDATORY)
    public Optional<UUID> post(String eventType, UUID subjectId, Instant at) {
        Optional<WebhookEventType> known = WebhookEventType.of(eventType);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        WebhookEventType type = known.get();
        boolean mentorship =
                type == WebhookEventType.MENTORSHIP_ACCEPTED || type == WebhookEventType.MENTORSHIP_COMPLETED;
        List<UUID> endpoints =
                clients.recipients(eventType, type.scope(), mentorship ? Optional.of(subjectId) : Optional.empty());
        if (endpoints.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> data = subjects.dataOf(type, subjectId);
        if (data.isEmpty()) {
            LOG.warnf("No %s %s to announce by webhook", eventType, subjectId);
            return Optional.empty();
        }
        UUID messageId = UUID.randomUUID();
        deliveries.insertMessage(messageId, eventType, payload(type, subjectId, at, data.get()));
        for (UUID endpoint : endpoints) {
            deliveries.insertDelivery(UUID.randomUUID(), endpoint, messageId, null);
        }
        return Optional.of(messageId);
    }

    private String payload(WebhookEventType type, UUID subjectId, Instant at, String data) {
        try {
            ObjectNode body = json.createObjectNode();
            body.put("type", type.eventType());
            body.put("timestamp", at.toString());
            ObjectNode fields = (ObjectNode) json.readTree(data);
            ObjectNode links = fields.putObject("links");
            String[] paths = paths(type, subjectId);
            links.put("api", publicUrl.link("/api/v1" + paths[0]));
            links.put("web", publicUrl.link(paths[1]));
            body.set("data", fields);
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable webhook data for " + subjectId, e);
        }
    }

    /** The item's address in the API and in the web app. */
    private static String[] paths(WebhookEventType type, UUID id) {
        return switch (type) {
            case EVENT_CREATED, EVENT_CANCELLED, EVENT_REPLAY_PUBLISHED ->
                new String[] {"/events/" + id, "/evenements/" + id};
            case RESOURCE_PUBLISHED -> new String[] {"/resources/" + id, "/ressources/" + id};
            case PROJECT_CREATED, PROJECT_LOOKING_FOR_PEOPLE -> new String[] {"/projects/" + id, "/projets/" + id};
            case MENTORSHIP_ACCEPTED, MENTORSHIP_COMPLETED -> new String[] {"/mentorships/" + id, "/mentorats/" + id};
            case CHALLENGE_PUBLISHED -> new String[] {"/challenges/" + id, "/piscine/" + id};
        };
    }
}
