package fr.spyrales.notification;

import fr.spyrales.member.MemberRepository;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.mentorship.MentorshipConfig;
import fr.spyrales.mentorship.MentorshipLookup;
import fr.spyrales.mentorship.session.NextSessionService;
import fr.spyrales.notification.ReminderSentRepository.Claimed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The reminders, each sent once per pairing and person. A reminder belongs to whoever inserts its
 * row in `reminder_sent` ({@link ReminderSentRepository#claimDue}): when several backend instances
 * run at once, the unique key makes the others wait for that transaction, then skip the row. The
 * notification is written in the same transaction, so a failed run sends nothing and leaves the
 * reminder for the next one.
 */
@ApplicationScoped
public class ReminderService {
    private final ReminderSentRepository reminders;
    private final MentorshipLookup mentorships;
    private final MemberRepository members;
    private final Notifier notifier;
    private final MentorshipConfig.Reminders config;
    private final NextSessionService nextSessions;

    ReminderService(
            ReminderSentRepository reminders,
            MentorshipLookup mentorships,
            MemberRepository members,
            Notifier notifier,
            MentorshipConfig config,
            NextSessionService nextSessions) {
        this.nextSessions = nextSessions;
        this.reminders = reminders;
        this.mentorships = mentorships;
        this.members = members;
        this.notifier = notifier;
        this.config = config.reminders();
    }

    /**
     * Sends every reminder that is due and was never sent, a batch per transaction (each whole or not at all);
     * returns how many this call sent.
     */
    public int sendDueReminders() {
        return send(NotificationKind.REMINDER_PENDING_REQUEST, config.pendingDays())
                + send(NotificationKind.REMINDER_NO_SESSION, config.noSessionDays())
                + send(NotificationKind.REMINDER_FEEDBACK, config.feedbackDays());
    }

    /**
     * Reminds both parties of the session they planned, the day before; each reminder once per start, however many
     * instances run the job.
     */
    @Transactional
    public int sendDueSessionReminders() {
        List<Claimed> claimed = reminders.claimDueSessionReminders();
        for (Claimed reminder : claimed) {
            notifier.send(Notice.of(
                            NotificationKind.MENTORSHIP_SESSION_REMINDER,
                            mentorships.pairing(reminder.mentorshipId()),
                            members.findById(reminder.memberId()))
                    .quoting(nextSessions.describe(reminder.mentorshipId())));
        }
        return claimed.size();
    }

    private int send(NotificationKind kind, int days) {
        int sent = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> sendBatch(kind, days));
            sent += batch;
        } while (batch == config.batchSize());
        return sent;
    }

    private int sendBatch(NotificationKind kind, int days) {
        List<Claimed> claimed = reminders.claimDue(kind, days, config.batchSize());
        for (Claimed reminder : claimed) {
            notifier.send(Notice.of(
                    kind, mentorships.pairing(reminder.mentorshipId()), members.findById(reminder.memberId())));
        }
        return claimed.size();
    }
}
