package fr.spyrales.animation;

import fr.spyrales.animation.AnimationDtos.EventLine;
import fr.spyrales.animation.AnimationDtos.LastReminder;
import fr.spyrales.animation.AnimationDtos.MemberAdmin;
import fr.spyrales.animation.AnimationDtos.MentorCandidate;
import fr.spyrales.animation.AnimationDtos.Moderation;
import fr.spyrales.animation.AnimationDtos.PairingLine;
import fr.spyrales.animation.AnimationDtos.PairingRow;
import fr.spyrales.animation.AnimationDtos.Party;
import fr.spyrales.animation.AnimationDtos.ProjectLine;
import fr.spyrales.animation.AnimationDtos.Suspension;
import fr.spyrales.animation.AnimationDtos.TeamMemberName;
import fr.spyrales.animation.ReminderQueue.Recipients;
import fr.spyrales.common.ListCounting;
import fr.spyrales.common.ListTotal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * The console's reads over the community's tables (states, dates, names and counts: never a text a member wrote),
 * and its own tables: the reminders sent and the suspensions.
 */
@ApplicationScoped
public class AnimationRepository {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A pairing's two people, with their organisations, and the queue's latest reminder. */
    private static final String PAIRING_LINE = """
            SELECT m.id, m.status, m.requested_at, m.started_at,
                   m.last_session_on AS last_session,
                   (SELECT count(*) FROM mentorship_session s WHERE s.mentorship_id = m.id) AS sessions,
                   (SELECT max(f.created_at) FROM mentorship_feedback f
                     WHERE f.mentorship_id = m.id AND f.rating <= :low) AS low_at,
                   me.id AS mentee_id, me.display_name AS mentee_name, meo.name AS mentee_org,
                   mr.id AS mentor_id, mr.display_name AS mentor_name, mro.name AS mentor_org,
                   r.sent_at AS reminded_at, rb.display_name AS reminded_by, r.recipients AS reminded
              FROM mentorship m
              JOIN member me ON me.id = m.mentee_id
              LEFT JOIN organization meo ON meo.id = me.organization_id
              JOIN member mr ON mr.id = m.mentor_id
              LEFT JOIN organization mro ON mro.id = mr.organization_id
              LEFT JOIN LATERAL (SELECT ar.sent_at, ar.sent_by, ar.recipients FROM animation_reminder ar
                                  WHERE ar.target_id = m.id AND ar.queue = :queue
                                  ORDER BY ar.sent_at DESC LIMIT 1) r ON true
              LEFT JOIN member rb ON rb.id = r.sent_by
            """;

    private static final String PAIRING_LINE_COLUMNS = "id status requested_at started_at last_session sessions low_at"
            + " mentee_id mentee_name mentee_org mentor_id mentor_name mentor_org reminded_at reminded_by reminded";

    private static final Map<String, Class<?>> TYPES = types();

    private final EntityManager em;
    private final ListCounting counting;

    AnimationRepository(EntityManager em, ListCounting counting) {
        this.em = em;
        this.counting = counting;
    }

    Moderation moderation() {
        Object[] row = rows("""
                        SELECT (SELECT count(*) FROM training_resource WHERE status = 'PROPOSED') AS resources,
                               (SELECT count(*) FROM dataset WHERE state = 'TO_REVIEW') AS datasets,
                               (SELECT count(*) FROM mentorship_report WHERE status = 'OPEN') AS reports,
                               (SELECT count(*) FROM project_report r JOIN project p ON p.id = r.project_id
                                 WHERE r.status = 'OPEN' AND p.deleted_at IS NULL) AS project_reports
                        """, Map.of(), "resources datasets reports project_reports")
                .get(0);
        return new Moderation((Long) row[0], (Long) row[1], (Long) row[2], (Long) row[3]);
    }

    /** The SQL condition that puts a pairing `m` in the queue; its parameters are {@link Thresholds#parameters}. */
    private static String pairingCondition(ReminderQueue queue) {
        return switch (queue) {
            case PENDING_REQUEST -> "m.status = 'PENDING' AND m.requested_at < now() - make_interval(days => :days)";
            case STALLED_PAIRING -> """
                m.status = 'ACCEPTED' AND m.started_at < now() - make_interval(weeks => :weeks)
                AND (m.last_session_on IS NULL
                     OR m.last_session_on < CAST(now() - make_interval(weeks => :weeks) AS date))
                """;
            case LOW_FEEDBACK -> """
                EXISTS (SELECT 1 FROM mentorship_feedback f WHERE f.mentorship_id = m.id AND f.rating <= :low
                         AND f.created_at > now() - make_interval(days => :lookBack))
                """;
            default -> throw new IllegalArgumentException(queue + " is not about pairings");
        };
    }

    private static String pairingOrder(ReminderQueue queue) {
        return switch (queue) {
            case PENDING_REQUEST -> " ORDER BY m.requested_at, m.id";
            // The order of mentorship_stalled_idx (V52): the queue reads its first lines and stops.
            case STALLED_PAIRING -> " ORDER BY m.last_session_on NULLS FIRST, m.started_at, m.id";
            default -> " ORDER BY low_at DESC, m.id";
        };
    }

    /**
     * A queue's pairings as `viewer` sees them: never the viewer's own pairings, so that an animateur who is a party
     * does not learn there what the other party wrote of it before the pairing shows it (a low rating, say).
     */
    List<PairingLine> pairingQueue(ReminderQueue queue, Thresholds thresholds, int limit, UUID viewer) {
        Map<String, Object> parameters = new LinkedHashMap<>(thresholds.parameters());
        parameters.put("queue", queue.name());
        parameters.put("limit", limit);
        parameters.put("viewer", viewer);
        return rows(
                        PAIRING_LINE + " WHERE " + pairingCondition(queue) + NOT_THE_VIEWERS + pairingOrder(queue)
                                + " LIMIT :limit",
                        parameters,
                        PAIRING_LINE_COLUMNS)
                .stream()
                .map(AnimationRepository::pairingLine)
                .toList();
    }

    long pairingQueueCount(ReminderQueue queue, Thresholds thresholds, UUID viewer) {
        Map<String, Object> parameters = new LinkedHashMap<>(thresholds.parameters());
        parameters.put("viewer", viewer);
        return count(
                "SELECT count(*) AS n FROM mentorship m WHERE " + pairingCondition(queue) + NOT_THE_VIEWERS,
                parameters);
    }

    private static final String NOT_THE_VIEWERS = " AND m.mentee_id <> :viewer AND m.mentor_id <> :viewer";

    /** The pairing if it is in the queue now, with its two people. */
    Optional<QueuedPairing> pairingInQueue(ReminderQueue queue, UUID id, Thresholds thresholds) {
        Map<String, Object> parameters = new LinkedHashMap<>(thresholds.parameters());
        parameters.put("id", id);
        return rows(
                        "SELECT m.mentee_id, m.mentor_id FROM mentorship m WHERE m.id = :id AND "
                                + pairingCondition(queue) + " FOR UPDATE OF m",
                        parameters,
                        "mentee_id mentor_id")
                .stream()
                .findFirst()
                .map(row -> new QueuedPairing((UUID) row[0], (UUID) row[1]));
    }

    boolean pairingExists(UUID id) {
        return count("SELECT count(*) AS n FROM mentorship WHERE id = :id", Map.of("id", id)) > 0;
    }

    record QueuedPairing(UUID menteeId, UUID mentorId) {}

    private static final String PROJECT_CONDITION = """
            p.deleted_at IS NULL AND p.status IN ('IDEA', 'RECRUITING', 'IN_PROGRESS')
            AND NOT EXISTS (SELECT 1 FROM project_member pm JOIN member l ON l.id = pm.member_id
                             WHERE pm.project_id = p.id AND pm.role = 'LEAD' AND l.erased_at IS NULL
                               AND NOT EXISTS (SELECT 1 FROM member_suspension su WHERE su.member_id = l.id))
            """;

    List<ProjectLine> projectQueue(int limit) {
        List<Object[]> lines = rows(
                """
                        SELECT p.id, p.title, p.status, p.updated_at,
                               (SELECT count(*) FROM project_member pm WHERE pm.project_id = p.id) AS members,
                               r.sent_at AS reminded_at, rb.display_name AS reminded_by, r.recipients AS reminded
                          FROM project p
                          LEFT JOIN LATERAL (SELECT ar.sent_at, ar.sent_by, ar.recipients FROM animation_reminder ar
                                              WHERE ar.target_id = p.id AND ar.queue = 'PROJECT_WITHOUT_LEAD'
                                              ORDER BY ar.sent_at DESC LIMIT 1) r ON true
                          LEFT JOIN member rb ON rb.id = r.sent_by
                        """ + " WHERE " + PROJECT_CONDITION + " ORDER BY p.updated_at, p.id LIMIT :limit",
                Map.of("limit", limit),
                "id title status updated_at members reminded_at reminded_by reminded");
        Map<UUID, List<TeamMemberName>> appointable =
                appointable(lines.stream().map(row -> (UUID) row[0]).toList());
        return lines.stream()
                .map(row -> new ProjectLine(
                        (UUID) row[0],
                        (String) row[1],
                        (String) row[2],
                        (Long) row[4],
                        (OffsetDateTime) row[3],
                        lastReminder(row, 5),
                        appointable.getOrDefault((UUID) row[0], List.of())))
                .toList();
    }

    /** The team members of these projects who may be appointed lead: not leads, not erased, not suspended. */
    private Map<UUID, List<TeamMemberName>> appointable(List<UUID> projects) {
        Map<UUID, List<TeamMemberName>> team = new java.util.HashMap<>();
        if (projects.isEmpty()) {
            return team;
        }
        for (Object[] row : rows("""
                SELECT pm.project_id, mb.id, mb.display_name FROM project_member pm JOIN member mb ON mb.id = pm.member_id
                 WHERE pm.project_id IN (:projects) AND pm.role = 'MEMBER' AND mb.erased_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM member_suspension su WHERE su.member_id = mb.id)
                 ORDER BY pm.joined_at, mb.id
                """, Map.of("projects", projects), "project_id id display_name")) {
            team.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new TeamMemberName((UUID) row[1], (String) row[2]));
        }
        return team;
    }

    long projectQueueCount() {
        return count("SELECT count(*) AS n FROM project p WHERE " + PROJECT_CONDITION, Map.of());
    }

    /** The project's team (members not erased) if the project is in the queue now. */
    Optional<List<UUID>> projectTeamInQueue(UUID id) {
        List<Object[]> found = rows(
                "SELECT p.id FROM project p WHERE p.id = :id AND " + PROJECT_CONDITION + " FOR UPDATE OF p",
                Map.of("id", id),
                "id");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows("""
                        SELECT pm.member_id AS id FROM project_member pm JOIN member mb ON mb.id = pm.member_id
                         WHERE pm.project_id = :id AND mb.erased_at IS NULL ORDER BY pm.joined_at
                        """, Map.of("id", id), "id").stream()
                .map(row -> (UUID) row[0])
                .toList());
    }

    boolean projectExists(UUID id) {
        return count("SELECT count(*) AS n FROM project WHERE id = :id AND deleted_at IS NULL", Map.of("id", id)) > 0;
    }

    private static final String EVENT_CONDITION = """
            e.status = 'PLANNED' AND e.online_url IS NOT NULL AND e.replay_url IS NULL
            AND e.ends_at < now() AND e.ends_at > now() - make_interval(days => :lookBack)
            """;

    List<EventLine> eventQueue(Thresholds thresholds, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("lookBack", thresholds.lookBackDays());
        parameters.put("limit", limit);
        return rows(
                        """
                        SELECT e.id, e.title, e.ends_at, o.display_name AS organiser_name,
                               r.sent_at AS reminded_at, rb.display_name AS reminded_by, r.recipients AS reminded
                          FROM event e
                          LEFT JOIN member o ON o.id = e.created_by
                          LEFT JOIN LATERAL (SELECT ar.sent_at, ar.sent_by, ar.recipients FROM animation_reminder ar
                                              WHERE ar.target_id = e.id AND ar.queue = 'EVENT_WITHOUT_REPLAY'
                                              ORDER BY ar.sent_at DESC LIMIT 1) r ON true
                          LEFT JOIN member rb ON rb.id = r.sent_by
                        """ + " WHERE " + EVENT_CONDITION + " ORDER BY e.ends_at DESC, e.id LIMIT :limit",
                        parameters,
                        "id title ends_at organiser_name reminded_at reminded_by reminded")
                .stream()
                .map(row -> new EventLine(
                        (UUID) row[0], (String) row[1], (OffsetDateTime) row[2], (String) row[3], lastReminder(row, 4)))
                .toList();
    }

    long eventQueueCount(Thresholds thresholds) {
        return count(
                "SELECT count(*) AS n FROM event e WHERE " + EVENT_CONDITION,
                Map.of("lookBack", thresholds.lookBackDays()));
    }

    /** The organiser (when still a member) if the event is in the queue now. */
    Optional<Optional<UUID>> eventOrganiserInQueue(UUID id, Thresholds thresholds) {
        return rows(
                        "SELECT e.created_by AS organiser FROM event e LEFT JOIN member o ON o.id = e.created_by"
                                + " WHERE e.id = :id AND " + EVENT_CONDITION + " FOR UPDATE OF e",
                        Map.of("id", id, "lookBack", thresholds.lookBackDays()),
                        "organiser")
                .stream()
                .findFirst()
                .map(row -> Optional.ofNullable((UUID) row[0]));
    }

    boolean eventExists(UUID id) {
        return count("SELECT count(*) AS n FROM event WHERE id = :id", Map.of("id", id)) > 0;
    }

    /**
     * Records a reminder at the transaction's time; the exclusion constraint refuses a second one about the same line
     * within seven days.
     */
    OffsetDateTime insertReminder(UUID id, ReminderQueue queue, UUID targetId, Recipients recipients, UUID sentBy) {
        em.createNativeQuery("""
                        INSERT INTO animation_reminder (id, queue, target_id, recipients, sent_by, sent_at, quiet_until)
                        VALUES (:id, :queue, :target, :recipients, :sentBy, now(), now() + interval '7 days')
                        """)
                .setParameter("id", id)
                .setParameter("queue", queue.name())
                .setParameter("target", targetId)
                .setParameter("recipients", recipients.name())
                .setParameter("sentBy", sentBy)
                .executeUpdate();
        return (OffsetDateTime) rows(
                        "SELECT sent_at AS reminded_at FROM animation_reminder WHERE id = :id",
                        Map.of("id", id),
                        "reminded_at")
                .get(0)[0];
    }

    // The list of all pairings, and its export.

    private static String pairingFilter(PairingFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE true");
        if (filter.status() != null) {
            where.append(" AND m.status = :status");
            parameters.put("status", filter.status().name());
        }
        // The members of the organisation or region first (one index read), then the pairings either of whose people is
        // among them: neither the page nor its count joins every pairing to its two people to test them.
        if (filter.organizationId() != null) {
            where.append(" AND (m.mentee_id IN (SELECT x.id FROM member x WHERE x.organization_id = :org)"
                    + " OR m.mentor_id IN (SELECT x.id FROM member x WHERE x.organization_id = :org))");
            parameters.put("org", filter.organizationId());
        }
        if (filter.regionCode() != null) {
            where.append(" AND (m.mentee_id IN (SELECT x.id FROM member x WHERE x.region_code = :region)"
                    + " OR m.mentor_id IN (SELECT x.id FROM member x WHERE x.region_code = :region))");
            parameters.put("region", filter.regionCode());
        }
        if (filter.startedFrom() != null) {
            // Days at Paris, whatever the database session's time zone.
            where.append(" AND m.started_at >= :from");
            parameters.put("from", filter.startedFrom().atStartOfDay(PARIS).toOffsetDateTime());
        }
        if (filter.startedTo() != null) {
            where.append(" AND m.started_at < :to");
            parameters.put(
                    "to", filter.startedTo().plusDays(1).atStartOfDay(PARIS).toOffsetDateTime());
        }
        return where.toString();
    }

    private static final String PAIRING_FROM = """
              FROM mentorship m
              JOIN member me ON me.id = m.mentee_id
              LEFT JOIN organization meo ON meo.id = me.organization_id
              JOIN member mr ON mr.id = m.mentor_id
              LEFT JOIN organization mro ON mro.id = mr.organization_id
            """;

    List<PairingRow> pairings(PairingFilter filter, int offset, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = pairingFilter(filter, parameters);
        parameters.put("offset", offset);
        parameters.put("limit", limit);
        return rows(
                        """
                        SELECT m.id, m.status, m.requested_at, m.started_at, m.planned_end_date, m.ended_at,
                               me.id AS mentee_id, me.display_name AS mentee_name, meo.name AS mentee_org,
                               me.region_code AS mentee_region,
                               mr.id AS mentor_id, mr.display_name AS mentor_name, mro.name AS mentor_org,
                               (SELECT count(*) FROM mentorship_session s WHERE s.mentorship_id = m.id) AS sessions,
                               m.last_session_on AS last_session,
                               (SELECT count(*) FROM mentorship_goal g WHERE g.mentorship_id = m.id) AS goals,
                               (SELECT count(*) FROM mentorship_goal g WHERE g.mentorship_id = m.id
                                  AND g.done_at IS NOT NULL) AS goals_done
                        """ + PAIRING_FROM + where + " ORDER BY m.requested_at DESC, m.id OFFSET :offset LIMIT :limit",
                        parameters,
                        "id status requested_at started_at planned_end_date ended_at mentee_id mentee_name mentee_org"
                                + " mentee_region mentor_id mentor_name mentor_org sessions last_session goals"
                                + " goals_done")
                .stream()
                .map(row -> new PairingRow(
                        (UUID) row[0],
                        (String) row[1],
                        new Party((UUID) row[6], (String) row[7], (String) row[8]),
                        new Party((UUID) row[10], (String) row[11], (String) row[12]),
                        (String) row[9],
                        (OffsetDateTime) row[2],
                        (OffsetDateTime) row[3],
                        (LocalDate) row[4],
                        (OffsetDateTime) row[5],
                        (Long) row[13],
                        (LocalDate) row[14],
                        (Long) row[15],
                        (Long) row[16]))
                .toList();
    }

    ListTotal pairingCount(PairingFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = pairingFilter(filter, parameters);
        // The filter names only the pairing's own columns: its two people (never missing) need not be joined to count.
        return counting.total(count(counting.sql("FROM mentorship m" + where), parameters));
    }

    // Members and their suspension.

    List<MemberAdmin> members(String pattern, int offset, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("offset", offset);
        parameters.put("limit", limit);
        String where = " WHERE mb.erased_at IS NULL";
        if (pattern != null) {
            where += " AND (lower(immutable_unaccent(mb.display_name)) LIKE :q OR lower(mb.email) LIKE :q)";
            parameters.put("q", pattern);
        }
        return rows(
                        """
                        SELECT mb.id, mb.display_name, mb.email, o.name AS organization,
                               (SELECT string_agg(role, ',' ORDER BY role) FROM member_role mro
                                 WHERE mro.member_id = mb.id) AS roles,
                               su.suspended_at, sb.display_name AS suspended_by, su.reason
                          FROM member mb
                          LEFT JOIN organization o ON o.id = mb.organization_id
                          LEFT JOIN member_suspension su ON su.member_id = mb.id
                          LEFT JOIN member sb ON sb.id = su.suspended_by
                        """ + where + " ORDER BY lower(mb.display_name), mb.id OFFSET :offset LIMIT :limit",
                        parameters,
                        "id display_name email organization roles suspended_at suspended_by reason")
                .stream()
                .map(AnimationRepository::memberAdmin)
                .toList();
    }

    /** The mentors the mentee of the pairing may be given to (see {@link #MENTOR_CANDIDATE}), with room first. */
    List<MentorCandidate> mentorCandidates(UUID pairingId, String pattern, int offset, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("pairing", pairingId);
        parameters.put("offset", offset);
        parameters.put("limit", limit);
        parameters.put("q", pattern);
        return rows(
                        """
                        SELECT mb.id, mb.display_name, o.name AS organization, mm.capacity - mm.taken AS free_places
                        """ + CANDIDATE_FROM + MENTOR_CANDIDATE + (pattern == null ? "" : CANDIDATE_NAMED)
                                // The order of matching_mentor_free_places_idx (V52): a page reads its rows and stops.
                                + " ORDER BY mm.capacity - mm.taken DESC, mm.sort_name, mm.member_id"
                                + " OFFSET :offset LIMIT :limit",
                        parameters,
                        "id display_name organization free_places")
                .stream()
                .map(row -> new MentorCandidate(
                        (UUID) row[0], (String) row[1], (String) row[2], ((Long) row[3]).intValue()))
                .toList();
    }

    ListTotal mentorCandidateCount(UUID pairingId, String pattern) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("pairing", pairingId);
        parameters.put("q", pattern);
        return counting.total(count(
                counting.sql(CANDIDATE_FROM + MENTOR_CANDIDATE + (pattern == null ? "" : CANDIDATE_NAMED)),
                parameters));
    }

    private static final String CANDIDATE_FROM = """
              FROM mentorship p
              JOIN matching_mentor mm ON mm.capacity > mm.taken
              JOIN member mb ON mb.id = mm.member_id
              LEFT JOIN organization o ON o.id = mb.organization_id
            """;

    /**
     * A mentor `mm` of the pool (matching_mentor, V46: offers mentoring, address confirmed, profile shared, account
     * neither erased nor suspended) with a free place who may take over the request of pairing `p`: neither of the
     * pairing's two people, with no open request or pairing with the mentee and who never declined them. The request's
     * own rules are checked again when it is made.
     */
    private static final String MENTOR_CANDIDATE = """
             WHERE p.id = :pairing AND mm.member_id <> p.mentee_id AND mm.member_id <> p.mentor_id
               AND NOT EXISTS (SELECT 1 FROM mentorship x WHERE x.mentee_id = p.mentee_id AND x.mentor_id = mm.member_id
                                AND x.status IN ('PENDING', 'ACCEPTED', 'PAUSED', 'DECLINED'))
            """;

    /** The name or the organisation's name holds the pattern: the members so named first (trigram index, V51). */
    private static final String CANDIDATE_NAMED = """
               AND (mm.member_id IN (SELECT x.id FROM member x WHERE lower(immutable_unaccent(x.display_name)) LIKE :q)
                    OR mm.organization_id IN (SELECT y.id FROM organization y
                                               WHERE lower(immutable_unaccent(y.name)) LIKE :q))
            """;

    boolean isSuspended(UUID memberId) {
        return count("SELECT count(*) AS n FROM member_suspension WHERE member_id = :id", Map.of("id", memberId)) > 0;
    }

    ListTotal memberCount(String pattern) {
        String where = " WHERE mb.erased_at IS NULL";
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (pattern != null) {
            where += " AND (lower(immutable_unaccent(mb.display_name)) LIKE :q OR lower(mb.email) LIKE :q)";
            parameters.put("q", pattern);
        }
        return counting.total(count(counting.sql("FROM member mb" + where), parameters));
    }

    Optional<MemberAdmin> member(UUID id) {
        return rows("""
                        SELECT mb.id, mb.display_name, mb.email, o.name AS organization,
                               (SELECT string_agg(role, ',' ORDER BY role) FROM member_role mro
                                 WHERE mro.member_id = mb.id) AS roles,
                               su.suspended_at, sb.display_name AS suspended_by, su.reason
                          FROM member mb
                          LEFT JOIN organization o ON o.id = mb.organization_id
                          LEFT JOIN member_suspension su ON su.member_id = mb.id
                          LEFT JOIN member sb ON sb.id = su.suspended_by
                         WHERE mb.id = :id AND mb.erased_at IS NULL
                        """, Map.of("id", id), "id display_name email organization roles suspended_at suspended_by reason")
                .stream()
                .findFirst()
                .map(AnimationRepository::memberAdmin);
    }

    /** Locks the member's row, so that a suspension and a reinstatement of the same account run one after the other. */
    void lockMember(UUID id) {
        em.createNativeQuery("SELECT 1 FROM member WHERE id = :id FOR UPDATE")
                .setParameter("id", id)
                .getResultList();
    }

    void insertSuspension(UUID memberId, String reason, UUID by) {
        em.createNativeQuery(
                        "INSERT INTO member_suspension (member_id, reason, suspended_by) VALUES (:member, :reason, :by)")
                .setParameter("member", memberId)
                .setParameter("reason", reason)
                .setParameter("by", by)
                .executeUpdate();
    }

    int deleteSuspension(UUID memberId) {
        return em.createNativeQuery("DELETE FROM member_suspension WHERE member_id = :member")
                .setParameter("member", memberId)
                .executeUpdate();
    }

    /** Closes every session of the member: no refresh token of theirs works any more. */
    int revokeRefreshTokens(UUID memberId) {
        return em.createNativeQuery(
                        "UPDATE refresh_token SET revoked_at = now() WHERE member_id = :member AND revoked_at IS NULL")
                .setParameter("member", memberId)
                .executeUpdate();
    }

    /** An erased member's own suspension goes with the account (the audit log keeps the trace). */
    void deleteSuspensionsOf(UUID memberId) {
        deleteSuspension(memberId);
    }

    // Reading rows.

    private static PairingLine pairingLine(Object[] row) {
        return new PairingLine(
                (UUID) row[0],
                (String) row[1],
                new Party((UUID) row[7], (String) row[8], (String) row[9]),
                new Party((UUID) row[10], (String) row[11], (String) row[12]),
                (OffsetDateTime) row[2],
                (OffsetDateTime) row[3],
                (LocalDate) row[4],
                (Long) row[5],
                (OffsetDateTime) row[6],
                lastReminder(row, 13));
    }

    private static LastReminder lastReminder(Object[] row, int from) {
        return row[from] == null
                ? null
                : new LastReminder(
                        (OffsetDateTime) row[from], (String) row[from + 1], Recipients.valueOf((String) row[from + 2]));
    }

    private static MemberAdmin memberAdmin(Object[] row) {
        String roles = (String) row[4];
        return new MemberAdmin(
                (UUID) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                roles == null ? List.of() : Arrays.asList(roles.split(",")),
                row[5] == null ? null : new Suspension((OffsetDateTime) row[5], (String) row[6], (String) row[7]));
    }

    private long count(String sql, Map<String, Object> parameters) {
        return (Long) rows(sql, parameters, "n").get(0)[0];
    }

    /** Runs `sql` with its named parameters, reading `columns` (space-separated) with their types. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> parameters, String columns) {
        NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
        for (String column : columns.split(" ")) {
            query.addScalar(column, TYPES.get(column));
        }
        // Only the parameters this statement names: a count reuses the queue's condition without its other ones.
        parameters.forEach((name, value) -> {
            if (java.util.regex.Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                query.setParameter(name, value);
            }
        });
        List<Object[]> result = new ArrayList<>();
        for (Object row : query.getResultList()) {
            result.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return result;
    }

    private static Map<String, Class<?>> types() {
        Map<String, Class<?>> types = new java.util.HashMap<>();
        for (String uuid : "id mentee_id mentor_id organiser project_id".split(" ")) {
            types.put(uuid, UUID.class);
        }
        for (String time :
                "requested_at started_at ended_at low_at reminded_at updated_at ends_at suspended_at".split(" ")) {
            types.put(time, OffsetDateTime.class);
        }
        for (String date : "last_session planned_end_date".split(" ")) {
            types.put(date, LocalDate.class);
        }
        for (String count : "n free_places sessions members goals goals_done resources datasets reports project_reports"
                .split(" ")) {
            types.put(count, Long.class);
        }
        for (String text : ("status mentee_name mentee_org mentee_region mentor_name mentor_org reminded_by reminded"
                        + " title display_name email organization roles suspended_by reason organiser_name")
                .split(" ")) {
            types.put(text, String.class);
        }
        return Map.copyOf(types);
    }
}
