package fr.spyrales.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures, each one SQL aggregate over the real tables. Members count when they confirmed their address and were
 * not erased. These are raw counts: {@link Disclosure} decides what of them may be published.
 */
@ApplicationScoped
class StatsRepository {
    /** Who counts as a member, for a table aliased {@code m}. */
    private static final String CONFIRMED = "m.email_verified_at IS NOT NULL AND m.erased_at IS NULL";
    /** The month of a timestamp, in the community's time zone, as {@code YYYY-MM}. */
    private static final String MONTH_OF = "to_char(%s AT TIME ZONE 'Europe/Paris', 'YYYY-MM')";

    private final EntityManager em;

    StatsRepository(EntityManager em) {
        this.em = em;
    }

    CommunityStats countCommunity() {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*),
                       count(DISTINCT organization_id),
                       count(*) FILTER (WHERE can_mentor AND mentor_capacity > 0),
                       (SELECT count(DISTINCT skill_code) FROM member_skill ms JOIN member v ON v.id = ms.member_id
                         WHERE v.email_verified_at IS NOT NULL AND v.erased_at IS NULL)
                FROM member WHERE email_verified_at IS NOT NULL AND erased_at IS NULL""").getSingleResult();
        return new CommunityStats(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }

    long confirmedMembers() {
        return count("SELECT count(*) FROM member m WHERE " + CONFIRMED);
    }

    /** Confirmed members by the month they confirmed their address, every month since the first. */
    Map<YearMonth, Long> membersConfirmedByMonth() {
        return byMonth("SELECT " + MONTH_OF.formatted("m.email_verified_at") + ", count(*) FROM member m WHERE "
                + CONFIRMED + " GROUP BY 1");
    }

    /** Confirmed members by their organisation's kind; the key "" holds those with no organisation. */
    Map<String, Long> membersByOrganizationKind() {
        return byKey("SELECT coalesce(o.kind, ''), count(*) FROM member m LEFT JOIN organization o"
                + " ON o.id = m.organization_id WHERE " + CONFIRMED + " GROUP BY 1");
    }

    Map<String, Long> membersByCategory() {
        return byKey("SELECT coalesce(m.category, ''), count(*) FROM member m WHERE " + CONFIRMED + " GROUP BY 1");
    }

    Map<String, Long> membersByServiceType() {
        return byKey("SELECT coalesce(m.service_type, ''), count(*) FROM member m WHERE " + CONFIRMED + " GROUP BY 1");
    }

    Map<String, Long> membersByRegion() {
        return byKey("SELECT coalesce(m.region_code, ''), count(*) FROM member m WHERE " + CONFIRMED + " GROUP BY 1");
    }

    /** The regions, code to name. */
    Map<String, String> regions() {
        Map<String, String> regions = new LinkedHashMap<>();
        for (Object[] row : rows("SELECT code, name FROM region ORDER BY code")) {
            regions.put((String) row[0], (String) row[1]);
        }
        return regions;
    }

    /** Pairings by the month they started (the mentor accepted). */
    Map<YearMonth, Long> pairingsStartedByMonth() {
        return byMonth("SELECT " + MONTH_OF.formatted("started_at")
                + ", count(*) FROM mentorship WHERE started_at IS NOT NULL GROUP BY 1");
    }

    /** Pairings brought to their end (COMPLETED) by the month they ended. */
    Map<YearMonth, Long> pairingsCompletedByMonth() {
        return byMonth("SELECT " + MONTH_OF.formatted("ended_at")
                + ", count(*) FROM mentorship WHERE status = 'COMPLETED' AND ended_at IS NOT NULL GROUP BY 1");
    }

    /** The number of feedback answers and their mean rating (0 when there is none). */
    double[] feedback() {
        Object[] row =
                (Object[]) em.createNativeQuery("SELECT count(*), coalesce(avg(rating), 0) FROM mentorship_feedback")
                        .getSingleResult();
        return new double[] {((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue()};
    }

    long sessionsLogged() {
        return count("SELECT count(*) FROM mentorship_session");
    }

    /** Projects not deleted, by state. */
    Map<String, Long> projectsByStatus() {
        return byKey("SELECT status, count(*) FROM project WHERE deleted_at IS NULL GROUP BY 1");
    }

    /** Events held (ended, not cancelled) by type. */
    Map<String, Long> eventsHeldByType() {
        return byKey("SELECT type, count(*) FROM event WHERE status = 'PLANNED' AND ends_at < now() GROUP BY 1");
    }

    /** Confirmed registrations and attendances of members at the events held. */
    long[] registrationsAndAttendances() {
        Object[] row =
                (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE r.status = 'CONFIRMED'),
                       count(*) FILTER (WHERE r.status = 'CONFIRMED' AND r.attended_at IS NOT NULL)
                FROM event_registration r
                JOIN event e ON e.id = r.event_id
                JOIN member m ON m.id = r.member_id
                WHERE e.status = 'PLANNED' AND e.ends_at < now()""" + " AND " + CONFIRMED).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    Map<String, Long> publishedResourcesByType() {
        return byKey("SELECT type, count(*) FROM training_resource WHERE status = 'PUBLISHED' GROUP BY 1");
    }

    /** Published resources that members marked done (one per member and resource). */
    long resourcesDone() {
        return count("SELECT count(*) FROM training_resource_done d JOIN training_resource t ON t.id = d.resource_id"
                + " JOIN member m ON m.id = d.member_id WHERE t.status = 'PUBLISHED' AND " + CONFIRMED);
    }

    long publishedPaths() {
        return count("SELECT count(*) FROM learning_path WHERE status = 'PUBLISHED'");
    }

    long membersFollowingAPath() {
        return count("SELECT count(DISTINCT f.member_id) FROM learning_path_follow f JOIN learning_path p"
                + " ON p.id = f.path_id JOIN member m ON m.id = f.member_id WHERE p.status <> 'DRAFT' AND "
                + CONFIRMED);
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private Map<String, Long> byKey(String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows(sql)) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private Map<YearMonth, Long> byMonth(String sql) {
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        for (Object[] row : rows(sql)) {
            counts.put(YearMonth.parse((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
