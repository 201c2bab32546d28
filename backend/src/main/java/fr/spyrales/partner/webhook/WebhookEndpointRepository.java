package fr.spyrales.partner.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** The endpoints partners subscribe, always read through their client: another client's endpoint does not exist. */
@ApplicationScoped
public class WebhookEndpointRepository {
    private static final String COLUMNS =
            "id, url, array_to_string(event_types, ',') AS types, description, enabled, disabled_reason, disabled_at,"
                    + " created_at, updated_at";

    private final EntityManager em;

    WebhookEndpointRepository(EntityManager em) {
        this.em = em;
    }

    /** An endpoint row, as the service reads it. */
    public record Row(
            UUID id,
            String url,
            List<String> eventTypes,
            String description,
            boolean enabled,
            String disabledReason,
            OffsetDateTime disabledAt,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    /** A delivery row and its message. */
    public record DeliveryRow(
            UUID id,
            UUID messageId,
            String eventType,
            String status,
            int attempts,
            OffsetDateTime nextAttemptAt,
            OffsetDateTime createdAt,
            OffsetDateTime finishedAt,
            UUID replayOf,
            String payload) {}

    /** An endpoint as the administrators follow it: its failure streaks and its last delivery. */
    public record FollowedRow(
            Row endpoint,
            int failureStreak,
            OffsetDateTime failingSince,
            int givenUpStreak,
            String lastDeliveryStatus,
            OffsetDateTime lastDeliveryAt,
            Integer lastResponseCode,
            String lastError) {}

    /** A delivery in the administrators' list, with its endpoint and its last attempt's outcome. */
    public record RecentDeliveryRow(
            UUID id,
            UUID endpointId,
            String eventType,
            String status,
            int attempts,
            OffsetDateTime createdAt,
            OffsetDateTime finishedAt,
            Integer lastResponseCode,
            String lastError) {}

    public record AttemptRow(UUID deliveryId, OffsetDateTime at, int durationMs, Integer responseCode, String error) {}

    void insert(UUID id, UUID clientId, String url, List<String> types, String description, String sealedSecret) {
        em.createNativeQuery("""
                        INSERT INTO webhook_endpoint (id, partner_client_id, url, event_types, description, secret_encrypted)
                        VALUES (:id, :client, :url, string_to_array(:types, ','), :description, :secret)""")
                .unwrap(NativeQuery.class)
                .setParameter("id", id)
                .setParameter("client", clientId)
                .setParameter("url", url)
                .setParameter("types", String.join(",", types))
                .setParameter("description", description, StandardBasicTypes.STRING)
                .setParameter("secret", sealedSecret)
                .executeUpdate();
    }

    long countOf(UUID clientId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_endpoint WHERE partner_client_id = :client")
                        .setParameter("client", clientId)
                        .getSingleResult())
                .longValue();
    }

    List<Row> pageOf(UUID clientId, int offset, int size) {
        return rows(
                em.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE partner_client_id = :client"
                                + " ORDER BY created_at, id OFFSET :offset LIMIT :size")
                        .setParameter("client", clientId)
                        .setParameter("offset", offset)
                        .setParameter("size", size));
    }

    /** The endpoint, locked for an update when {@code forUpdate}. */
    Optional<Row> find(UUID clientId, UUID id, boolean forUpdate) {
        return rows(em.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = :id"
                                + " AND partner_client_id = :client" + (forUpdate ? " FOR UPDATE" : ""))
                        .setParameter("id", id)
                        .setParameter("client", clientId))
                .stream()
                .findFirst();
    }

    /** Writes the endpoint's new state; switching it on ends its failure streaks. */
    void update(UUID id, String url, List<String> types, String description, boolean enabled) {
        em.createNativeQuery("""
                        UPDATE webhook_endpoint
                           SET url = :url, event_types = string_to_array(:types, ','), description = :description,
                               enabled = :enabled,
                               disabled_at = CASE WHEN :enabled THEN NULL ELSE coalesce(disabled_at, now()) END,
                               disabled_reason = CASE WHEN :enabled OR enabled THEN NULL ELSE disabled_reason END,
                               failure_streak = CASE WHEN :enabled AND NOT enabled THEN 0 ELSE failure_streak END,
                               failing_since = CASE WHEN :enabled AND NOT enabled THEN NULL ELSE failing_since END,
                               given_up_streak = CASE WHEN :enabled AND NOT enabled THEN 0 ELSE given_up_streak END,
                               updated_at = now()
                         WHERE id = :id""")
                .unwrap(NativeQuery.class)
                .setParameter("id", id)
                .setParameter("url", url)
                .setParameter("types", String.join(",", types))
                .setParameter("description", description, StandardBasicTypes.STRING)
                .setParameter("enabled", enabled)
                .executeUpdate();
    }

    void replaceSecret(UUID id, String sealedSecret) {
        em.createNativeQuery(
                        "UPDATE webhook_endpoint SET secret_encrypted = :secret, updated_at = now() WHERE id = :id")
                .setParameter("id", id)
                .setParameter("secret", sealedSecret)
                .executeUpdate();
    }

    void delete(UUID id) {
        em.createNativeQuery("DELETE FROM webhook_endpoint WHERE id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    long countDeliveries(UUID endpointId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_delivery WHERE endpoint_id = :endpoint")
                        .setParameter("endpoint", endpointId)
                        .getSingleResult())
                .longValue();
    }

    private static final String DELIVERY_SELECT = """
            SELECT d.id, d.message_id, m.event_type, d.status, d.attempts,
                   CASE WHEN d.status IN ('PENDING', 'FAILED') THEN d.next_attempt_at END AS next_attempt_at,
                   d.created_at, d.finished_at, d.replay_of, m.payload::text AS payload
              FROM webhook_delivery d JOIN webhook_message m ON m.id = d.message_id""";

    /** The endpoint's deliveries, newest first. */
    List<DeliveryRow> deliveries(UUID endpointId, int offset, int size) {
        return deliveryRows(em.createNativeQuery(
                        DELIVERY_SELECT
                                + " WHERE d.endpoint_id = :endpoint ORDER BY d.created_at DESC, d.id OFFSET :offset LIMIT :size")
                .setParameter("endpoint", endpointId)
                .setParameter("offset", offset)
                .setParameter("size", size));
    }

    Optional<DeliveryRow> delivery(UUID endpointId, UUID deliveryId) {
        return deliveryRows(em.createNativeQuery(DELIVERY_SELECT + " WHERE d.endpoint_id = :endpoint AND d.id = :id")
                        .setParameter("endpoint", endpointId)
                        .setParameter("id", deliveryId))
                .stream()
                .findFirst();
    }

    /** The attempts of these deliveries, oldest first. */
    List<AttemptRow> attempts(List<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT delivery_id, attempted_at, duration_ms, response_code, error FROM webhook_attempt
                         WHERE delivery_id IN (:ids) ORDER BY attempted_at, id""")
                .unwrap(NativeQuery.class)
                .addScalar("delivery_id", UUID.class)
                .addScalar("attempted_at", OffsetDateTime.class)
                .addScalar("duration_ms", Integer.class)
                .addScalar("response_code", Integer.class)
                .addScalar("error", String.class)
                .setParameterList("ids", deliveryIds)
                .getResultList();
        return rows.stream()
                .map(r -> new AttemptRow(
                        (UUID) r[0], (OffsetDateTime) r[1], (Integer) r[2], (Integer) r[3], (String) r[4]))
                .toList();
    }

    private static final String LAST_ATTEMPT =
            " LEFT JOIN LATERAL (SELECT response_code, error FROM webhook_attempt WHERE delivery_id = d.id"
                    + " ORDER BY attempted_at DESC, id DESC LIMIT 1) a ON true";

    /** Every endpoint of the client, oldest first, with its streaks and its last delivery. */
    @SuppressWarnings("unchecked")
    List<FollowedRow> followed(UUID clientId) {
        List<Object[]> rows = em.createNativeQuery("SELECT e.id, e.url, array_to_string(e.event_types, ',') AS types,"
                        + " e.description, e.enabled, e.disabled_reason, e.disabled_at, e.created_at, e.updated_at,"
                        + " e.failure_streak, e.failing_since, e.given_up_streak, d.status AS last_status,"
                        + " d.created_at AS last_at, a.response_code, a.error"
                        + " FROM webhook_endpoint e"
                        + " LEFT JOIN LATERAL (SELECT id, status, created_at FROM webhook_delivery"
                        + " WHERE endpoint_id = e.id ORDER BY created_at DESC, id LIMIT 1) d ON true"
                        + LAST_ATTEMPT
                        + " WHERE e.partner_client_id = :client ORDER BY e.created_at, e.id")
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("url", String.class)
                .addScalar("types", String.class)
                .addScalar("description", String.class)
                .addScalar("enabled", Boolean.class)
                .addScalar("disabled_reason", String.class)
                .addScalar("disabled_at", OffsetDateTime.class)
                .addScalar("created_at", OffsetDateTime.class)
                .addScalar("updated_at", OffsetDateTime.class)
                .addScalar("failure_streak", Integer.class)
                .addScalar("failing_since", OffsetDateTime.class)
                .addScalar("given_up_streak", Integer.class)
                .addScalar("last_status", String.class)
                .addScalar("last_at", OffsetDateTime.class)
                .addScalar("response_code", Integer.class)
                .addScalar("error", String.class)
                .setParameter("client", clientId)
                .getResultList();
        return rows.stream()
                .map(r -> new FollowedRow(
                        new Row(
                                (UUID) r[0],
                                (String) r[1],
                                Arrays.asList(((String) r[2]).split(",")),
                                (String) r[3],
                                (Boolean) r[4],
                                (String) r[5],
                                (OffsetDateTime) r[6],
                                (OffsetDateTime) r[7],
                                (OffsetDateTime) r[8]),
                        (Integer) r[9],
                        (OffsetDateTime) r[10],
                        (Integer) r[11],
                        (String) r[12],
                        (OffsetDateTime) r[13],
                        (Integer) r[14],
                        (String) r[15]))
                .toList();
    }

    /** The client's latest deliveries, all endpoints together, newest first. */
    @SuppressWarnings("unchecked")
    List<RecentDeliveryRow> recentDeliveries(UUID clientId, int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, d.endpoint_id, m.event_type, d.status, d.attempts,"
                        + " d.created_at, d.finished_at, a.response_code, a.error"
                        + " FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id"
                        + " JOIN webhook_message m ON m.id = d.message_id"
                        + LAST_ATTEMPT
                        + " WHERE e.partner_client_id = :client ORDER BY d.created_at DESC, d.id LIMIT :limit")
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("endpoint_id", UUID.class)
                .addScalar("event_type", String.class)
                .addScalar("status", String.class)
                .addScalar("attempts", Integer.class)
                .addScalar("created_at", OffsetDateTime.class)
                .addScalar("finished_at", OffsetDateTime.class)
                .addScalar("response_code", Integer.class)
                .addScalar("error", String.class)
                .setParameter("client", clientId)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(r -> new RecentDeliveryRow(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (String) r[3],
                        (Integer) r[4],
                        (OffsetDateTime) r[5],
                        (OffsetDateTime) r[6],
                        (Integer) r[7],
                        (String) r[8]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Row> rows(jakarta.persistence.Query query) {
        List<Object[]> rows = query.unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("url", String.class)
                .addScalar("types", String.class)
                .addScalar("description", String.class)
                .addScalar("enabled", Boolean.class)
                .addScalar("disabled_reason", String.class)
                .addScalar("disabled_at", OffsetDateTime.class)
                .addScalar("created_at", OffsetDateTime.class)
                .addScalar("updated_at", OffsetDateTime.class)
                .getResultList();
        return rows.stream()
                .map(r -> new Row(
                        (UUID) r[0],
                        (String) r[1],
                        Arrays.asList(((String) r[2]).split(",")),
                        (String) r[3],
                        (Boolean) r[4],
                        (String) r[5],
                        (OffsetDateTime) r[6],
                        (OffsetDateTime) r[7],
                        (OffsetDateTime) r[8]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<DeliveryRow> deliveryRows(jakarta.persistence.Query query) {
        List<Object[]> rows = query.unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("message_id", UUID.class)
                .addScalar("event_type", String.class)
                .addScalar("status", String.class)
                .addScalar("attempts", Integer.class)
                .addScalar("next_attempt_at", OffsetDateTime.class)
                .addScalar("created_at", OffsetDateTime.class)
                .addScalar("finished_at", OffsetDateTime.class)
                .addScalar("replay_of", UUID.class)
                .addScalar("payload", String.class)
                .getResultList();
        return rows.stream()
                .map(r -> new DeliveryRow(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (String) r[3],
                        (Integer) r[4],
                        (OffsetDateTime) r[5],
                        (OffsetDateTime) r[6],
                        (OffsetDateTime) r[7],
                        (UUID) r[8],
                        (String) r[9]))
                .toList();
    }
}
