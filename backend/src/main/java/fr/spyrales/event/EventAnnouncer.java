package fr.spyrales.event;

import fr.spyrales.member.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Tells members about an event ({@link EventNews}), inside the caller's transaction. */
@ApplicationScoped
public class EventAnnouncer {
    private final jakarta.enterprise.event.Event<EventNews> news;

    EventAnnouncer(jakarta.enterprise.event.Event<EventNews> news) {
        this.news = news;
    }

    /** Tells this member about the event, as it is now. */
    public void tell(NotificationKind kind, Event event, UUID recipient) {
        news.fire(newsOf(kind, event, recipient, null));
    }

    /** Tells a waitlisted member their place on the list. */
    void tellWaitlisted(Event event, UUID recipient, int position) {
        news.fire(newsOf(NotificationKind.EVENT_WAITLISTED, event, recipient, position));
    }

    private static EventNews newsOf(NotificationKind kind, Event event, UUID recipient, Integer position) {
        return new EventNews(
                kind,
                recipient,
                event.id,
                event.title,
                event.startsAt,
                event.endsAt,
                event.place,
                event.onlineUrl != null,
                position,
                event.cancellationReason,
                event.replayUrl,
                event.slidesUrl);
    }
}
