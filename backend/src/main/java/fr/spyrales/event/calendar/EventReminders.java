package fr.spyrales.event.calendar;

import fr.spyrales.event.Event;
import fr.spyrales.event.EventAnnouncer;
import fr.spyrales.event.EventChanged;
import fr.spyrales.event.EventRepository;
import fr.spyrales.event.calendar.EventReminderRepository.Claimed;
import fr.spyrales.member.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The mails around an event: reminders 24 hours and 1 hour before to the members with a confirmed seat, and once
 * the event is over and its replay added, the replay's links to those who were registered (confirmed or waiting).
 * A replay added once the event is over is announced at once; the job catches the others. Each is sent once,
 * however many instances run the job at once: a reminder belongs to whoever inserts its row
 * ({@link EventReminderRepository#claimDue}), a replay to whoever marks the event announced. The notifications and
 * mails are written in the same transaction, so a failed run sends nothing and leaves them to the next one.
 */
@ApplicationScoped
public class EventReminders {
    static final Duration DAY_BEFORE = Duration.ofHours(24);
    static final Duration HOUR_BEFORE = Duration.ofHours(1);

    private final EventReminderRepository reminders;
    private final EventRepository events;
    private final EventAnnouncer announcer;

    EventReminders(EventReminderRepository reminders, EventRepository events, EventAnnouncer announcer) {
        this.reminders = reminders;
        this.events = events;
        this.announcer = announcer;
    }

    /** Sends every reminder and replay announcement that is due and was never sent; returns how many mails. */
    @Transactional
    public int sendDue() {
        return remind(NotificationKind.EVENT_REMINDER_DAY, DAY_BEFORE, HOUR_BEFORE)
                + remind(NotificationKind.EVENT_REMINDER_HOUR, HOUR_BEFORE, Duration.ZERO)
                + announceReplays();
    }

    private int remind(NotificationKind kind, Duration lead, Duration nextLead) {
        List<Claimed> claimed = reminders.claimDue(kind, lead, nextLead);
        Map<UUID, Event> byId = new HashMap<>();
        for (Claimed reminder : claimed) {
            Event event = byId.computeIfAbsent(reminder.eventId(), events::findById);
            announcer.tell(kind, event, reminder.memberId());
        }
        return claimed.size();
    }

    private int announceReplays() {
        int told = 0;
        for (UUID eventId : reminders.claimReplaysToAnnounce()) {
            told += tellReplay(events.findById(eventId));
        }
        return told;
    }

    /**
     * A replay added to an event that is over is announced at once, in the organiser's transaction (which holds the
     * event's lock: a job running meanwhile waits, then finds it announced). One added earlier waits for the job.
     */
    void onChanged(@Observes EventChanged changed) {
        if (!changed.changes().contains(EventChanged.Change.REPLAY_ADDED)) {
            return;
        }
        Event event = events.findById(changed.eventId());
        if (event.replayUrl != null
                && event.replayAnnouncedAt == null
                && !event.isCancelled()
                && event.hasEnded(OffsetDateTime.now())) {
            event.replayAnnouncedAt = OffsetDateTime.now();
            tellReplay(event);
        }
    }

    private int tellReplay(Event event) {
        List<UUID> recipients = reminders.replayRecipients(event.id);
        recipients.forEach(member -> announcer.tell(NotificationKind.EVENT_REPLAY, event, member));
        return recipients.size();
    }
}
