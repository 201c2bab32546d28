package fr.spyrales.tchap;

import fr.spyrales.common.metrics.OutboxBacklog;
import fr.spyrales.tchap.TchapDtos.Delivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** The tchap_notice outbox and its attempts. Every time is the database's, so that instances agree. */
@ApplicationScoped
public class TchapNoticeRepository implements OutboxBacklog {
    private static final int MAX_ERROR_LENGTH = 1000;

    private final EntityManager em;

    TchapNoticeRepository(EntityManager em) {
        this.em = em;
    }

    void insert(UUID room, String newsType, UUID subjectId, TchapMessage message) {
        em.createNativeQuery("""
                        INSERT INTO tchap_notice (room_id, news_type, subject_id, body, formatted_body)
                        VALUES (:room, :type, :subject, :body, :html)""")
                .setParameter("room", room)
                .setParameter("type", newsType)
                .setParameter("subject", subjectId)
                .setParameter("body", message.body())
                .setParameter("html", message.formattedBody())
                .executeUpdate();
    }

    /**
     * Leases the oldest due notice of a room that may be called now, and holds that room for {@code roomInterval}:
     * the room's row is locked with the notice's (SKIP LOCKED), so two workers never call one room at once, and
     * its next call waits at least that long. The attempt is counted now, so a worker dying mid-call uses one up.
     */
    Optional<ClaimedNotice> claimNext(Duration lease, Duration roomInterval) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH claimed AS (
                            SELECT n.id, n.room_id
                              FROM tchap_notice n JOIN tchap_room r ON r.id = n.room_id
                             WHERE n.sent_at IS NULL AND n.failed_at IS NULL AND n.next_attempt_at <= now()
                               AND (n.locked_until IS NULL OR n.locked_until <= now())
                               AND r.next_send_at <= now()
                             ORDER BY n.next_attempt_at, n.id
                             LIMIT 1
                               FOR UPDATE OF n, r SKIP LOCKED
                        ), held AS (
                            UPDATE tchap_room r SET next_send_at = now() + make_interval(secs => :interval)
                              FROM claimed WHERE r.id = claimed.room_id
                        )
                        UPDATE tchap_notice o
                           SET locked_until = now() + make_interval(secs => :lease), attempts = o.attempts + 1
                          FROM claimed
                         WHERE o.id = claimed.id
                        RETURNING o.id, o.room_id, o.attempts, o.created_at, o.body, o.formatted_body""")
                .unwrap(NativeQuery.class)
                .addScalar("id", Long.class)
                .addScalar("room_id", UUID.class)
                .addScalar("attempts", Integer.class)
                .addScalar("created_at", OffsetDateTime.class)
                .addScalar("body", String.class)
                .addScalar("formatted_body", String.class)
                .setParameter("lease", seconds(lease))
                .setParameter("interval", seconds(roomInterval))
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new ClaimedNotice(
                        (Long) r[0], (UUID) r[1], (Integer) r[2], (OffsetDateTime) r[3], (String) r[4], (String) r[5]));
    }

    void recordAttempt(long notice, long durationMillis, Integer status, String error) {
        em.createNativeQuery("""
                        INSERT INTO tchap_notice_attempt (notice_id, duration_ms, status_code, error)
                        VALUES (:notice, :duration, :status, :error)""")
                .unwrap(NativeQuery.class)
                .setParameter("notice", notice)
                .setParameter("duration", (int) Math.min(Integer.MAX_VALUE, Math.max(0, durationMillis)))
                .setParameter("status", status, StandardBasicTypes.INTEGER)
                .setParameter("error", clip(error), StandardBasicTypes.STRING)
                .executeUpdate();
    }

    void markSent(long notice, int status, String matrixEventId) {
        em.createNativeQuery("""
                        UPDATE tchap_notice SET sent_at = now(), locked_until = NULL, last_status = :status,
                               last_error = NULL, matrix_event_id = :event
                         WHERE id = :id""")
                .unwrap(NativeQuery.class)
                .setParameter("id", notice)
                .setParameter("status", status)
                .setParameter("event", clip(matrixEventId), StandardBasicTypes.STRING)
                .executeUpdate();
    }

    void markRetry(long notice, Integer status, String error, Duration delay) {
        em.createNativeQuery("""
                        UPDATE tchap_notice SET locked_until = NULL, last_status = :status, last_error = :error,
                               next_attempt_at = now() + make_interval(secs => :delay)
                         WHERE id = :id""")
                .unwrap(NativeQuery.class)
                .setParameter("id", notice)
                .setParameter("status", status, StandardBasicTypes.INTEGER)
                .setParameter("error", clip(error), StandardBasicTypes.STRING)
                .setParameter("delay", seconds(delay))
                .executeUpdate();
    }

    void markFailed(long notice, Integer status, String error) {
        em.createNativeQuery("""
                        UPDATE tchap_notice SET locked_until = NULL, last_status = :status, last_error = :error,
                               failed_at = now()
                         WHERE id = :id""")
                .unwrap(NativeQuery.class)
                .setParameter("id", notice)
                .setParameter("status", status, StandardBasicTypes.INTEGER)
                .setParameter("error", clip(error), StandardBasicTypes.STRING)
                .executeUpdate();
    }

    /** The room waits this long before its next call (a 429's retry_after_ms). */
    void holdRoom(UUID room, Duration delay) {
        em.createNativeQuery("""
                        UPDATE tchap_room SET next_send_at = greatest(next_send_at, now() + make_interval(secs => :delay))
                         WHERE id = :id""")
                .setParameter("id", room)
                .setParameter("delay", seconds(delay))
                .executeUpdate();
    }

    /** Where each room's notices stand. */
    Map<UUID, Delivery> deliveries(List<UUID> rooms) {
        Map<UUID, Delivery> byRoom = new HashMap<>();
        if (rooms.isEmpty()) {
            return byRoom;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT r.id,
                               count(n.id) FILTER (WHERE n.sent_at IS NULL AND n.failed_at IS NULL) AS pending,
                               count(n.id) FILTER (WHERE n.sent_at IS NOT NULL) AS sent,
                               count(n.id) FILTER (WHERE n.failed_at IS NOT NULL) AS failed,
                               max(n.sent_at) AS last_sent_at,
                               (SELECT a.attempted_at FROM tchap_notice_attempt a JOIN tchap_notice m ON m.id = a.notice_id
                                 WHERE m.room_id = r.id AND (a.status_code IS NULL OR a.status_code >= 300)
                                 ORDER BY a.id DESC LIMIT 1) AS last_failure_at,
                               (SELECT a.error FROM tchap_notice_attempt a JOIN tchap_notice m ON m.id = a.notice_id
                                 WHERE m.room_id = r.id AND (a.status_code IS NULL OR a.status_code >= 300)
                                 ORDER BY a.id DESC LIMIT 1) AS last_error
                          FROM tchap_room r LEFT JOIN tchap_notice n ON n.room_id = r.id
                         WHERE r.id IN (:rooms)
                         GROUP BY r.id""")
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("pending", Long.class)
                .addScalar("sent", Long.class)
                .addScalar("failed", Long.class)
                .addScalar("last_sent_at", OffsetDateTime.class)
                .addScalar("last_failure_at", OffsetDateTime.class)
                .addScalar("last_error", String.class)
                .setParameter("rooms", rooms)
                .getResultList();
        for (Object[] r : rows) {
            byRoom.put(
                    (UUID) r[0],
                    new Delivery(
                            (Long) r[1],
                            (Long) r[2],
                            (Long) r[3],
                            (OffsetDateTime) r[4],
                            (OffsetDateTime) r[5],
                            (String) r[6]));
        }
        return byRoom;
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    @Override
    public String outbox() {
        return "tchap";
    }

    /** What waits to leave, for the metrics: the rows of the partial index tchap_notice_due. */
    @Override
    public OutboxBacklog.Waiting waiting() {
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT count(*) AS waiting, min(created_at) AS oldest FROM tchap_notice WHERE sent_at IS NULL AND failed_at IS NULL")
                .unwrap(NativeQuery.class)
                .addScalar("waiting", Long.class)
                .addScalar("oldest", OffsetDateTime.class)
                .getSingleResult();
        return new OutboxBacklog.Waiting((Long) row[0], (OffsetDateTime) row[1]);
    }
}
