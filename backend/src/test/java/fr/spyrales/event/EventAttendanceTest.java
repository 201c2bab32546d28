package fr.spyrales.event;

import static fr.spyrales.event.EventFixtures.EVENTS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.event.EventFixtures.Started;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who attended: organisers mark it, members check in during the event, and a member's page counts it. */
@QuarkusTest
class EventAttendanceTest {
    @Inject
    EventFixtures fixtures;

    @Test
    void organisersMarkTheAttendanceOfConfirmedRegistrantsOnceTheEventStartedAndTheMembersPageCountsIt() {
        Account organiser = fixtures.animateur();
        UUID event = fixtures.event(organiser, 1);
        Account attendee = fixtures.member("Inès");
        Account waiting = fixtures.member("Bruno");
        fixtures.register(attendee, event);
        fixtures.register(waiting, event);
        String attendance = EVENTS + "/" + event + "/registrations/" + attendee.id() + "/attendance";

        organiser.as().put(attendance).then().statusCode(422).body("detail", containsString("commencé"));
        fixtures.startedMinutesAgo(organiser, event, 10);
        attendee.as().put(attendance).then().statusCode(403);
        organiser.as().put(attendance).then().statusCode(204);
        organiser.as().put(attendance).then().statusCode(204);
        organiser
                .as()
                .put(EVENTS + "/" + event + "/registrations/" + waiting.id() + "/attendance")
                .then()
                .statusCode(409);
        organiser
                .as()
                .put(EVENTS + "/" + event + "/registrations/" + UUID.randomUUID() + "/attendance")
                .then()
                .statusCode(404);

        assertEquals(true, fixtures.get(attendee, event).getBoolean("myRegistration.attended"));
        organiser
                .as()
                .queryParam("status", "CONFIRMED")
                .get(EVENTS + "/" + event + "/registrations")
                .then()
                .statusCode(200)
                .body("items[0].memberId", equalTo(attendee.id().toString()))
                .body("items[0].attended", equalTo(true));
        fixtures.member("Paul")
                .as()
                .get("/api/v1/members/" + attendee.id())
                .then()
                .statusCode(200)
                .body("eventsAttended", equalTo(1));

        organiser.as().delete(attendance).then().statusCode(204);
        assertEquals(false, fixtures.get(attendee, event).getBoolean("myRegistration.attended"));
        attendee.as().get("/api/v1/members/" + attendee.id()).then().body("eventsAttended", equalTo(0));
    }

    @Test
    void aConfirmedMemberChecksInFromAQuarterOfAnHourBeforeTheStartUntilTheEnd() {
        Account organiser = fixtures.animateur();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        UUID soon = fixtures.create(
                organiser,
                EventFixtures.body(Map.of(
                        "startsAt", now.plusMinutes(10).toString(),
                        "endsAt", now.plusMinutes(70).toString())));
        UUID later = fixtures.create(
                organiser,
                EventFixtures.body(Map.of(
                        "startsAt", now.plusMinutes(60).toString(),
                        "endsAt", now.plusMinutes(120).toString())));
        Account member = fixtures.member("Inès");
        Account outsider = fixtures.member("Paul");
        fixtures.register(member, soon);
        fixtures.register(member, later);

        member.as()
                .post(EVENTS + "/" + later + "/check-in")
                .then()
                .statusCode(422)
                .body("detail", containsString("15 minutes"));
        outsider.as().post(EVENTS + "/" + soon + "/check-in").then().statusCode(409);
        member.as().post(EVENTS + "/" + soon + "/check-in").then().statusCode(204);
        member.as().post(EVENTS + "/" + soon + "/check-in").then().statusCode(204);
        assertEquals(true, fixtures.get(member, soon).getBoolean("myRegistration.attended"));

        fixtures.ended(organiser, soon);
        member.as().post(EVENTS + "/" + soon + "/check-in").then().statusCode(422);
        outsider.as().get("/api/v1/members/" + member.id()).then().body("eventsAttended", equalTo(1));
    }

    @Test
    void theRegistrantsExportIsASpreadsheetInFrenchForOrganisersOnly() {
        Started started = fixtures.startedWithOneRegistrant(5);
        started.organiser()
                .as()
                .put(EVENTS + "/" + started.event() + "/registrations/"
                        + started.attendee().id() + "/attendance")
                .then()
                .statusCode(204);
        byte[] csv = started.organiser()
                .as()
                .accept("text/csv")
                .get(EVENTS + "/" + started.event() + "/registrations.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .extract()
                .asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertEquals("nom;organisation;statut;position;inscrit le;présent", lines[0]);
        assertEquals(2, lines.length, text);
        assertTrue(lines[1].startsWith("Inès Participant;;confirmé;;"), lines[1]);
        assertTrue(lines[1].endsWith(";oui"), lines[1]);

        started.attendee()
                .as()
                .accept("text/csv")
                .get(EVENTS + "/" + started.event() + "/registrations.csv")
                .then()
                .statusCode(403);
        started.attendee()
                .as()
                .get(EVENTS + "/" + started.event() + "/registrations")
                .then()
                .statusCode(403);
    }
}
