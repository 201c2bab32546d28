package fr.spyrales.common.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/**
 * The .ics files, read back with ical4j as a calendar client reads them: the event keeps its UID, its times in
 * Europe/Paris (also across the change to winter time), its SEQUENCE and its STATUS.
 */
class IcsWriterTest {
    private static final UUID ID = UUID.fromString("3f1c2f0e-8a4b-4c55-9d1e-2b7a6c0d9e11");
    private static final IcsWriter WRITER = new IcsWriter("Spyrales <ne-pas-repondre@spyrales.fr>");
    private static final String PAGE = "https://spyrales.example/evenements/" + ID;

    private static CalendarEntry webinar(OffsetDateTime start, OffsetDateTime end) {
        return new CalendarEntry(
                ID,
                "Débuter avec le tidyverse",
                "Un atelier **pratique** ; avec des virgules, et des points-virgules.\r\n\r\nDeuxième paragraphe.",
                start,
                end,
                null,
                "https://visio.example/salle-42",
                PAGE,
                3,
                false,
                null,
                OffsetDateTime.parse("2026-11-30T10:15:00Z"));
    }

    /** Reads the file as a client would, and checks it against RFC 5545 and, for METHOD:PUBLISH, RFC 5546. */
    private static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult validation = calendar.validate();
        assertFalse(validation.hasErrors(), validation.toString());
        return calendar;
    }

    private static VEvent only(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Instant instant(Object temporal) {
        return ((ZonedDateTime) temporal).toInstant();
    }

    @Test
    void anEventFileHoldsItsUidItsParisTimesItsSequenceAndItsStatus() throws Exception {
        // A winter afternoon: 14:00–15:30 in Paris is 13:00–14:30 UTC.
        OffsetDateTime start = OffsetDateTime.parse("2027-01-12T14:00:00+01:00");
        String ics = WRITER.event(webinar(start, start.plusMinutes(90)));

        assertTrue(ics.contains("\r\nDTSTART;TZID=Europe/Paris:20270112T140000\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND;TZID=Europe/Paris:20270112T153000\r\n"), ics);
        assertTrue(ics.contains("\r\nMETHOD:PUBLISH\r\n"), "an event to add, not an invitation to answer");
        Calendar calendar = parse(ics);
        VEvent event = only(calendar);
        assertEquals("event-" + ID + "@spyrales.fr", value(event, "UID"));
        assertEquals("3", value(event, "SEQUENCE"));
        assertEquals("CONFIRMED", value(event, "STATUS"));
        assertEquals("Débuter avec le tidyverse", value(event, "SUMMARY"));
        assertEquals(
                Instant.parse("2027-01-12T13:00:00Z"),
                instant(event.getDateTimeStart().getDate()));
        assertEquals(
                Instant.parse("2027-01-12T14:30:00Z"),
                instant(event.getDateTimeEnd().getDate()));
        assertEquals(
                "Europe/Paris",
                event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertEquals(1, zones.size());
        assertEquals("Europe/Paris", zones.get(0).getTimeZoneId().getValue());
        assertEquals(PAGE, value(event, "URL"));
        assertEquals("mailto:ne-pas-repondre@spyrales.fr", value(event, "ORGANIZER"), "RFC 5546 asks for one");
        assertTrue(value(event, "DESCRIPTION").contains("https://visio.example/salle-42"));
        assertTrue(value(event, "DESCRIPTION").contains("avec des virgules, et des points-virgules.\n\nDeuxième"));
        assertEquals("https://visio.example/salle-42", value(event, "LOCATION"), "online only: the link is where");
    }

    @Test
    void anEventAcrossTheOctoberChangeToWinterTimeKeepsItsRealDuration() throws Exception {
        // Paris goes back from 03:00 CEST to 02:00 CET on 25 October 2026: 01:30 CEST plus three hours is 03:30 CET.
        OffsetDateTime start = OffsetDateTime.parse("2026-10-25T01:30:00+02:00");
        OffsetDateTime end = start.plusHours(3);
        assertEquals(
                ZoneOffset.ofHours(1), end.atZoneSameInstant(IcsWriter.PARIS).getOffset(), "the test's premise");

        String ics = WRITER.event(webinar(start, end));

        assertTrue(ics.contains("\r\nDTSTART;TZID=Europe/Paris:20261025T013000\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND;TZID=Europe/Paris:20261025T033000\r\n"), ics);
        VEvent event = only(parse(ics));
        assertEquals(start.toInstant(), instant(event.getDateTimeStart().getDate()));
        assertEquals(end.toInstant(), instant(event.getDateTimeEnd().getDate()));
        assertEquals(
                LocalDateTime.parse("2026-10-25T03:30"),
                ((ZonedDateTime) event.getDateTimeEnd().getDate()).toLocalDateTime());
    }

    @Test
    void theTimeZoneHoldsTheRulesInForceTodayAndGivesSummerTimesTheirOffset() throws Exception {
        OffsetDateTime summer = OffsetDateTime.parse("2027-06-15T09:30:00+02:00");
        Calendar calendar = parse(WRITER.event(webinar(summer, summer.plusHours(1))));

        VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertEquals(2, zone.getObservances().size(), "one STANDARD and one DAYLIGHT rule, as Outlook writes them");
        assertEquals(
                Instant.parse("2027-06-15T07:30:00Z"),
                instant(only(calendar).getDateTimeStart().getDate()));
    }

    @Test
    void aCancelledEventSaysSoWithAHigherSequence() throws Exception {
        OffsetDateTime start = OffsetDateTime.parse("2027-03-02T10:00:00+01:00");
        CalendarEntry planned = webinar(start, start.plusHours(1));
        CalendarEntry cancelled = new CalendarEntry(
                ID,
                planned.title(),
                planned.description(),
                start,
                start.plusHours(1),
                "Salle Marianne, Paris",
                null,
                PAGE,
                planned.sequence() + 1,
                true,
                "L'intervenante est malade",
                planned.updatedAt().plusDays(1));

        VEvent event = only(parse(WRITER.event(cancelled)));

        assertEquals("CANCELLED", value(event, "STATUS"));
        assertEquals("4", value(event, "SEQUENCE"));
        assertEquals("event-" + ID + "@spyrales.fr", value(event, "UID"), "the same event for the clients");
        assertEquals("Annulé : Débuter avec le tidyverse", value(event, "SUMMARY"));
        assertEquals("Salle Marianne, Paris", value(event, "LOCATION"));
        assertTrue(value(event, "DESCRIPTION").startsWith("Événement annulé : L'intervenante est malade"));
    }

    @Test
    void theOnlineLinkIsWrittenOnlyWhenTheReaderMaySeeIt() throws Exception {
        OffsetDateTime start = OffsetDateTime.parse("2027-03-02T10:00:00+01:00");
        CalendarEntry withLink = webinar(start, start.plusHours(1));
        CalendarEntry withoutLink = new CalendarEntry(
                ID,
                withLink.title(),
                withLink.description(),
                start,
                start.plusHours(1),
                null,
                null,
                PAGE,
                0,
                false,
                null,
                withLink.updatedAt());

        String ics = WRITER.event(withoutLink);

        parse(ics);
        assertFalse(ics.contains("visio.example"), ics);
        assertTrue(ics.contains("\r\nLOCATION:En ligne\r\n"), ics);
    }

    @Test
    void aFeedNamesItselfAndHoldsEveryEventWithOneTimeZone() throws Exception {
        OffsetDateTime start = OffsetDateTime.parse("2027-01-12T14:00:00+01:00");
        CalendarEntry first = webinar(start, start.plusHours(1));
        UUID otherId = UUID.randomUUID();
        CalendarEntry second = new CalendarEntry(
                otherId,
                "Rencontres Spyrales 2027",
                "",
                start.plusDays(30),
                start.plusDays(31),
                "Lyon",
                null,
                "https://spyrales.example/evenements/" + otherId,
                0,
                false,
                null,
                first.updatedAt());

        String ics = WRITER.feed("Spyrales — mes événements", List.of(first, second));

        Calendar calendar = parse(ics);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(
                List.of("event-" + ID + "@spyrales.fr", "event-" + otherId + "@spyrales.fr"),
                events.stream().map(e -> value(e, "UID")).toList());
        assertEquals(1, calendar.getComponents("VTIMEZONE").size());
        assertEquals(
                "Spyrales — mes événements",
                calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        assertTrue(ics.contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n"), ics);
    }
}
