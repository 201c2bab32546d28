package fr.spyrales.common.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes events as iCalendar (RFC 5545), the way Thunderbird, Outlook, Apple's and Google's calendars read them:
 * {@code METHOD:PUBLISH} (an event to add, not a meeting invitation awaiting an answer), one VEVENT per event with a
 * UID that never changes, its times as {@code DTSTART;TZID=Europe/Paris} beside the zone's {@code VTIMEZONE}, the
 * event's SEQUENCE (so that a client replaces its copy when the event moves) and {@code STATUS:CANCELLED} once it is
 * cancelled. The same UID in the file of one event, the confirmation mail and the personal feed makes them one event
 * in a calendar.
 */
@ApplicationScoped
public class IcsWriter {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The media type of every file written here, with the iTIP method clients look for in mails. */
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private static final String PRODUCT = "-//Spyrales//Evenements//FR";
    private static final String UID_DOMAIN = "@spyrales.fr";
    /** How often a subscribed client should read the feed again (RFC 7986, and Outlook's own property). */
    private static final Duration REFRESH = Duration.ofHours(1);

    private static final VTimeZone PARIS_ZONE = currentRules(PARIS);

    private static final Pattern ADDRESS = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>|^([^<>\\s]+@[^<>\\s]+)$");

    /** The required ORGANIZER of a published event (RFC 5546): Spyrales, at the address its mails come from. */
    private final Organizer organizer;

    IcsWriter(@ConfigProperty(name = "quarkus.mailer.from") String mailFrom) {
        Matcher address = ADDRESS.matcher(mailFrom.strip());
        if (!address.find()) {
            throw new IllegalStateException("quarkus.mailer.from holds no mail address: " + mailFrom);
        }
        String mail = address.group(1) != null ? address.group(1) : address.group(2);
        this.organizer = new Organizer(new ParameterList(List.of(new Cn("Spyrales"))), URI.create("mailto:" + mail));
    }

    /** The identifier of an event in every calendar, forever. */
    public static String uid(UUID eventId) {
        return "event-" + eventId + UID_DOMAIN;
    }

    /** How the description names the thing a file is about, and its page. */
    public record Wording(String cancelled, String joinOnline, String page) {
        static final Wording EVENT = new Wording(
                "Événement annulé", "Pour rejoindre l'événement en ligne : ", "Page de l'événement sur Spyrales : ");
    }

    /** The file of one event (« Ajouter à mon agenda », the confirmation mail). */
    public String event(CalendarEntry entry) {
        return write(List.of(entry), null, e -> uid(e.eventId()), Wording.EVENT);
    }

    /**
     * The file of something else than an event (a pairing's planned session), under its own UID: `entry.eventId()`
     * is then that thing's identifier, and `uid` names it in every calendar.
     */
    public String other(String uid, CalendarEntry entry, Wording wording) {
        return write(List.of(entry), null, e -> uid, wording);
    }

    /** A subscribed calendar of these events, named as the client will show it. */
    public String feed(String name, List<CalendarEntry> entries) {
        return write(entries, name, e -> uid(e.eventId()), Wording.EVENT);
    }

    private String write(
            List<CalendarEntry> entries,
            String feedName,
            java.util.function.Function<CalendarEntry, String> uids,
            Wording wording) {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withDefaults()
                .withProperty(ImmutableMethod.PUBLISH)
                .getFluentTarget();
        if (feedName != null) {
            calendar.add(new XProperty("X-WR-CALNAME", feedName));
            calendar.add(new XProperty("X-WR-TIMEZONE", PARIS.getId()));
            calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
            calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        }
        calendar.add(PARIS_ZONE);
        entries.forEach(entry -> calendar.add(vevent(entry, uids.apply(entry), wording)));
        StringWriter text = new StringWriter();
        try {
            // Checked by the tests (IcsWriterTest validates what is written); a member still gets their file.
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private VEvent vevent(CalendarEntry entry, String uid, Wording wording) {
        VEvent event = new VEvent(
                entry.startsAt().atZoneSameInstant(PARIS),
                entry.endsAt().atZoneSameInstant(PARIS),
                entry.cancelled() ? "Annulé : " + entry.title() : entry.title());
        event.add(new Uid(uid));
        event.add(new Sequence(entry.sequence()));
        event.add(organizer);
        event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new LastModified(entry.updatedAt().toInstant()));
        event.add(new Location(location(entry)));
        event.add(new Url(URI.create(entry.pageUrl())));
        event.add(new Description(description(entry, wording)));
        return event;
    }

    /** Where to go: the place, else the link to join (for who may see it), else « En ligne ». */
    private static String location(CalendarEntry entry) {
        if (entry.place() != null) {
            return entry.place();
        }
        return entry.onlineUrl() != null ? entry.onlineUrl() : "En ligne";
    }

    private static String description(CalendarEntry entry, Wording wording) {
        List<String> parts = new ArrayList<>();
        if (entry.cancelled()) {
            parts.add(wording.cancelled()
                    + (entry.cancellationReason() == null ? "." : " : " + entry.cancellationReason()));
        }
        if (entry.onlineUrl() != null) {
            parts.add(wording.joinOnline() + entry.onlineUrl());
        }
        parts.add(wording.page() + entry.pageUrl());
        if (entry.description() != null && !entry.description().isBlank()) {
            // Browsers send CRLF line ends: iCalendar escapes a line feed, never a carriage return.
            parts.add(entry.description().strip().replace("\r\n", "\n").replace('\r', '\n'));
        }
        return String.join("\n\n", parts);
    }

    /**
     * The zone's VTIMEZONE with only the rules in force today (one STANDARD, one DAYLIGHT, each a yearly RRULE),
     * as Outlook and Google write it: ical4j's bundled definition goes back to 1891, which every event here follows.
     */
    private static VTimeZone currentRules(ZoneId zone) {
        VTimeZone full = TimeZoneRegistryFactory.getInstance()
                .createRegistry()
                .getTimeZone(zone.getId())
                .getVTimeZone();
        Map<String, Observance> latest = new LinkedHashMap<>();
        for (Observance observance : full.getObservances()) {
            latest.merge(
                    observance.getName(),
                    observance,
                    (a, b) ->
                            a.getStartDate().getDate().isAfter(b.getStartDate().getDate()) ? a : b);
        }
        return new VTimeZone(
                new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(List.copyOf(latest.values())));
    }
}
