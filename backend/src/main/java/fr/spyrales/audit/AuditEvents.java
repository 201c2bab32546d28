package fr.spyrales.audit;

import fr.spyrales.audit.AuditDtos.AuditActionView;
import fr.spyrales.audit.AuditDtos.AuditEventView;
import fr.spyrales.audit.AuditDtos.SecurityEventView;
import fr.spyrales.common.DateRange;
import fr.spyrales.common.ListCounting;
import fr.spyrales.common.ListTotal;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the audit log: the admins' filtered list and CSV export (the export is itself recorded), and each member's
 * own security events. Names are joined at reading time: an erased member reads « Membre supprimé ».
 */
@ApplicationScoped
public class AuditEvents {
    /** The most rows one CSV export holds; the admin narrows the period for more. */
    static final int EXPORT_LIMIT = 50_000;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String COLUMNS = """
            e.id, e.occurred_at, e.category, e.action, e.outcome, e.actor_member_id, actor.display_name,
            e.actor_client_id, client.name, e.target_type, e.target_id, e.subject_member_id, subject.display_name,
            host(e.ip_address), e.detail
            """;
    private static final String FROM = """
            FROM audit_event e
            LEFT JOIN member actor ON actor.id = e.actor_member_id
            LEFT JOIN partner_client client ON client.id = e.actor_client_id
            LEFT JOIN member subject ON subject.id = e.subject_member_id
            """;

    private final EntityManager em;
    private final AuditLog log;
    private final ListCounting counting;

    AuditEvents(EntityManager em, AuditLog log, ListCounting counting) {
        this.em = em;
        this.log = log;
        this.counting = counting;
    }

    public List<AuditActionView> actions() {
        return Arrays.stream(AuditAction.values())
                .map(a -> new AuditActionView(a, a.category(), a.label()))
                .toList();
    }

    @Transactional
    public PageResponse<AuditEventView> list(AuditQuery query) {
        Filter filter = Filter.of(query);
        List<AuditEventView> items = rows(filter, query.offset(), query.size);
        ListTotal total = counting.total((Number) filter.bind(em.createNativeQuery(counting.sql(FROM + filter.where())))
                .getSingleResult());
        return new PageResponse<>(
                items, query.page, query.size, total.refinedBy(query.offset(), query.size, items.size()));
    }

    /** The rows the filters select, newest first, as CSV; the export is recorded in the same transaction. */
    @Transactional
    public String exportCsv(AuditQuery query, UUID adminId) {
        Filter filter = Filter.of(query);
        List<AuditEventView> rows = rows(filter, 0, EXPORT_LIMIT);
        log.record(
                AuditAction.EXPORTED,
                AuditActor.member(adminId),
                AuditTarget.of("audit_log", null),
                "Journal d'audit, " + rows.size() + " ligne(s)" + filter.description());
        return AuditCsv.write(rows);
    }

    /** A member's own security events, newest first. */
    @Transactional
    public PageResponse<SecurityEventView> securityEventsOf(UUID memberId, PageQuery page) {
        long total = ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM audit_event WHERE subject_member_id = :member AND category = 'SECURITY'")
                        .setParameter("member", memberId)
                        .getSingleResult())
                .longValue();
        return new PageResponse<>(securityEvents(memberId, page.offset(), page.size), page.page, page.size, total);
    }

    /** Every security event of the member's account the log still keeps, newest first (their data export). */
    @Transactional
    public List<SecurityEventView> allSecurityEventsOf(UUID memberId) {
        return securityEvents(memberId, 0, Integer.MAX_VALUE);
    }

    private List<SecurityEventView> securityEvents(UUID memberId, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, occurred_at, action, outcome, host(ip_address), detail FROM audit_event
                        WHERE subject_member_id = :member AND category = 'SECURITY'
                        ORDER BY occurred_at DESC, id DESC
                        """)
                .setParameter("member", memberId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> new SecurityEventView(
                        ((Number) r[0]).longValue(),
                        time(r[1]),
                        (String) r[2],
                        label((String) r[2]),
                        AuditOutcome.valueOf((String) r[3]),
                        (String) r[4],
                        (String) r[5]))
                .toList();
    }

    private List<AuditEventView> rows(Filter filter, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filter.bind(em.createNativeQuery(
                        "SELECT " + COLUMNS + FROM + filter.where() + " ORDER BY e.occurred_at DESC, e.id DESC"))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(AuditEvents::view).toList();
    }

    private static AuditEventView view(Object[] r) {
        String action = (String) r[3];
        return new AuditEventView(
                ((Number) r[0]).longValue(),
                time(r[1]),
                AuditCategory.valueOf((String) r[2]),
                action,
                label(action),
                AuditOutcome.valueOf((String) r[4]),
                (UUID) r[5],
                (String) r[6],
                (UUID) r[7],
                (String) r[8],
                (String) r[9],
                (String) r[10],
                (UUID) r[11],
                (String) r[12],
                (String) r[13],
                (String) r[14]);
    }

    static String label(String action) {
        try {
            return AuditAction.valueOf(action).label();
        } catch (IllegalArgumentException unknown) {
            return action;
        }
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) return t;
        if (value instanceof java.time.Instant i) return i.atZone(PARIS).toOffsetDateTime();
        if (value instanceof java.sql.Timestamp t)
            return t.toInstant().atZone(PARIS).toOffsetDateTime();
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    /** The WHERE clause of the filters, and their parameters. */
    private record Filter(List<String> conditions, Map<String, Object> parameters, String description) {
        static Filter of(AuditQuery q) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> parameters = new LinkedHashMap<>();
            StringBuilder description = new StringBuilder();
            DateRange period = DateRange.parse("from", q.from, "to", q.to);
            LocalDate from = period.from();
            LocalDate to = period.to();
            if (from != null) {
                conditions.add("e.occurred_at >= :from");
                parameters.put("from", from.atStartOfDay(PARIS).toOffsetDateTime());
                description.append(", du ").append(from);
            }
            if (to != null) {
                conditions.add("e.occurred_at < :to");
                parameters.put("to", to.plusDays(1).atStartOfDay(PARIS).toOffsetDateTime());
                description.append(", au ").append(to);
            }
            if (q.category != null) {
                conditions.add("e.category = :category");
                parameters.put("category", q.category.name());
                description.append(", catégorie ").append(q.category.name());
            }
            if (q.action != null) {
                conditions.add("e.action = :action");
                parameters.put("action", q.action.name());
                description.append(", action ").append(q.action.name());
            }
            if (q.outcome != null) {
                conditions.add("e.outcome = :outcome");
                parameters.put("outcome", q.outcome.name());
                description.append(", résultat ").append(q.outcome.name());
            }
            if (q.actor != null) {
                conditions.add("(e.actor_member_id = :actor OR e.actor_client_id = :actor)");
                parameters.put("actor", q.actor);
                description.append(", auteur ").append(q.actor);
            }
            if (q.subject != null) {
                conditions.add("e.subject_member_id = :subject");
                parameters.put("subject", q.subject);
                description.append(", compte ").append(q.subject);
            }
            if (q.targetType != null && !q.targetType.isBlank()) {
                conditions.add("e.target_type = :targetType");
                parameters.put("targetType", q.targetType.strip());
                description.append(", cible ").append(q.targetType.strip());
            }
            if (q.targetId != null && !q.targetId.isBlank()) {
                conditions.add("e.target_id = :targetId");
                parameters.put("targetId", q.targetId.strip());
                description.append(" ").append(q.targetId.strip());
            }
            return new Filter(conditions, parameters, description.toString());
        }

        String where() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        Query bind(Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
