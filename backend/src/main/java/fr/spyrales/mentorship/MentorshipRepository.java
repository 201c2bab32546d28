package fr.spyrales.mentorship;

import fr.spyrales.common.PageQuery;
import fr.spyrales.mentorship.MentorshipDtos.GoalProgress;
import fr.spyrales.mentorship.MentorshipDtos.Role;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

@ApplicationScoped
public class MentorshipRepository implements PanacheRepositoryBase<Mentorship, UUID> {
    /** PostgreSQL's SKIP LOCKED: rows another instance holds are left to it. */
    private static final int SKIP_LOCKED = -2;

    public Optional<Mentorship> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Locks a pairing already loaded, and reads its latest state. */
    void refreshForUpdate(Mentorship mentorship) {
        getEntityManager().refresh(mentorship, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A new request with its goals. */
    void persistRequest(Mentorship mentorship, List<MentorshipGoal> goals) {
        persist(mentorship);
        goals.forEach(getEntityManager()::persist);
    }

    /** New requests with their goals: every request, then every goal. */
    void persistRequests(List<Mentorship> requests, List<MentorshipGoal> goals) {
        requests.forEach(this::persist);
        goals.forEach(getEntityManager()::persist);
    }

    /** The titles of a pairing's goals, in their order. */
    List<String> goalTitles(UUID mentorshipId) {
        return getEntityManager()
                .createQuery(
                        "SELECT g.title FROM MentorshipGoal g WHERE g.mentorship.id = :id ORDER BY g.position, g.id",
                        String.class)
                .setParameter("id", mentorshipId)
                .getResultList();
    }

    /**
     * The facts the rules of a programme's request read, for every pair at once, in the pairs' order: one statement
     * (five index probes a pair) instead of five queries a pair. Plain JDBC, so nothing is flushed first: it sees
     * what the transaction has flushed, and the caller judges the pairs of its own batch against each other.
     */
    List<ProgrammeFacts> programmeFacts(List<UUID> menteeIds, List<UUID> mentorIds) {
        String sql = "SELECT (SELECT count(*) FROM mentorship m WHERE m.mentor_id = p.mentor_id AND m.status IN "
                + inList(MentorshipStatus.ACTIVE) + "),"
                + " EXISTS (SELECT 1 FROM mentorship m WHERE m.mentee_id = p.mentee_id AND m.mentor_id = p.mentor_id"
                + " AND m.status IN " + inList(MentorshipStatus.OPEN) + "),"
                + " EXISTS (SELECT 1 FROM mentorship m WHERE m.mentee_id = p.mentee_id AND m.mentor_id = p.mentor_id"
                + " AND m.status = '" + MentorshipStatus.DECLINED.name() + "'),"
                + " EXISTS (SELECT 1 FROM mentorship m WHERE m.mentee_id = p.mentee_id AND m.status IN "
                + inList(MentorshipStatus.ACTIVE) + "),"
                + " (SELECT count(*) FROM mentorship m WHERE m.mentee_id = p.mentee_id AND m.status = '"
                + MentorshipStatus.PENDING.name() + "'),"
                + " EXISTS (SELECT 1 FROM member_suspension s WHERE s.member_id = p.mentee_id),"
                + " EXISTS (SELECT 1 FROM member_suspension s WHERE s.member_id = p.mentor_id)"
                + " FROM unnest(?::uuid[], ?::uuid[]) WITH ORDINALITY AS p(mentee_id, mentor_id, n) ORDER BY p.n";
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setArray(1, connection.createArrayOf("uuid", menteeIds.toArray()));
                query.setArray(2, connection.createArrayOf("uuid", mentorIds.toArray()));
                List<ProgrammeFacts> facts = new ArrayList<>(menteeIds.size());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        facts.add(new ProgrammeFacts(
                                rows.getLong(1),
                                rows.getBoolean(2),
                                rows.getBoolean(3),
                                rows.getBoolean(4),
                                rows.getLong(5),
                                rows.getBoolean(6),
                                rows.getBoolean(7)));
                    }
                }
                return facts;
            }
        });
    }

    /** A set of statuses as an SQL list of literals (enum names: no input reaches it). */
    private static String inList(Set<MentorshipStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", ", "(", ")"));
    }

    public long countActiveAsMentor(UUID mentorId) {
        return count("mentor.id = ?1 and status in ?2", mentorId, MentorshipStatus.ACTIVE);
    }

    public long countPendingAsMentee(UUID menteeId) {
        return count("mentee.id = ?1 and status = ?2", menteeId, MentorshipStatus.PENDING);
    }

    public boolean hasActiveAsMentee(UUID menteeId) {
        return count("mentee.id = ?1 and status in ?2", menteeId, MentorshipStatus.ACTIVE) > 0;
    }

    public boolean hasOpenBetween(UUID menteeId, UUID mentorId) {
        return count("mentee.id = ?1 and mentor.id = ?2 and status in ?3", menteeId, mentorId, MentorshipStatus.OPEN)
                > 0;
    }

    public boolean hasDeclinedBetween(UUID menteeId, UUID mentorId) {
        return count("mentee.id = ?1 and mentor.id = ?2 and status = ?3", menteeId, mentorId, MentorshipStatus.DECLINED)
                > 0;
    }

    /** One page of a member's pairings, most recently changed first, with both parties; `role` null for either side. */
    List<Mentorship> pageOf(UUID memberId, Role role, Set<MentorshipStatus> statuses, PageQuery page) {
        Parameters params = memberParameters(memberId, statuses);
        return find(
                        "from Mentorship m join fetch m.mentee join fetch m.mentor where "
                                + memberCondition(role, statuses),
                        Sort.descending("m.updatedAt").and("m.id"),
                        params)
                .page(Page.of(page.page, page.size))
                .list();
    }

    long countOf(UUID memberId, Role role, Set<MentorshipStatus> statuses) {
        return count(
                "from Mentorship m where " + memberCondition(role, statuses), memberParameters(memberId, statuses));
    }

    /**
     * On the pairing's own columns (`fk`): with the parties fetched, `m.mentor.id` would name the joined member's id,
     * and an OR across two joined tables reads every pairing (about a second at 100k members, bench/README « Every
     * list at scale »).
     */
    private static String memberCondition(Role role, Set<MentorshipStatus> statuses) {
        String who = role == Role.MENTOR
                ? "fk(m.mentor) = :me"
                : role == Role.MENTEE ? "fk(m.mentee) = :me" : "(fk(m.mentor) = :me or fk(m.mentee) = :me)";
        return statuses.isEmpty() ? who : who + " and m.status in :statuses";
    }

    private static Parameters memberParameters(UUID memberId, Set<MentorshipStatus> statuses) {
        Parameters params = Parameters.with("me", memberId);
        return statuses.isEmpty() ? params : params.and("statuses", statuses);
    }

    /** Every request and pairing of a member, either side, oldest first, with both parties. */
    List<Mentorship> allOf(UUID memberId) {
        return list(
                "from Mentorship m join fetch m.mentee join fetch m.mentor "
                        + "where fk(m.mentee) = ?1 or fk(m.mentor) = ?1 order by m.requestedAt, m.id",
                memberId);
    }

    /** The requests a member made (or the programme made on their behalf). */
    List<Mentorship> requestsOf(UUID menteeId) {
        return list("mentee.id", menteeId);
    }

    /** Locks the open requests and pairings of a member, either side. */
    List<Mentorship> lockOpenOf(UUID memberId) {
        return getEntityManager()
                .createQuery(
                        "from Mentorship m where (fk(m.mentee) = :id or fk(m.mentor) = :id) and m.status in :open",
                        Mentorship.class)
                .setParameter("id", memberId)
                .setParameter("open", MentorshipStatus.OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Locks the mentee's other pending requests, once one of them is accepted. */
    List<Mentorship> lockOtherPendingRequests(Mentorship accepted) {
        return getEntityManager()
                .createQuery(
                        "from Mentorship m where m.mentee.id = :mentee and m.status = :pending and m.id <> :id",
                        Mentorship.class)
                .setParameter("mentee", accepted.mentee.id)
                .setParameter("pending", MentorshipStatus.PENDING)
                .setParameter("id", accepted.id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Locks the pairings under way past their planned end, skipping those another instance holds. */
    List<Mentorship> lockPastPlannedEnd(LocalDate today) {
        return skippingLocked(getEntityManager()
                .createQuery(
                        "from Mentorship m where m.status in :active and m.plannedEndDate < :today", Mentorship.class)
                .setParameter("active", MentorshipStatus.ACTIVE)
                .setParameter("today", today));
    }

    /** Locks the requests pending since before `limit`, skipping those another instance holds. */
    List<Mentorship> lockPendingSince(OffsetDateTime limit) {
        return skippingLocked(getEntityManager()
                .createQuery("from Mentorship m where m.status = :pending and m.requestedAt < :limit", Mentorship.class)
                .setParameter("pending", MentorshipStatus.PENDING)
                .setParameter("limit", limit));
    }

    private static List<Mentorship> skippingLocked(TypedQuery<Mentorship> query) {
        return query.setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
    }

    /** Goals done out of total, for several pairings in one query; a pairing without goals is absent. */
    Map<UUID, GoalProgress> goalProgress(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager()
                .createQuery("""
                        select g.mentorship.id, count(g), count(g.doneAt) from MentorshipGoal g
                        where g.mentorship.id in :ids group by g.mentorship.id""", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        return rows.stream()
                .collect(Collectors.toMap(
                        r -> (UUID) r[0],
                        r -> new GoalProgress(((Number) r[1]).intValue(), ((Number) r[2]).intValue())));
    }
}
