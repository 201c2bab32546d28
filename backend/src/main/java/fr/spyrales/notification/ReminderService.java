package fr.spyrales.notification;

import fr.spyrales.member.NotificationKind;
import fr.spyrales.member.Member;
import fr.spyrales.mentorship.Mentorship;
import fr.spyrales.mentorship.MentorshipConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The reminders, each sent once per pairing and person. A reminder belongs to whoever inserts its
 * row in `reminder_sent` (INSERT … ON CONFLICT DO NOTHING … RETURNING): when several backend
 * instances run at once, the unique key makes the others wait for that transaction, then skip the
 * row. The notification is written in the same transaction, so a failed run sends nothing and
 * leaves the reminder for the next one.
 */
@ApplicationScoped
public class ReminderService {
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

    private final EntityManager em;
    private final Notifier notifier;
    private final MentorshipConfig.Reminders config;

    ReminderService(EntityManager em, Notifier notifier, MentorshipConfig config) {
        this.em = em;
        this.notifier = notifier;
        this.config = config.reminders();
    }

    /** Sends every reminder that is due and was never sent; returns how many this call sent. */
    @Transactional
    public int sendDueReminders() {
        return send(NotificationKind.REMINDER_PENDING_REQUEST, PENDING_REQUESTS, config.pendingDays())
                + send(NotificationKind.REMINDER_NO_SESSION, PAIRINGS_WITHOUT_SESSION, config.noSessionDays())
                + send(NotificationKind.REMINDER_FEEDBACK, MISSING_FEEDBACK, config.feedbackDays());
    }

    private int send(NotificationKind kind, String due, int days) {
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
                        ON CONFLICT DO NOTHING
                        RETURNING mentorship_id, member_id""".formatted(due))
                .setParameter("kind", kind.name())
                .setParameter("days", days)
                .getResultList();
        for (Object[] row : claimed) {
            Mentorship mentorship = em.find(Mentorship.class, (UUID) row[0]);
            Member recipient = em.find(Member.class, (UUID) row[1]);
            notifier.send(kind, mentorship, recipient, null, null);
        }
        return claimed.size();
    }
}
