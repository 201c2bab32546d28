package fr.spyrales.event.calendar;

import static fr.spyrales.event.calendar.CalendarFixtures.events;
import static fr.spyrales.event.calendar.CalendarFixtures.uid;
import static fr.spyrales.event.calendar.CalendarFixtures.uids;
import static fr.spyrales.event.calendar.CalendarFixtures.value;
import static fr.spyrales.support.TestAccounts.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.common.calendar.IcsWriter;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** « Ajouter à mon agenda »: an event's .ics, with the link to join only for those who may see it. */
@QuarkusTest
class EventCalendarTest {
    @Inject
    CalendarFixtures fixtures;

    private static String file(Account account, UUID event) {
        return account.as()
                .get("/api/v1/events/" + event + "/calendar.ics")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract()
                .asString();
    }

    @Test
    void theFileHoldsTheEventAndItsLinkOnlyForConfirmedRegistrantsAndOrganisers() {
        OffsetDateTime start = OffsetDateTime.now().plusDays(10).withNano(0);
        UUID event = fixtures.webinar("Débuter avec le tidyverse", start, start.plusMinutes(90));
        Account confirmed = fixtures.member("Confirmée");
        Account waiting = fixtures.member("Patiente");
        Account stranger = fixtures.member("Curieuse");
        fixtures.confirm(event, confirmed);
        fixtures.register(event, waiting, "WAITLISTED", OffsetDateTime.now());
        String link = CalendarFixtures.ONLINE + event;

        confirmed
                .as()
                .get("/api/v1/events/" + event + "/calendar.ics")
                .then()
                .statusCode(200)
                .header("Content-Type", equalTo(IcsWriter.CONTENT_TYPE))
                .header("Content-Disposition", equalTo("attachment; filename=\"debuter-avec-le-tidyverse.ics\""));
        VEvent vevent = events(file(confirmed, event)).get(0);
        assertEquals(uid(event), value(vevent, "UID"));
        assertEquals("Débuter avec le tidyverse", value(vevent, "SUMMARY"));
        assertEquals(
                "Europe/Paris",
                vevent.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        assertEquals(
                start.toInstant(), ((ZonedDateTime) vevent.getDateTimeStart().getDate()).toInstant());
        assertEquals("0", value(vevent, "SEQUENCE"));
        assertEquals("CONFIRMED", value(vevent, "STATUS"));
        assertTrue(file(confirmed, event).contains(link));
        assertTrue(file(fixtures.animateur("Organisatrice"), event).contains(link));

        for (Account without : new Account[] {waiting, stranger}) {
            String ics = file(without, event);
            assertEquals(uids(ics), java.util.List.of(uid(event)));
            assertFalse(ics.contains(link), "the link is for confirmed registrants only");
        }
    }

    @Test
    void aChangedThenCancelledEventKeepsItsUidWithAHigherSequence() {
        OffsetDateTime start = OffsetDateTime.now().plusDays(5).withNano(0);
        UUID event = fixtures.webinar("Atelier Git", start, start.plusHours(2));
        Account member = fixtures.member("Fidèle");
        String before = file(member, event);
        fixtures.sql(
                "UPDATE event SET starts_at = starts_at + interval '1 hour', sequence = sequence + 1 WHERE id = :id",
                Map.of("id", event));
        fixtures.cancel(event, "Intervenant indisponible");

        VEvent cancelled = events(file(member, event)).get(0);

        assertEquals(uids(before), java.util.List.of(value(cancelled, "UID")));
        assertEquals("2", value(cancelled, "SEQUENCE"));
        assertEquals("CANCELLED", value(cancelled, "STATUS"));
        assertTrue(value(cancelled, "DESCRIPTION").contains("Intervenant indisponible"));
    }

    @Test
    void anUnknownEventIsAFrenchNotFoundAMalformedIdABadRequestAndAnAnonymousCallerIsRefused() {
        Account member = fixtures.member("Perdue");
        member.as()
                .get("/api/v1/events/" + UUID.randomUUID() + "/calendar.ics")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Cet événement n'existe pas."));
        member.as().get("/api/v1/events/pas-un-identifiant/calendar.ics").then().statusCode(400);
        anonymous()
                .get("/api/v1/events/" + UUID.randomUUID() + "/calendar.ics")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
