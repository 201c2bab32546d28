package fr.spyrales.event.calendar;

import fr.spyrales.member.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * The reminders before events (`event_reminder_sent`, each claimed once) and the replay's announcement (the event's
 * `replay_announced_at`, set once). Every time is the database's, so that instances with drifting clocks agree.
 */
@ApplicationScoped
public class EventReminderRepository {
    /** A reminder this transaction now owns: the event, and whom to remind. */
    record Claimed(UUID eventId, UUID memberId) {}

    /** A reminder sent, as the member's data export lists it. */
    record Sent(NotificationKind kind, UUID eventId, OffsetDateTime sentAt) {}

    private final EntityManager em;

    EventReminderRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the reminders of this kind that are due and were never sent for the event's current start (INSERT … ON
     * CONFLICT DO NOTHING …
     * RETURNING): another instance claiming the same rows waits for this transaction, then skips them. A reminder
     * is due once the event starts within `lead`, and not yet within `nextLead` (the next, closer reminder's);
     * only to members whose seat was confirmed before the reminder was due: the others just had their confirmation.
     */
    List<Claimed> claimDue(NotificationKind reminder, Duration lead, Duration nextLead) {
        // Rows are claimed in key order, so that two concurrent runs wait on each other without deadlocking.
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = em.createNativeQuery("""
                        INSERT INTO event_reminder_sent (kind, event_id, member_id, starts_at)
                        SELECT :kind, r.event_id, r.member_id, e.starts_at
                          FROM event e
                          JOIN event_registration r ON r.event_id = e.id AND r.status = 'CONFIRMED'
                          JOIN member m ON m.id = r.member_id AND m.erased_at IS NULL
                         WHERE e.status = 'PLANNED'
                           AND e.starts_at > now() + make_interval(secs => :nextLead)
                           AND e.starts_at <= now() + make_interval(secs => :lead)
                           AND r.confirmed_at <= e.starts_at - make_interval(secs => :lead)
                           AND NOT EXISTS (SELECT 1 FROM event_reminder_sent s
                                            WHERE s.kind = :kind AND s.event_id = r.event_id AND s.member_id = r.member_id
                                              AND s.starts_at = e.starts_at)
                         ORDER BY r.event_id, r.member_id
                        ON CONFLICT DO NOTHING
                        RETURNING event_id, member_id""")
                .setParameter("kind", reminder.name())
                .setParameter("lead", (double) lead.toSeconds())
                .setParameter("nextLead", (double) nextLead.toSeconds())
                .getResultList();
        return claimed.stream()
                .map(row -> new Claimed((UUID) row[0], (UUID) row[1]))
                .toList();
    }

    /**
     * Claims the events whose replay is to announce: ended, not cancelled, with a replay, never announced. The
     * update locks each row: a concurrent run waits, then sees it announced and skips it.
     */
    List<UUID> claimReplaysToAnnounce() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        UPDATE event SET replay_announced_at = now()
                         WHERE id IN (SELECT id FROM event
                                       WHERE replay_url IS NOT NULL AND replay_announced_at IS NULL
                                         AND status = 'PLANNED' AND ends_at <= now()
                                       ORDER BY id
                                         FOR UPDATE)
                           AND replay_announced_at IS NULL
                        RETURNING id""")
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .getResultList();
        return ids;
    }

    /** Who hears of the replay: the members still registered when it ended, confirmed or waiting. */
    List<UUID> replayRecipients(UUID eventId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        SELECT r.member_id FROM event_registration r JOIN member m ON m.id = r.member_id
                         WHERE r.event_id = :event AND r.status IN ('CONFIRMED', 'WAITLISTED') AND m.erased_at IS NULL
                         ORDER BY r.queue_number""")
                .unwrap(NativeQuery.class)
                .addScalar("member_id", UUID.class)
                .setParameter("event", eventId)
                .getResultList();
        return ids;
    }

    List<Sent> sentTo(UUID memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT kind, event_id, sent_at FROM event_reminder_sent WHERE member_id = :member ORDER BY sent_at, kind, event_id")
                .unwrap(NativeQuery.class)
                .addScalar("kind", String.class)
                .addScalar("event_id", UUID.class)
                .addScalar("sent_at", OffsetDateTime.class)
                .setParameter("member", memberId)
                .getResultList();
        return rows.stream()
                .map(r -> new Sent(NotificationKind.valueOf((String) r[0]), (UUID) r[1], (OffsetDateTime) r[2]))
                .toList();
    }

    void deleteSentTo(UUID memberId) {
        em.createNativeQuery("DELETE FROM event_reminder_sent WHERE member_id = :member")
                .setParameter("member", memberId)
                .executeUpdate();
    }
}
