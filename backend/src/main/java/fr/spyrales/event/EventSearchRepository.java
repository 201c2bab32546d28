package fr.spyrales.event;

import fr.spyrales.common.IdPage;
import fr.spyrales.common.KeysetOrder;
import fr.spyrales.common.KeysetOrder.KeyType;
import fr.spyrales.common.KeysetOrder.SortKey;
import fr.spyrales.common.ListCounting;
import fr.spyrales.training.library.ProgrammingLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The event lists' queries: the agenda (upcoming or past, filtered, searched with PostgreSQL full-text search),
 * « Mes inscriptions », and the registrants of an event.
 */
@ApplicationScoped
class EventSearchRepository {
    private static final SortKey ID = SortKey.asc("e.id", KeyType.ID);
    private static final KeysetOrder UPCOMING_ORDER =
            KeysetOrder.of("events:upcoming", SortKey.asc("e.starts_at", KeyType.TIMESTAMP), ID);
    private static final KeysetOrder PAST_ORDER =
            KeysetOrder.of("events:past", SortKey.desc("e.starts_at", KeyType.TIMESTAMP), ID);
    /** The search's rank before the period's order, compared as numeric, as its cursor holds it. */
    private static final SortKey RANK =
            SortKey.desc("CAST(ts_rank_cd(e.search_vector, tsq) AS numeric)", KeyType.DECIMAL);

    private final EntityManager em;
    private final ListCounting counting;

    EventSearchRepository(EntityManager em, ListCounting counting) {
        this.em = em;
        this.counting = counting;
    }

    /** @param tsQuery the search's words separated by spaces, or null for none */
    IdPage search(EventQuery query, String tsQuery, OffsetDateTime now) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(period(query.when));
        params.put("now", now);
        if (tsQuery != null) {
            where.append(" AND e.search_vector @@ " + IdPage.TS_QUERY);
            params.put("tsq", tsQuery);
        }
        if (query.type != null) {
            where.append(" AND e.type = :type");
            params.put("type", query.type.name());
        }
        if (query.level != null) {
            where.append(" AND (e.level = :level OR e.level IS NULL)");
            params.put("level", query.level.name());
        }
        if (query.language != null) {
            boolean one = query.language == ProgrammingLanguage.PYTHON || query.language == ProgrammingLanguage.R;
            where.append(one ? " AND e.language IN (:language, 'BOTH')" : " AND e.language = :language");
            params.put("language", query.language.name());
        }
        if (query.topic != null && !query.topic.isBlank()) {
            where.append(" AND e.topics @> ARRAY[CAST(:topic AS text)]");
            params.put("topic", query.topic.strip());
        }
        boolean ranked = tsQuery != null;
        KeysetOrder order = query.when == EventPeriod.PAST ? PAST_ORDER : UPCOMING_ORDER;
        return IdPage.read(
                em,
                counting,
                "event e",
                where.toString(),
                params,
                ranked,
                ranked ? order.rankedFirst("relevance", RANK) : order,
                query);
    }

    /** The events the member is registered to (confirmed or waitlisted), upcoming or past. */
    IdPage registeredBy(UUID memberId, EventPeriod when, OffsetDateTime now, int size, long offset) {
        return IdPage.read(
                em,
                counting,
                "event e",
                period(when) + " AND EXISTS (SELECT 1 FROM event_registration r WHERE r.event_id = e.id"
                        + " AND r.member_id = :me AND r.status <> 'CANCELLED')",
                Map.of("me", memberId, "now", now),
                false,
                (when == EventPeriod.PAST ? PAST_ORDER : UPCOMING_ORDER).orderBy(),
                size,
                offset);
    }

    /** UPCOMING: not yet ended; PAST: ended. Binds {@code :now}. */
    private static String period(EventPeriod when) {
        return when == EventPeriod.PAST ? "e.ends_at <= :now" : "e.ends_at > :now";
    }

    /**
     * A row of the registrants list: member id, display name, organisation's name, status, position on the waitlist
     * (null unless waitlisted), registered at, attended at.
     */
    record RegistrantRow(
            UUID memberId,
            String displayName,
            String organization,
            RegistrationStatus status,
            Integer position,
            OffsetDateTime registeredAt,
            OffsetDateTime attendedAt) {}

    /** How many registrations the list holds, in that status or all. */
    long countRegistrants(UUID eventId, RegistrationStatus status) {
        var count = em.createNativeQuery("SELECT count(*) FROM event_registration r WHERE r.event_id = :event"
                        + (status == null ? "" : " AND r.status = :status"))
                .setParameter("event", eventId);
        if (status != null) {
            count.setParameter("status", status.name());
        }
        return ((Number) count.getSingleResult()).longValue();
    }

    /** The registrants: the confirmed, then the waitlist in order, then the cancelled; or those of one status. */
    List<RegistrantRow> registrants(UUID eventId, RegistrationStatus status, int size, long offset) {
        var query = em.createNativeQuery(
                        "SELECT r.member_id, m.display_name, o.name, r.status,"
                                + " CASE WHEN r.status = 'WAITLISTED' THEN CAST(row_number() OVER (PARTITION BY"
                                + " r.status ORDER BY r.queue_number) AS integer) END,"
                                + " r.registered_at, r.attended_at"
                                + " FROM event_registration r JOIN member m ON m.id = r.member_id"
                                + " LEFT JOIN organization o ON o.id = m.organization_id"
                                + " WHERE r.event_id = :event"
                                + (status == null ? "" : " AND r.status = :status")
                                + " ORDER BY CASE r.status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2"
                                + " END, r.queue_number LIMIT :limit OFFSET :offset",
                        Object[].class)
                .setParameter("event", eventId)
                .setParameter("limit", size)
                .setParameter("offset", offset);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new RegistrantRow(
                        (UUID) row[0],
                        (String) row[1],
                        (String) row[2],
                        RegistrationStatus.valueOf((String) row[3]),
                        row[4] == null ? null : ((Number) row[4]).intValue(),
                        time(row[5]),
                        time(row[6])))
                .toList();
    }

    /** A timestamptz as the driver returns it in a native query. */
    static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time " + value.getClass());
    }
}
