package fr.spyrales.event.calendar;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Looks for due event reminders and replays every few minutes, so that the hour's reminder leaves close to its
 * hour. Every instance may run it: each mail still goes out once.
 */
@ApplicationScoped
class EventReminderJob {
    private static final Logger LOG = Logger.getLogger(EventReminderJob.class);
    private final EventReminders reminders;

    EventReminderJob(EventReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(
            identity = "event-reminders",
            every = "${spyrales.events.reminder-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        int sent = reminders.sendDue();
        if (sent > 0) {
            LOG.infof("Sent %d event reminder(s) and replay announcement(s)", sent);
        }
    }
}
