package fr.spyrales.event.calendar;

import fr.spyrales.member.NotificationKind;
import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The member's calendar: whether their personal feed is on (its secret is never exported: only its hash is kept)
 * and the event reminders sent to them. Erasure deletes both.
 */
@ApplicationScoped
public class CalendarPersonalData implements PersonalDataSection<CalendarPersonalData.EventCalendar> {
    static final String KEY = "eventCalendar";

    private final CalendarFeedRepository feeds;
    private final EventReminderRepository reminders;

    CalendarPersonalData(CalendarFeedRepository feeds, EventReminderRepository reminders) {
        this.feeds = feeds;
        this.reminders = reminders;
    }

    @Schema(
            name = "PersonalDataEventCalendar",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record EventCalendar(
            @Schema(
                    description = "Quand l'adresse actuelle de mon agenda personnel a été créée ; absent s'il est"
                            + " désactivé. Seule une empreinte du secret est gardée.")
            OffsetDateTime feedCreatedAt,

            @Schema(required = true, description = "Les rappels d'événements envoyés, les plus anciens d'abord")
            List<Reminder> reminders) {}

    @Schema(name = "PersonalDataEventReminder")
    public record Reminder(
            @Schema(required = true) NotificationKind kind,
            @Schema(required = true) UUID eventId,
            @Schema(required = true) OffsetDateTime sentAt) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public EventCalendar export(UUID memberId) {
        return new EventCalendar(
                feeds.createdAt(memberId).orElse(null),
                reminders.sentTo(memberId).stream()
                        .map(r -> new Reminder(r.kind(), r.eventId(), r.sentAt()))
                        .toList());
    }

    void erase(@Observes MemberErased erased) {
        feeds.delete(erased.memberId());
        reminders.deleteSentTo(erased.memberId());
    }
}
