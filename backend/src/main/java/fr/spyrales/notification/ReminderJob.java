package fr.spyrales.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Sends the due reminders every hour. Every instance may run it: each reminder still goes out once. */
@ApplicationScoped
public class ReminderJob {
    private static final Logger LOG = Logger.getLogger(ReminderJob.class);
    private final ReminderService reminders;

    ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    /**
     * The reminders of planned sessions, every quarter of an hour so that each leaves close to a day before its
     * session. Every instance may run it: each reminder still goes out once (a row of
     * mentorship_session_reminder_sent).
     */
    @Scheduled(
            identity = "mentorship-session-reminders",
            every = "15m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDueSessionReminders() {
        int sent = reminders.sendDueSessionReminders();
        if (sent > 0) {
            LOG.infof("Sent %d planned-session reminder(s)", sent);
        }
    }

    @Scheduled(
            identity = "mentorship-reminders",
            every = "1h",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDueReminders() {
        int sent = reminders.sendDueReminders();
        if (sent > 0) {
            LOG.infof("Sent %d mentorship reminder(s)", sent);
        }
    }
}
