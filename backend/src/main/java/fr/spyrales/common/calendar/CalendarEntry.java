package fr.spyrales.common.calendar;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a calendar shows of one event, as one member may see it.
 *
 * @param description the event's description (Markdown, written as it is: calendars show plain text)
 * @param onlineUrl the link to join, only for a reader allowed to see it (a confirmed registrant or an organiser),
 *     else null
 * @param pageUrl the event's page in Spyrales, absolute
 * @param sequence the event's iCalendar SEQUENCE, raised on every change a calendar shows
 * @param cancellationReason the organisers' reason when the event is cancelled, else null
 */
public record CalendarEntry(
        UUID eventId,
        String title,
        String description,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String place,
        String onlineUrl,
        String pageUrl,
        int sequence,
        boolean cancelled,
        String cancellationReason,
        OffsetDateTime updatedAt) {}
