package fr.spyrales.partner.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Endpoints, messages and deliveries written straight to the tables, and their state read back, for worker tests. */
@ApplicationScoped
public class WebhookTestData {
    @Inject
    EntityManager em;

    @Inject
    WebhookSecrets secrets;

    @Inject
    WebhookDeliveryRepository deliveries;

    public record Endpoint(UUID id, String secret) {}

    public Endpoint endpoint(UUID clientId, String url, String... eventTypes) {
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        INSERT INTO webhook_endpoint (id, partner_client_id, url, event_types, secret_encrypted)
                        VALUES (:id, :client, :url, string_to_array(:types, ','), :secret)""")
                        .setParameter("id", id)
                        .setParameter("client", clientId)
                        .setParameter("url", url)
                        .setParameter(
                                "types",
                                String.join(
                                        ",",
                                        eventTypes.length == 0 ? new String[] {"challenge.published"} : eventTypes))
                        .setParameter("secret", secrets.seal(id, secret))
                        .executeUpdate());
        return new Endpoint(id, secret);
    }

    /** A message and one delivery of it to the endpoint, due now. */
    public UUID delivery(UUID endpointId, String payload) {
        UUID message = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            deliveries.insertMessage(message, "challenge.published", payload);
            deliveries.insertDelivery(delivery, endpointId, message, null);
        });
        return delivery;
    }

    /** Brings the delivery's next attempt to now, as if its wait had passed. */
    public void due(UUID deliveryId) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE webhook_delivery SET next_attempt_at = now() WHERE id = :id")
                        .setParameter("id", deliveryId)
                        .executeUpdate());
    }

    public record DeliveryState(String status, int attempts, double secondsToNextAttempt) {}

    public DeliveryState state(UUID deliveryId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[])
                    em.createNativeQuery("""
                            SELECT status, attempts, extract(epoch FROM next_attempt_at - now())
                              FROM webhook_delivery WHERE id = :id""").setParameter("id", deliveryId).getSingleResult();
            return new DeliveryState((String) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).doubleValue());
        });
    }

    /** The response codes of the delivery's attempts, oldest first (null: no answer). */
    public List<Integer> attemptCodes(UUID deliveryId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> rows = em.createNativeQuery(
                            "SELECT response_code FROM webhook_attempt WHERE delivery_id = :id ORDER BY attempted_at, id")
                    .setParameter("id", deliveryId)
                    .getResultList();
            return rows.stream()
                    .map(r -> r == null ? null : ((Number) r).intValue())
                    .toList();
        });
    }

    /** The endpoint's deliveries, oldest first. */
    public List<UUID> deliveriesOf(UUID endpointId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery(
                            "SELECT id FROM webhook_delivery WHERE endpoint_id = :id ORDER BY created_at, id",
                            UUID.class)
                    .setParameter("id", endpointId)
                    .getResultList();
            return ids;
        });
    }

    public boolean enabled(UUID endpointId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (Boolean) em.createNativeQuery("SELECT enabled FROM webhook_endpoint WHERE id = :id")
                        .setParameter("id", endpointId)
                        .getSingleResult());
    }
}
