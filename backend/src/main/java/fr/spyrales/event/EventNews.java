package fr.spyrales.event;

import fr.spyrales.member.NotificationKind;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Something a member must hear about an event (registered, waitlisted, promoted, cancelled, reminded, replay): fired
 * synchronously inside the transaction that caused it, observed by the notifications, which write the in-app
 * notification and queue the mail (it leaves once the transaction commits). One news per recipient.
 *
 * @param kind one of the EVENT_* kinds
 * @param recipient the member to tell
 * @param position the place on the waitlist for {@code EVENT_WAITLISTED}, else null
 * @param reason the organisers' reason for {@code EVENT_CANCELLED}, else null
 */
public record EventNews(
        NotificationKind kind,
        UUID recipient,
        UUID eventId,
        String eventTitle,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String place,
        boolean online,
        Integer position,
        String reason,
        String replayUrl,
        String slidesUrl) {}
