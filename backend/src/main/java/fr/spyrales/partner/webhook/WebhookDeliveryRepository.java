package fr.spyrales.partner.webhook;

import fr.spyrales.common.metrics.OutboxBacklog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The outbox side of webhooks: messages, deliveries, attempts, and the endpoints' failure streaks. Every time is
 * the database's, so instances with drifting clocks agree on what is due.
 */
@ApplicationScoped
public class WebhookDeliveryRepository implements OutboxBacklog {
    private final EntityManager em;

    WebhookDeliveryRepository(EntityManager em) {
        this.em = em;
    }

    /** A delivery a worker has leased, with what it needs to send it; {@code attempts} counts this attempt. */
    public record Claimed(
            UUID deliveryId,
            UUID endpointId,
            UUID messageId,
            int attempts,
            String url,
            String secretSealed,
            String body) {}

    /** The outcome of the failure streak after an attempt: enough to decide whether to switch the endpoint off. */
    public record Streak(int failedAttempts, OffsetDateTime failingSince, int givenUpDeliveries) {}

    void insertMessage(UUID id, String eventType, String payloadJson) {
        em.createNativeQuery(
                        "INSERT INTO webhook_message (id, event_type, payload) VALUES (:id, :type, CAST(:payload AS jsonb))")
                .setParameter("id", id)
                .setParameter("type", eventType)
                .setParameter("payload", payloadJson)
                .executeUpdate();
    }

    void insertDelivery(UUID id, UUID endpointId, UUID messageId, UUID replayOf) {
        em.createNativeQuery("""
                        INSERT INTO webhook_delivery (id, endpoint_id, message_id, replay_of)
                        VALUES (:id, :endpoint, :message, :replayOf)""")
                .unwrap(NativeQuery.class)
                .setParameter("id", id)
                .setParameter("endpoint", endpointId)
                .setParameter("message", messageId)
                .setParameter("replayOf", replayOf, StandardBasicTypes.UUID)
                .executeUpdate();
    }

    /**
     * Leases the oldest due delivery of an enabled endpoint that no other worker holds (FOR UPDATE SKIP LOCKED: two
     * workers never take the same one). The attempt is counted now.
     */
    Optional<Claimed> claimNext(Duration lease) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH claimed AS (
                            UPDATE webhook_delivery d
                               SET locked_until = now() + make_interval(secs => :lease), attempts = d.attempts + 1
                             WHERE d.id = (SELECT d2.id FROM webhook_delivery d2
                                             JOIN webhook_endpoint e ON e.id = d2.endpoint_id
                                            WHERE d2.status IN ('PENDING', 'FAILED') AND d2.next_attempt_at <= now()
                                              AND (d2.locked_until IS NULL OR d2.locked_until <= now()) AND e.enabled
                                            ORDER BY d2.next_attempt_at, d2.id
                                            LIMIT 1
                                              FOR UPDATE OF d2 SKIP LOCKED)
                            RETURNING d.id, d.endpoint_id, d.message_id, d.attempts)
                        SELECT c.id, c.endpoint_id, c.message_id, c.attempts, e.url, e.secret_encrypted, m.payload::text AS body
                          FROM claimed c
                          JOIN webhook_endpoint e ON e.id = c.endpoint_id
                          JOIN webhook_message m ON m.id = c.message_id""")
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("endpoint_id", UUID.class)
                .addScalar("message_id", UUID.class)
                .addScalar("attempts", Integer.class)
                .addScalar("url", String.class)
                .addScalar("secret_encrypted", String.class)
                .addScalar("body", String.class)
                .setParameter("lease", seconds(lease))
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Claimed(
                        (UUID) r[0], (UUID) r[1], (UUID) r[2], (Integer) r[3], (String) r[4], (String) r[5], (String)
                                r[6]));
    }

    void recordAttempt(UUID deliveryId, long durationMs, Integer responseCode, String error) {
        em.createNativeQuery("""
                        INSERT INTO webhook_attempt (delivery_id, attempted_at, duration_ms, response_code, error)
                        VALUES (:delivery, now() - make_interval(secs => :duration), :durationMs, :code, :error)""")
                .unwrap(NativeQuery.class)
                .setParameter("delivery", deliveryId)
                .setParameter("duration", durationMs / 1000.0)
                .setParameter("durationMs", (int) Math.min(durationMs, Integer.MAX_VALUE))
                .setParameter("code", responseCode, StandardBasicTypes.INTEGER)
                .setParameter("error", error, StandardBasicTypes.STRING)
                .executeUpdate();
    }

    void markSucceeded(UUID deliveryId) {
        finish(deliveryId, "SUCCEEDED");
    }

    void markGaveUp(UUID deliveryId) {
        finish(deliveryId, "GAVE_UP");
    }

    private void finish(UUID deliveryId, String status) {
        em.createNativeQuery("""
                        UPDATE webhook_delivery SET status = :status, finished_at = now(), locked_until = NULL
                         WHERE id = :id""")
                .setParameter("id", deliveryId)
                .setParameter("status", status)
                .executeUpdate();
    }

    void markRetry(UUID deliveryId, Duration delay) {
        em.createNativeQuery("""
                        UPDATE webhook_delivery
                           SET status = 'FAILED', locked_until = NULL, next_attempt_at = now() + make_interval(secs => :delay)
                         WHERE id = :id""")
                .setParameter("id", deliveryId)
                .setParameter("delay", seconds(delay))
                .executeUpdate();
    }

    /** A success ends both streaks of the endpoint. */
    void endStreaks(UUID endpointId) {
        em.createNativeQuery("""
                        UPDATE webhook_endpoint SET failure_streak = 0, failing_since = NULL, given_up_streak = 0
                         WHERE id = :id AND (failure_streak > 0 OR given_up_streak > 0)""").setParameter("id", endpointId).executeUpdate();
    }

    /** One more failed attempt (and given-up delivery, if {@code gaveUp}) in the endpoint's streaks. */
    Streak extendStreak(UUID endpointId, boolean gaveUp) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        UPDATE webhook_endpoint
                           SET failure_streak = failure_streak + 1, failing_since = coalesce(failing_since, now()),
                               given_up_streak = given_up_streak + CASE WHEN :gaveUp THEN 1 ELSE 0 END
                         WHERE id = :id
                        RETURNING failure_streak, failing_since, given_up_streak""")
                .unwrap(NativeQuery.class)
                .addScalar("failure_streak", Integer.class)
                .addScalar("failing_since", OffsetDateTime.class)
                .addScalar("given_up_streak", Integer.class)
                .setParameter("id", endpointId)
                .setParameter("gaveUp", gaveUp)
                .getSingleResult();
        return new Streak((Integer) row[0], (OffsetDateTime) row[1], (Integer) row[2]);
    }

    /**
     * Switches an enabled endpoint off; returns its client's id if this call did it (so only one worker tells the
     * partner), empty if it was already off.
     */
    Optional<UUID> disable(UUID endpointId, String reason) {
        @SuppressWarnings("unchecked")
        List<UUID> rows = em.createNativeQuery("""
                        UPDATE webhook_endpoint SET enabled = false, disabled_at = now(), disabled_reason = :reason, updated_at = now()
                         WHERE id = :id AND enabled
                        RETURNING partner_client_id""")
                .unwrap(NativeQuery.class)
                .addScalar("partner_client_id", UUID.class)
                .setParameter("id", endpointId)
                .setParameter("reason", reason)
                .getResultList();
        return rows.stream().findFirst();
    }

    /** Deletes finished deliveries and the messages no delivery needs any more, once they are old enough. */
    int purgeBefore(Duration age) {
        int deliveries =
                em.createNativeQuery("""
                        DELETE FROM webhook_delivery
                         WHERE status IN ('SUCCEEDED', 'GAVE_UP') AND finished_at < now() - make_interval(secs => :age)""").setParameter("age", seconds(age)).executeUpdate();
        em.createNativeQuery("""
                        DELETE FROM webhook_message m
                         WHERE m.created_at < now() - make_interval(secs => :age)
                           AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.message_id = m.id)""").setParameter("age", seconds(age)).executeUpdate();
        return deliveries;
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    @Override
    public String outbox() {
        return "webhook";
    }

    /** What waits to leave, for the metrics: the rows of the partial index webhook_delivery_due_idx. */
    @Override
    public OutboxBacklog.Waiting waiting() {
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT count(*) AS waiting, min(created_at) AS oldest FROM webhook_delivery WHERE status IN ('PENDING', 'FAILED')")
                .unwrap(NativeQuery.class)
                .addScalar("waiting", Long.class)
                .addScalar("oldest", OffsetDateTime.class)
                .getSingleResult();
        return new OutboxBacklog.Waiting((Long) row[0], (OffsetDateTime) row[1]);
    }
}
