package fr.spyrales.notification;

import fr.spyrales.member.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** The `reminder_sent` table: which reminder went to whom about which pairing, each claimed once. */
@ApplicationScoped
class ReminderSentRepository {
    /** A request the mentor has not answered. */
    private static final String PENDING_REQUESTS = """
            SELECT m.id, m.mentor_id AS member_id
              FROM mentorship m
             WHERE m.status = 'PENDING'
               AND m.requested_at <= now() - make_interval(days => :days)""";

    /** An active pairing (not paused) without any session since it started or resumed. */
    private static final String PAIRINGS_WITHOUT_SESSION = """
            SELECT m.id, p.member_id
              FROM mentorship m
             CROSS JOIN LATERAL (VALUES (m.mentee_id), (m.mentor_id)) AS p (member_id)
             WHERE m.status = 'ACCEPTED'
               AND greatest(m.started_at,
                            (SELECT max(e.occurred_at) FROM mentorship_event e
                              WHERE e.mentorship_id = m.id AND e.to_status = 'ACCEPTED'),
                            (SELECT max(s.held_on) FROM mentorship_session s WHERE s.mentorship_id = m.id)::timestamptz)
                   <= now() - make_interval(days => :days)""";

    /** An ended pairing one of its parties has not rated. */
    private static final String MISSING_FEEDBACK = """
            SELECT m.id, p.member_id
              FROM mentorship m
             CROSS JOIN LATERAL (VALUES (m.mentee_id), (m.mentor_id)) AS p (member_id)
             WHERE m.status IN ('COMPLETED', 'CANCELLED')
               AND m.ended_at <= now() - make_interval(days => :days)
               AND NOT EXISTS (SELECT 1 FROM mentorship_feedback f
                                WHERE f.mentorship_id = m.id AND f.author_id = p.member_id)""";

    /** A reminder this transaction now owns: the pairing, and whom to remind. */
    record Claimed(UUID mentorshipId, UUID memberId) {}

    /** A reminder sent, as the member's data export lists it. */
    record Sent(NotificationKind kind, UUID mentorshipId, OffsetDateTime sentAt) {}

    private final EntityManager em;

    ReminderSentRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims every reminder of this kind that is due and was never sent (INSERT … ON CONFLICT DO NOTHING …
     * RETURNING): another instance claiming the same rows waits for this transaction, then skips them.
     *
     * @param days how long the pairing has been in the state the reminder is about
     */
    List<Claimed> claimDue(NotificationKind reminder, int days, int limit) {
        // Rows are claimed in key order, so that two concurrent runs wait on each other without deadlocking.
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = em.createNativeQuery("""
                        INSERT INTO reminder_sent (kind, mentorship_id, member_id)
                        SELECT :kind, due.id, due.member_id
                          FROM (%s) AS due
                          JOIN member r ON r.id = due.member_id AND r.erased_at IS NULL
                         WHERE NOT EXISTS (SELECT 1 FROM reminder_sent s
                                            WHERE s.kind = :kind AND s.mentorship_id = due.id AND s.member_id = due.member_id)
                         ORDER BY due.id, due.member_id
                         LIMIT :limit
                        ON CONFLICT DO NOTHING
                        RETURNING mentorship_id, member_id""".formatted(due(reminder)))
                .setParameter("kind", reminder.name())
                .setParameter("days", days)
                .setParameter("limit", limit)
                .getResultList();
        return claimed.stream()
                .map(row -> new Claimed((UUID) row[0], (UUID) row[1]))
                .toList();
    }

    /**
     * Claims the reminders of the planned sessions that start within a day (pairing under way), one per party and
     * start, as {@link #claimDue} does: INSERT … ON CONFLICT DO NOTHING … RETURNING, so that two instances running
     * the job send each once. A session planned less than a day ahead is not reminded of: it was just planned.
     */
    List<Claimed> claimDueSessionReminders() {
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = em.createNativeQuery("""
                        INSERT INTO mentorship_session_reminder_sent (mentorship_id, member_id, starts_at)
                        SELECT n.mentorship_id, p.member_id, n.starts_at
                          FROM mentorship_next_session n
                          JOIN mentorship m ON m.id = n.mentorship_id AND m.status = 'ACCEPTED'
                         CROSS JOIN LATERAL (VALUES (m.mentee_id), (m.mentor_id)) AS p (member_id)
                          JOIN member r ON r.id = p.member_id AND r.erased_at IS NULL
                         WHERE n.starts_at > now()
                           AND n.starts_at <= now() + interval '1 day'
                           AND n.planned_at <= n.starts_at - interval '1 day'
                           AND NOT EXISTS (SELECT 1 FROM mentorship_session_reminder_sent s
                                            WHERE s.mentorship_id = n.mentorship_id AND s.member_id = p.member_id
                                              AND s.starts_at = n.starts_at)
                         ORDER BY n.mentorship_id, p.member_id
                        ON CONFLICT DO NOTHING
                        RETURNING mentorship_id, member_id""").getResultList();
        return claimed.stream()
                .map(row -> new Claimed((UUID) row[0], (UUID) row[1]))
                .toList();
    }

    /** The reminders sent to a member, oldest first. */
    List<Sent> sentTo(UUID memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT kind, mentorship_id, sent_at FROM reminder_sent WHERE member_id = :id
                        UNION ALL
                        SELECT 'MENTORSHIP_SESSION_REMINDER', mentorship_id, sent_at
                          FROM mentorship_session_reminder_sent WHERE member_id = :id
                        ORDER BY sent_at, kind, mentorship_id""")
                .unwrap(NativeQuery.class)
                .addScalar("kind", String.class)
                .addScalar("mentorship_id", UUID.class)
                .addScalar("sent_at", OffsetDateTime.class)
                .setParameter("id", memberId)
                .getResultList();
        return rows.stream()
                .map(r -> new Sent(NotificationKind.valueOf((String) r[0]), (UUID) r[1], (OffsetDateTime) r[2]))
                .toList();
    }

    void deleteSentTo(UUID memberId) {
        em.createNativeQuery("DELETE FROM reminder_sent WHERE member_id = :id")
                .setParameter("id", memberId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM mentorship_session_reminder_sent WHERE member_id = :id")
                .setParameter("id", memberId)
                .executeUpdate();
    }

    private static String due(NotificationKind reminder) {
        return switch (reminder) {
            case REMINDER_PENDING_REQUEST -> PENDING_REQUESTS;
            case REMINDER_NO_SESSION -> PAIRINGS_WITHOUT_SESSION;
            case REMINDER_FEEDBACK -> MISSING_FEEDBACK;
            default -> throw new IllegalArgumentException(reminder + " is not a reminder");
        };
    }
}
