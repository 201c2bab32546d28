package fr.spyrales.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * The read model of « Mon espace »: one SQL statement per block, whatever the member's data, so that the page costs
 * a fixed number of round trips (OverviewQueryCountTest counts them; bench/README.md measures them). It reads the
 * tables of several features, which no feature's repository does for another: this summary belongs to none of them,
 * and going through each feature's services would cost a query per pairing, project or path. Only reads, except the
 * welcome's dismissal, which is this feature's own table.
 */
@ApplicationScoped
public class OverviewRepository {
    /** How many rows each list carries at most: the page links to the full lists. */
    static final int LIMIT = 5;

    private final EntityManager em;

    OverviewRepository(EntityManager em) {
        this.em = em;
    }

    /** The member's profile as the completion and the welcome read it. */
    record Profile(
            String firstName,
            boolean hasPosition,
            boolean saysMentoringWish,
            boolean hasBio,
            boolean hasTchapHandle,
            int skills,
            int learningSkills,
            boolean welcomeDismissed,
            boolean askedAMentor,
            boolean followsAPath) {}

    Profile profile(UUID memberId) {
        Object[] r = single(
                """
                SELECT m.first_name,
                       m.organization_id IS NOT NULL AND coalesce(btrim(m.job_title), '') <> '' AS has_position,
                       m.wants_mentor OR m.can_mentor AS mentoring_wish,
                       coalesce(btrim(m.bio), '') <> '' AS has_bio,
                       coalesce(btrim(m.tchap_handle), '') <> '' AS has_tchap_handle,
                       (SELECT count(*) FROM member_skill s WHERE s.member_id = m.id)::int AS skills,
                       (SELECT count(*) FROM member_learning_skill l WHERE l.member_id = m.id)::int AS learning_skills,
                       EXISTS (SELECT 1 FROM member_welcome_dismissed w WHERE w.member_id = m.id) AS dismissed,
                       EXISTS (SELECT 1 FROM mentorship x WHERE x.mentee_id = m.id) AS asked_a_mentor,
                       EXISTS (SELECT 1 FROM learning_path_follow f WHERE f.member_id = m.id) AS follows_a_path
                  FROM member m WHERE m.id = :member""",
                memberId,
                Map.of(
                        "first_name", String.class,
                        "has_position", Boolean.class,
                        "mentoring_wish", Boolean.class,
                        "has_bio", Boolean.class,
                        "has_tchap_handle", Boolean.class,
                        "skills", Integer.class,
                        "learning_skills", Integer.class,
                        "dismissed", Boolean.class,
                        "asked_a_mentor", Boolean.class,
                        "follows_a_path", Boolean.class),
                "first_name has_position mentoring_wish has_bio has_tchap_handle skills learning_skills dismissed"
                        + " asked_a_mentor follows_a_path");
        return new Profile(
                (String) r[0],
                (Boolean) r[1],
                (Boolean) r[2],
                (Boolean) r[3],
                (Boolean) r[4],
                (Integer) r[5],
                (Integer) r[6],
                (Boolean) r[7],
                (Boolean) r[8],
                (Boolean) r[9]);
    }

    /** The requests waiting for the member's answer as a mentor, oldest first, each row with the total. */
    List<Object[]> mentorshipRequestsToAnswer(UUID memberId) {
        return rows(
                """
                SELECT x.id, e.id AS mentee_id, e.display_name, x.proposed_by_programme, x.requested_at,
                       count(*) OVER ()::int AS total
                  FROM mentorship x JOIN member e ON e.id = x.mentee_id
                 WHERE x.mentor_id = :member AND x.status = 'PENDING'
                 ORDER BY x.requested_at, x.id
                 LIMIT :limit""",
                memberId,
                Map.of(
                        "id", UUID.class,
                        "mentee_id", UUID.class,
                        "display_name", String.class,
                        "proposed_by_programme", Boolean.class,
                        "requested_at", OffsetDateTime.class,
                        "total", Integer.class),
                "id mentee_id display_name proposed_by_programme requested_at total");
    }

    /** The requests the member sent as a mentee that wait for an answer, newest first. */
    List<Object[]> sentRequests(UUID memberId) {
        return rows(
                """
                SELECT x.id, o.id AS mentor_id, o.display_name, x.requested_at
                  FROM mentorship x JOIN member o ON o.id = x.mentor_id
                 WHERE x.mentee_id = :member AND x.status = 'PENDING'
                 ORDER BY x.requested_at DESC, x.id
                 LIMIT :limit""",
                memberId,
                Map.of(
                        "id", UUID.class,
                        "mentor_id", UUID.class,
                        "display_name", String.class,
                        "requested_at", OffsetDateTime.class),
                "id mentor_id display_name requested_at");
    }

    /** The requests to join the live projects the member leads, oldest first, each row with the total. */
    List<Object[]> joinRequestsToReview(UUID memberId) {
        return rows(
                """
                SELECT j.id, p.id AS project_id, p.title, a.id AS member_id, a.display_name, j.created_at,
                       count(*) OVER ()::int AS total
                  FROM project_member lead
                  JOIN project p ON p.id = lead.project_id AND p.deleted_at IS NULL
                  JOIN project_join_request j ON j.project_id = p.id AND j.state = 'PENDING'
                  JOIN member a ON a.id = j.member_id
                 WHERE lead.member_id = :member AND lead.role = 'LEAD'
                 ORDER BY j.created_at, j.id
                 LIMIT :limit""",
                memberId,
                Map.of(
                        "id", UUID.class,
                        "project_id", UUID.class,
                        "title", String.class,
                        "member_id", UUID.class,
                        "display_name", String.class,
                        "created_at", OffsetDateTime.class,
                        "total", Integer.class),
                "id project_id title member_id display_name created_at total");
    }

    /** The ended pairings the member has not rated yet, most recently ended first, each row with the total. */
    List<Object[]> feedbackToGive(UUID memberId) {
        return rows(
                """
                SELECT x.id, o.id AS other_id, o.display_name, x.ended_at, count(*) OVER ()::int AS total
                  FROM mentorship x
                  JOIN member o ON o.id = CASE WHEN x.mentor_id = :member THEN x.mentee_id ELSE x.mentor_id END
                 WHERE (x.mentor_id = :member OR x.mentee_id = :member)
                   AND x.status IN ('COMPLETED', 'CANCELLED') AND x.started_at IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM mentorship_feedback f
                                    WHERE f.mentorship_id = x.id AND f.author_id = :member)
                 ORDER BY x.ended_at DESC NULLS LAST, x.id
                 LIMIT :limit""",
                memberId,
                Map.of(
                        "id", UUID.class,
                        "other_id", UUID.class,
                        "display_name", String.class,
                        "ended_at", OffsetDateTime.class,
                        "total", Integer.class),
                "id other_id display_name ended_at total");
    }

    /** The pairings under way (accepted or paused), with the next session still to come and the goals' counts. */
    List<Object[]> mentorshipsUnderWay(UUID memberId) {
        return rows(
                """
                SELECT x.id, x.status, CASE WHEN x.mentor_id = :member THEN 'MENTOR' ELSE 'MENTEE' END AS my_role,
                       o.id AS other_id, o.display_name,
                       n.starts_at, n.duration_minutes, n.place, n.video_url,
                       (SELECT count(*) FILTER (WHERE g.done_at IS NOT NULL) FROM mentorship_goal g
                         WHERE g.mentorship_id = x.id)::int AS goals_done,
                       (SELECT count(*) FROM mentorship_goal g WHERE g.mentorship_id = x.id)::int AS goals_total,
                       (SELECT max(s.held_on) FROM mentorship_session s WHERE s.mentorship_id = x.id) AS last_session_on
                  FROM mentorship x
                  JOIN member o ON o.id = CASE WHEN x.mentor_id = :member THEN x.mentee_id ELSE x.mentor_id END
                  LEFT JOIN mentorship_next_session n ON n.mentorship_id = x.id AND n.starts_at > now()
                 WHERE (x.mentor_id = :member OR x.mentee_id = :member) AND x.status IN ('ACCEPTED', 'PAUSED')
                 ORDER BY n.starts_at NULLS LAST, x.started_at, x.id
                 LIMIT :limit""",
                memberId,
                Map.ofEntries(
                        Map.entry("id", UUID.class),
                        Map.entry("status", String.class),
                        Map.entry("my_role", String.class),
                        Map.entry("other_id", UUID.class),
                        Map.entry("display_name", String.class),
                        Map.entry("starts_at", OffsetDateTime.class),
                        Map.entry("duration_minutes", Integer.class),
                        Map.entry("place", String.class),
                        Map.entry("video_url", String.class),
                        Map.entry("goals_done", Integer.class),
                        Map.entry("goals_total", Integer.class),
                        Map.entry("last_session_on", LocalDate.class)),
                "id status my_role other_id display_name starts_at duration_minutes place video_url goals_done"
                        + " goals_total last_session_on");
    }

    /** The live projects of the member's team, most recently active first, with what is new in them. */
    List<Object[]> projects(UUID memberId) {
        return rows(
                """
                SELECT p.id, p.title, p.status, t.role,
                       (SELECT count(*) FROM project_member n
                         WHERE n.project_id = p.id AND n.member_id <> :member
                           AND n.joined_at > now() - interval '14 days')::int AS new_members,
                       CASE WHEN t.role = 'LEAD'
                            THEN (SELECT count(*) FROM project_join_request j
                                   WHERE j.project_id = p.id AND j.state = 'PENDING')
                            ELSE 0 END::int AS pending_requests,
                       p.updated_at
                  FROM project_member t JOIN project p ON p.id = t.project_id AND p.deleted_at IS NULL
                 WHERE t.member_id = :member AND p.status <> 'ARCHIVED'
                 ORDER BY p.updated_at DESC, p.id
                 LIMIT :limit""",
                memberId,
                Map.of(
                        "id", UUID.class,
                        "title", String.class,
                        "status", String.class,
                        "role", String.class,
                        "new_members", Integer.class,
                        "pending_requests", Integer.class,
                        "updated_at", OffsetDateTime.class),
                "id title status role new_members pending_requests updated_at");
    }

    /** The paths the member follows, most recently followed first, with the steps they ticked. */
    List<Object[]> paths(UUID memberId) {
        return rows(
                """
                SELECT p.id, p.title,
                       (SELECT count(*) FROM learning_path_step s
                          JOIN learning_path_step_done d ON d.step_id = s.id AND d.member_id = :member
                         WHERE s.path_id = p.id)::int AS steps_done,
                       (SELECT count(*) FROM learning_path_step s WHERE s.path_id = p.id)::int AS steps_total
                  FROM learning_path_follow f JOIN learning_path p ON p.id = f.path_id AND p.status <> 'DRAFT'
                 WHERE f.member_id = :member
                 ORDER BY f.followed_at DESC, p.id
                 LIMIT :limit""",
                memberId,
                Map.of(
                        "id", UUID.class,
                        "title", String.class,
                        "steps_done", Integer.class,
                        "steps_total", Integer.class),
                "id title steps_done steps_total");
    }

    /** The planned events the member registered to that have not ended, soonest first. */
    List<Object[]> events(UUID memberId) {
        return rows(
                """
                SELECT e.id, e.title, e.starts_at, e.ends_at, r.status, e.place, e.online_url IS NOT NULL AS online
                  FROM event_registration r JOIN event e ON e.id = r.event_id
                 WHERE r.member_id = :member AND r.status IN ('CONFIRMED', 'WAITLISTED')
                   AND e.status = 'PLANNED' AND e.ends_at > now()
                 ORDER BY e.starts_at, e.id
                 LIMIT :limit""",
                memberId,
                Map.of(
                        "id", UUID.class,
                        "title", String.class,
                        "starts_at", OffsetDateTime.class,
                        "ends_at", OffsetDateTime.class,
                        "status", String.class,
                        "place", String.class,
                        "online", Boolean.class),
                "id title starts_at ends_at status place online");
    }

    /** The challenge open now (closing first), else the next to open; with whether the member took part. */
    List<Object[]> challenge(UUID memberId) {
        return rows(
                """
                SELECT c.id, c.title, c.opens_at, c.closes_at, c.opens_at <= now() AS open,
                       EXISTS (SELECT 1 FROM challenge_entry x
                                WHERE x.challenge_id = c.id AND x.member_id = :member) AS my_entry
                  FROM challenge c
                 WHERE c.deleted_at IS NULL AND c.closes_at > now()
                 ORDER BY (c.opens_at <= now()) DESC,
                          CASE WHEN c.opens_at <= now() THEN c.closes_at ELSE c.opens_at END, c.id
                 LIMIT 1""",
                memberId,
                Map.of(
                        "id", UUID.class,
                        "title", String.class,
                        "opens_at", OffsetDateTime.class,
                        "closes_at", OffsetDateTime.class,
                        "open", Boolean.class,
                        "my_entry", Boolean.class),
                "id title opens_at closes_at open my_entry");
    }

    /** The latest notifications, each row with the count of unread ones. */
    List<Object[]> notifications(UUID memberId) {
        return rows(
                """
                SELECT n.id, n.title, n.link, n.created_at, n.read_at IS NOT NULL AS read,
                       (SELECT count(*) FROM notification u
                         WHERE u.member_id = :member AND u.read_at IS NULL)::int AS unread
                  FROM notification n
                 WHERE n.member_id = :member
                 ORDER BY n.created_at DESC, n.id DESC
                 LIMIT :limit""",
                memberId,
                Map.of(
                        "id", UUID.class,
                        "title", String.class,
                        "link", String.class,
                        "created_at", OffsetDateTime.class,
                        "read", Boolean.class,
                        "unread", Integer.class),
                "id title link created_at read unread");
    }

    /** Closes the welcome for good; closing it twice keeps the first time. */
    void dismissWelcome(UUID memberId) {
        em.createNativeQuery("INSERT INTO member_welcome_dismissed (member_id) VALUES (:member) ON CONFLICT DO NOTHING")
                .setParameter("member", memberId)
                .executeUpdate();
    }

    OffsetDateTime welcomeDismissedAt(UUID memberId) {
        List<?> found = em.createNativeQuery(
                        "SELECT dismissed_at FROM member_welcome_dismissed WHERE member_id = :member")
                .unwrap(NativeQuery.class)
                .addScalar("dismissed_at", OffsetDateTime.class)
                .setParameter("member", memberId)
                .getResultList();
        return found.isEmpty() ? null : (OffsetDateTime) found.get(0);
    }

    void deleteWelcomeOf(UUID memberId) {
        em.createNativeQuery("DELETE FROM member_welcome_dismissed WHERE member_id = :member")
                .setParameter("member", memberId)
                .executeUpdate();
    }

    private Object[] single(String sql, UUID memberId, Map<String, Class<?>> types, String columns) {
        return rows(sql, memberId, types, columns).get(0);
    }

    /** Runs `sql` with :member (and :limit when present), reading `columns` (space-separated) with their types. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID memberId, Map<String, Class<?>> types, String columns) {
        NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
        for (String column : columns.split(" ")) {
            query.addScalar(column, types.get(column));
        }
        query.setParameter("member", memberId);
        if (sql.contains(":limit")) {
            query.setParameter("limit", LIMIT);
        }
        return query.getResultList();
    }
}
