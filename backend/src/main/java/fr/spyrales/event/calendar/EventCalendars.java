package fr.spyrales.event.calendar;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.PublicUrl;
import fr.spyrales.common.calendar.CalendarEntry;
import fr.spyrales.common.calendar.IcsWriter;
import fr.spyrales.event.Event;
import fr.spyrales.event.EventRegistrationRepository;
import fr.spyrales.event.EventRepository;
import fr.spyrales.event.RegistrationStatus;
import fr.spyrales.mail.MailAttachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * The calendar files of events: one event's file (« Ajouter à mon agenda » and the mails), and a member's personal
 * feed of the events they hold a confirmed seat at. The link to join online is written only for those who may see
 * it: organisers and confirmed registrants.
 */
@ApplicationScoped
public class EventCalendars {
    /** How far back the personal feed keeps the events a member attended. */
    static final Duration FEED_HISTORY = Duration.ofDays(90);

    static final String FEED_NAME = "Spyrales — mes événements";

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final CalendarRepository calendars;
    private final CalendarFeeds feeds;
    private final IcsWriter writer;
    private final PublicUrl publicUrl;

    EventCalendars(
            EventRepository events,
            EventRegistrationRepository registrations,
            CalendarRepository calendars,
            CalendarFeeds feeds,
            IcsWriter writer,
            PublicUrl publicUrl) {
        this.events = events;
        this.registrations = registrations;
        this.calendars = calendars;
        this.feeds = feeds;
        this.writer = writer;
        this.publicUrl = publicUrl;
    }

    /** A calendar file and the name to save it under. */
    public record CalendarFile(String fileName, String text) {}

    /** One event's file, as this member may see it. */
    @Transactional
    public CalendarFile eventFile(UUID eventId, UUID viewerId, boolean organiser) {
        Event event = events.findByIdOptional(eventId)
                .orElseThrow(() -> ApiException.notFound("Cet événement n'existe pas."));
        boolean showLink = organiser || holdsASeat(eventId, viewerId);
        return new CalendarFile(fileName(event), writer.event(entry(event, showLink)));
    }

    /** The personal feed behind this token: 404 for a token that is wrong, revoked or replaced since. */
    @Transactional
    public String feed(String token) {
        UUID memberId = feeds.memberOf(token)
                .orElseThrow(() -> ApiException.notFound(
                        "Cette adresse d'agenda n'est pas (ou plus) valable. Retrouvez la nouvelle dans votre profil,"
                                + " rubrique « Mon agenda »."));
        var since = OffsetDateTime.now().minus(FEED_HISTORY);
        return writer.feed(
                FEED_NAME,
                calendars.confirmedEventsOf(memberId, since).stream()
                        .map(event -> entry(event, true))
                        .toList());
    }

    /**
     * The event's file for a mail to this member (confirmation, promotion, cancellation), inside the caller's
     * transaction; null unless the member holds a confirmed seat, for whom alone the file is meant.
     */
    @Transactional(TxType.MANDATORY)
    public MailAttachment attachmentFor(UUID eventId, UUID memberId) {
        if (!holdsASeat(eventId, memberId)) {
            return null;
        }
        Event event = events.findById(eventId);
        return new MailAttachment(
                fileName(event),
                IcsWriter.CONTENT_TYPE,
                writer.event(entry(event, true)).getBytes(StandardCharsets.UTF_8));
    }

    private boolean holdsASeat(UUID eventId, UUID memberId) {
        return registrations
                .find(eventId, memberId)
                .filter(r -> r.status == RegistrationStatus.CONFIRMED)
                .isPresent();
    }

    private CalendarEntry entry(Event event, boolean showLink) {
        return new CalendarEntry(
                event.id,
                event.title,
                event.description,
                event.startsAt,
                event.endsAt,
                event.place,
                showLink ? event.onlineUrl : null,
                publicUrl.link("/evenements/" + event.id),
                event.sequence,
                event.isCancelled(),
                event.cancellationReason,
                event.updatedAt);
    }

    /** « debuter-avec-le-tidyverse.ics »: the title in plain letters, digits and dashes. */
    static String fileName(Event event) {
        String plain = Normalizer.normalize(event.title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        return (plain.isEmpty() ? "evenement" : plain) + ".ics";
    }
}
