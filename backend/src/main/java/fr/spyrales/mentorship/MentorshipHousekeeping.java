package fr.spyrales.mentorship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The changes the programme makes by itself: requests that expire, pairings completed at their
 * planned end, and everything open of a member who erases their account.
 */
@ApplicationScoped
public class MentorshipHousekeeping {
    private final MentorshipRepository mentorships;
    private final MentorshipHistory history;
    private final MentorshipConfig config;
    private final Event<MentorshipChanged> changes;

    MentorshipHousekeeping(
            MentorshipRepository mentorships,
            MentorshipHistory history,
            MentorshipConfig config,
            Event<MentorshipChanged> changes) {
        this.mentorships = mentorships;
        this.history = history;
        this.config = config;
        this.changes = changes;
    }

    /**
     * Pairings that reached their planned end date are completed by the programme (feedback is then
     * asked of both). Safe to run on several instances at once.
     */
    @Transactional
    public int completeDue() {
        List<Mentorship> due = mentorships.lockPastPlannedEnd(LocalDate.now());
        OffsetDateTime now = OffsetDateTime.now();
        for (Mentorship m : due) {
            MentorshipStatus from = m.status;
            m.status = MentorshipStatus.COMPLETED;
            m.endedAt = now;
            m.updatedAt = now;
            history.record(m, from, null, ChangeReason.PLANNED_END_REACHED, null);
            changes.fire(new MentorshipChanged(m.id, from, MentorshipStatus.COMPLETED, null, false));
        }
        return due.size();
    }

    /** Requests left unanswered too long expire. Safe to run on several instances at once. */
    @Transactional
    public int expireOverdue() {
        List<Mentorship> overdue =
                mentorships.lockPendingSince(OffsetDateTime.now().minusDays(config.expiryDays()));
        OffsetDateTime now = OffsetDateTime.now();
        for (Mentorship m : overdue) {
            m.status = MentorshipStatus.EXPIRED;
            m.updatedAt = now;
            history.record(m, MentorshipStatus.PENDING, null, ChangeReason.NO_ANSWER, null);
            changes.fire(new MentorshipChanged(m.id, MentorshipStatus.PENDING, MentorshipStatus.EXPIRED, null, false));
        }
        return overdue.size();
    }

    /**
     * Ends every open request and pairing of a member who leaves (account erasure): their requests
     * are withdrawn, requests to them declined, pairings cancelled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void closeAllOf(UUID memberId) {
        OffsetDateTime now = OffsetDateTime.now();
        for (Mentorship m : mentorships.lockOpenOf(memberId)) {
            MentorshipStatus from = m.status;
            m.status = from == MentorshipStatus.PENDING
                    ? (m.isMentee(memberId) ? MentorshipStatus.WITHDRAWN : MentorshipStatus.DECLINED)
                    : MentorshipStatus.CANCELLED;
            m.updatedAt = now;
            if (m.status == MentorshipStatus.CANCELLED) {
                m.endedAt = now;
            }
            history.record(m, from, null, ChangeReason.ACCOUNT_DELETED, null);
            changes.fire(new MentorshipChanged(m.id, from, m.status, null, false));
        }
    }
}
