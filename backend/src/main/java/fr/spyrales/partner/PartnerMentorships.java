package fr.spyrales.partner;

import fr.spyrales.common.ListCounting;
import fr.spyrales.common.ListTotal;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.partner.PartnerMentorshipDtos.Pairing;
import fr.spyrales.partner.PartnerMentorshipDtos.Party;
import fr.spyrales.partner.PartnerMentorshipDtos.Summary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The mentorships of a partner client's organisation: the pairings whose mentee or mentor belongs to it (state,
 * dates, the parties' public names) and their figures. Read in SQL, so that this feature depends on no other's code.
 */
@ApplicationScoped
public class PartnerMentorships {
    private static final List<String> STATUSES =
            List.of("PENDING", "ACCEPTED", "PAUSED", "DECLINED", "WITHDRAWN", "EXPIRED", "COMPLETED", "CANCELLED");
    private static final String OF_ORGANISATION = """
            FROM mentorship ms
            JOIN member e ON e.id = ms.mentee_id
            JOIN member r ON r.id = ms.mentor_id
            WHERE (e.organization_id = :org OR r.organization_id = :org)""";

    private final EntityManager em;
    private final ListCounting counting;

    PartnerMentorships(EntityManager em, ListCounting counting) {
        this.em = em;
        this.counting = counting;
    }

    public PageResponse<Pairing> pairings(UUID organisation, PageQuery page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT ms.id, ms.status, ms.requested_at, ms.started_at, ms.planned_end_date, ms.ended_at,
                               e.id, e.display_name, e.organization_id, eo.name,
                               r.id, r.display_name, r.organization_id, ro.name
                        FROM mentorship ms
                        JOIN member e ON e.id = ms.mentee_id
                        JOIN member r ON r.id = ms.mentor_id
                        LEFT JOIN organization eo ON eo.id = e.organization_id
                        LEFT JOIN organization ro ON ro.id = r.organization_id
                        WHERE (e.organization_id = :org OR r.organization_id = :org)
                        ORDER BY ms.requested_at DESC, ms.id""")
                .setParameter("org", organisation)
                .setFirstResult(page.offset())
                .setMaxResults(page.size)
                .getResultList();
        ListTotal total = counting.total((Number) em.createNativeQuery(counting.sql(OF_ORGANISATION))
                .setParameter("org", organisation)
                .getSingleResult());
        List<Pairing> items = rows.stream()
                .map(r -> new Pairing(
                        (UUID) r[0],
                        (String) r[1],
                        time(r[2]),
                        time(r[3]),
                        r[4] == null ? null : r[4] instanceof Date d ? d.toLocalDate() : (LocalDate) r[4],
                        time(r[5]),
                        new Party((UUID) r[6], (String) r[7], (UUID) r[8], (String) r[9]),
                        new Party((UUID) r[10], (String) r[11], (UUID) r[12], (String) r[13])))
                .toList();
        return new PageResponse<>(items, page.page, page.size, total.refinedBy(page.offset(), page.size, items.size()));
    }

    public Summary summary(UUID organisation) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(s -> byStatus.put(s, 0L));
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery(
                        "SELECT ms.status, count(*) " + OF_ORGANISATION + " GROUP BY ms.status")
                .setParameter("org", organisation)
                .getResultList();
        counts.forEach(c -> byStatus.put((String) c[0], ((Number) c[1]).longValue()));
        Object[] active =
                (Object[]) em.createNativeQuery("""
                        SELECT count(DISTINCT ms.mentor_id) FILTER (WHERE r.organization_id = :org),
                               count(DISTINCT ms.mentee_id) FILTER (WHERE e.organization_id = :org)
                        """ + OF_ORGANISATION + " AND ms.status IN ('ACCEPTED', 'PAUSED')")
                        .setParameter("org", organisation)
                        .getSingleResult();
        return new Summary(organisation, byStatus, ((Number) active[0]).longValue(), ((Number) active[1]).longValue());
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
