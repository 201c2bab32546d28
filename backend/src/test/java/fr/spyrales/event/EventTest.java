package fr.spyrales.event;

import static fr.spyrales.event.EventFixtures.EVENTS;
import static fr.spyrales.event.EventFixtures.body;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.member.NotificationKind;
import fr.spyrales.notification.Inbox;
import fr.spyrales.support.KeysetPaging;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Organising events and registering to them: who may, what each sees, and what each is told. */
@QuarkusTest
class EventTest {
    @Inject
    EventFixtures fixtures;

    @Inject
    Inbox inbox;

    @Test
    void anAnimateurCreatesAnEventThatEveryMemberSeesButOnlyOrganisersMayCreate() {
        Account organiser = fixtures.animateur();
        UUID event = UUID.fromString(organiser
                .as()
                .body(body(Map.of(
                        "capacity",
                        30,
                        "level",
                        "BEGINNER",
                        "speakers",
                        List.of(Map.of("memberId", organiser.id().toString()), Map.of("name", "Marie Dupont")),
                        "description",
                        "Avec **dplyr**. <script>alert(1)</script>")))
                .post(EVENTS)
                .then()
                .statusCode(201)
                .header("Location", containsString(EVENTS + "/"))
                .body("status", equalTo("PLANNED"))
                .body("capacity", equalTo(30))
                .body("seatsLeft", equalTo(30))
                .body("confirmedCount", equalTo(0))
                .body("speakers.name", equalTo(List.of("Karim Animateur", "Marie Dupont")))
                .body("speakers[1].memberId", nullValue())
                .body("descriptionHtml", containsString("<strong>dplyr</strong>"))
                .body("descriptionHtml", not(containsString("<script")))
                .body("canEdit", equalTo(true))
                .body("registrationOpen", equalTo(true))
                .body("onlineUrl", equalTo("https://webinaire.numerique.gouv.fr/meeting/tidyverse"))
                .extract()
                .path("id"));

        Account member = fixtures.member("Paul");
        member.as()
                .get(EVENTS + "/" + event)
                .then()
                .statusCode(200)
                .body("canEdit", equalTo(false))
                .body("online", equalTo(true))
                .body("onlineUrl", nullValue())
                .body("myRegistration", nullValue());
        // Other tests add upcoming events to the same application: look through every page, not the first only.
        assertTrue(
                KeysetPaging.idsByCursor(member::as, EVENTS, 100).contains(event.toString()),
                "a member sees the new event in the list");
        member.as()
                .body(body(Map.of()))
                .post(EVENTS)
                .then()
                .statusCode(403)
                .body("detail", containsString("animateurs"));
        member.as()
                .body(Map.of("title", "Autre"))
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(403);
        member.as().delete(EVENTS + "/" + event).then().statusCode(403);
        member.as().get(EVENTS + "/" + UUID.randomUUID()).then().statusCode(404);
        fixtures.admin()
                .as()
                .body(Map.of("title", "Débuter avec dplyr"))
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(200);
    }

    @Test
    void theOnlineLinkIsShownToConfirmedRegistrantsAndOrganisersOnlyNeverToTheWaitlist() {
        Account organiser = fixtures.animateur();
        UUID event = fixtures.event(organiser, 1);
        Account confirmed = fixtures.member("Anne");
        Account waiting = fixtures.member("Bruno");
        Account outsider = fixtures.member("Chloé");
        fixtures.register(confirmed, event);
        assertEquals(1, fixtures.register(waiting, event).getInt("position"));

        assertEquals(
                "https://webinaire.numerique.gouv.fr/meeting/tidyverse",
                fixtures.get(confirmed, event).getString("onlineUrl"));
        assertEquals(null, fixtures.get(waiting, event).getString("onlineUrl"));
        assertEquals(null, fixtures.get(outsider, event).getString("onlineUrl"));
        assertEquals("WAITLISTED", fixtures.get(waiting, event).getString("myStatus"));
        assertEquals(1, fixtures.get(waiting, event).getInt("myRegistration.position"));

        // Once promoted, the link appears.
        fixtures.unregister(confirmed, event);
        assertEquals(
                "https://webinaire.numerique.gouv.fr/meeting/tidyverse",
                fixtures.get(waiting, event).getString("onlineUrl"));
        assertEquals(null, fixtures.get(confirmed, event).getString("onlineUrl"));
    }

    @Test
    void registrationClosesAtTheStartAndACancelledEventRefusesRegistrations() {
        Account organiser = fixtures.animateur();
        UUID started = fixtures.event(organiser, null);
        fixtures.startedMinutesAgo(organiser, started, 5);
        fixtures.member("Anne")
                .as()
                .post(EVENTS + "/" + started + "/registration")
                .then()
                .statusCode(422)
                .body("detail", equalTo("Les inscriptions sont closes : l'événement a commencé."));
        assertEquals(false, fixtures.get(organiser, started).getBoolean("registrationOpen"));

        UUID cancelled = fixtures.event(organiser, null);
        organiser
                .as()
                .body(Map.of("reason", "Intervenante malade"))
                .post(EVENTS + "/" + cancelled + "/cancel")
                .then()
                .statusCode(200);
        fixtures.member("Bruno")
                .as()
                .post(EVENTS + "/" + cancelled + "/registration")
                .then()
                .statusCode(409)
                .body("detail", containsString("annulé"));
    }

    @Test
    void cancellingAnEventTellsEveryConfirmedAndWaitlistedRegistrantWithTheReason() {
        Account organiser = fixtures.animateur();
        UUID event = fixtures.event(organiser, 1);
        Account confirmed = fixtures.member("Anne");
        Account waiting = fixtures.member("Bruno");
        Account leftBefore = fixtures.member("Chloé");
        fixtures.register(confirmed, event);
        fixtures.register(waiting, event);
        fixtures.register(leftBefore, event);
        fixtures.unregister(leftBefore, event);

        organiser
                .as()
                .body(Map.of("reason", "Intervenante malade"))
                .post(EVENTS + "/" + event + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("Intervenante malade"))
                .body("registrationOpen", equalTo(false));

        for (Account told : List.of(confirmed, waiting)) {
            Map<String, Object> notification = inbox.only(told, NotificationKind.EVENT_CANCELLED);
            assertEquals("/evenements/" + event, notification.get("link"));
            List<Mail> mails = inbox.mailsWithSubject(told, "Événement annulé : « Débuter avec le tidyverse »");
            assertEquals(1, mails.size());
            assertTrue(
                    mails.get(0).getText().contains("Motif : « Intervenante malade »"),
                    mails.get(0).getText());
        }
        assertEquals(0, inbox.count(leftBefore, NotificationKind.EVENT_CANCELLED));

        // The registrations stay for history; the event is flagged in the agenda and may no longer change.
        assertEquals("CONFIRMED", fixtures.get(confirmed, event).getString("myRegistration.status"));
        organiser
                .as()
                .body(Map.of("title", "Nouveau titre"))
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(409);
        organiser
                .as()
                .body(Map.of("reason", "Encore"))
                .post(EVENTS + "/" + event + "/cancel")
                .then()
                .statusCode(409);
        List<Map<String, Object>> listed = confirmed
                .as()
                .queryParam("size", 100)
                .get(EVENTS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.id == '" + event + "' }");
        assertEquals("CANCELLED", listed.get(0).get("status"));
        organiser
                .as()
                .body(Map.of("reason", ""))
                .post(EVENTS + "/" + fixtures.event(organiser, null) + "/cancel")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void registeringConfirmsOrWaitlistsAndTellsTheMemberByMail() {
        Account organiser = fixtures.animateur();
        UUID event = fixtures.event(organiser, 1);
        Account first = fixtures.member("Anne");
        Account second = fixtures.member("Bruno");
        fixtures.register(first, event);
        fixtures.register(second, event);
        inbox.only(first, NotificationKind.EVENT_REGISTERED);
        Map<String, Object> waitlisted = inbox.only(second, NotificationKind.EVENT_WAITLISTED);
        assertTrue(((String) waitlisted.get("body")).contains("en position 1"), waitlisted.toString());
        assertEquals(
                1,
                inbox.mailsWithSubject(first, "Inscription confirmée : « Débuter avec le tidyverse »")
                        .size());

        fixtures.unregister(first, event);
        inbox.only(second, NotificationKind.EVENT_PROMOTED);
        List<Mail> promoted = inbox.mailsWithSubject(second, "Une place s'est libérée");
        assertEquals(1, promoted.size());
        assertTrue(
                promoted.get(0).getText().contains("(heure de Paris)"),
                promoted.get(0).getText());
        assertTrue(!promoted.get(0).getText().contains("{"), promoted.get(0).getText());
    }

    @Test
    void anEventNobodyRegisteredToIsDeletedOtherwiseItMustBeCancelled() {
        Account organiser = fixtures.animateur();
        UUID empty = fixtures.event(organiser, null);
        organiser.as().delete(EVENTS + "/" + empty).then().statusCode(204);
        organiser.as().get(EVENTS + "/" + empty).then().statusCode(404);

        UUID event = fixtures.event(organiser, null);
        Account member = fixtures.member("Anne");
        fixtures.register(member, event);
        fixtures.unregister(member, event);
        organiser.as().delete(EVENTS + "/" + event).then().statusCode(409).body("detail", containsString("Annulez-le"));
    }

    @Test
    void invalidEventsAreRefusedFieldByFieldInFrench() {
        Account organiser = fixtures.animateur();
        OffsetDateTime start = EventFixtures.nextWeek();
        organiser
                .as()
                .body(body(Map.of("endsAt", start.minusHours(1).toString())))
                .post(EVENTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endsAt"))
                .body("errors[0].message", equalTo("La fin de l'événement doit suivre son début."));
        organiser
                .as()
                .body(body(Map.of("endsAt", start.plusDays(4).toString())))
                .post(EVENTS)
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("Un événement dure au plus trois jours."));
        Map<String, Object> nowhere = body(Map.of());
        nowhere.remove("onlineUrl");
        organiser
                .as()
                .body(nowhere)
                .post(EVENTS)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("place", "onlineUrl")));
        organiser
                .as()
                .body(body(Map.of("onlineUrl", "http://visio.example.org")))
                .post(EVENTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("onlineUrl"))
                .body("errors[0].message", equalTo("Indiquez une adresse en https://."));
        organiser
                .as()
                .body(body(Map.of("topics", List.of("astrologie"))))
                .post(EVENTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("topics"));
        organiser
                .as()
                .body(body(Map.of(
                        "speakers", List.of(Map.of("memberId", organiser.id().toString(), "name", "X")))))
                .post(EVENTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("speakers[0]"));
        organiser
                .as()
                .body(body(Map.of("capacity", 0)))
                .post(EVENTS)
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("La capacité va de 1 à 10 000 places."));
        organiser
                .as()
                .body(body(Map.of("startsAt", "9999-01-01T10:00:00Z", "endsAt", "9999-01-01T11:00:00Z")))
                .post(EVENTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("startsAt"));

        organiser
                .as()
                .body(body(Map.of("title", "\u2003\u2003\u2003")))
                .post(EVENTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("title"));
        organiser
                .as()
                .body(body(Map.of("title", "  😀😀  ")))
                .post(EVENTS)
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("Le titre fait entre 3 et 150 caractères."));

        UUID event = fixtures.event(organiser, null);
        organiser
                .as()
                .body(Map.of("reason", "  ab   "))
                .post(EVENTS + "/" + event + "/cancel")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        organiser
                .as()
                .body(Map.of("place", "\u2003"))
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("place"));
        organiser
                .as()
                .body(Map.of("replayUrl", "https://tube.numerique.gouv.fr/w/tidyverse"))
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("replayUrl"));
        organiser
                .as()
                .body("{\"onlineUrl\": null}")
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("place"));
    }

    @Test
    void theReplayAndSlidesAreAddedOnceTheEventHasStartedAndShowInThePastList() {
        Account organiser = fixtures.animateur();
        UUID event = fixtures.create(organiser, body(Map.of("title", "Webinaire replay " + UUID.randomUUID())));
        fixtures.ended(organiser, event);
        organiser
                .as()
                .body(Map.of(
                        "replayUrl", "https://tube.numerique.gouv.fr/w/tidyverse",
                        "slidesUrl", "https://exemple.gouv.fr/support.pdf"))
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(200)
                .body("replayUrl", equalTo("https://tube.numerique.gouv.fr/w/tidyverse"))
                .body("hasReplay", equalTo(true));
        Account member = fixtures.member("Paul");
        List<String> past = member.as()
                .queryParam("when", "PAST")
                .queryParam("size", 100)
                .get(EVENTS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertTrue(past.contains(event.toString()));
        List<String> upcoming = member.as()
                .queryParam("size", 100)
                .get(EVENTS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertTrue(!upcoming.contains(event.toString()));
        // Clearing with null.
        organiser
                .as()
                .body("{\"slidesUrl\": null}")
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(200)
                .body("slidesUrl", nullValue())
                .body("replayUrl", equalTo("https://tube.numerique.gouv.fr/w/tidyverse"));
    }

    @Test
    void theAgendaListsUpcomingEventsSoonestFirstAndFilters() {
        Account organiser = fixtures.animateur();
        String tag = "zq" + UUID.randomUUID().toString().substring(0, 6);
        OffsetDateTime start = EventFixtures.nextWeek();
        UUID later = fixtures.create(
                organiser,
                body(Map.of(
                        "title",
                        "Atelier " + tag + " Python",
                        "type",
                        "WORKSHOP",
                        "language",
                        "PYTHON",
                        "level",
                        "ADVANCED",
                        "topics",
                        List.of("python", "pandas"),
                        "startsAt",
                        start.plusDays(2).toString(),
                        "endsAt",
                        start.plusDays(2).plusHours(2).toString())));
        UUID sooner = fixtures.create(
                organiser,
                body(Map.of(
                        "title",
                        "Webinaire " + tag + " R",
                        "level",
                        "BEGINNER",
                        "startsAt",
                        start.plusDays(1).toString(),
                        "endsAt",
                        start.plusDays(1).plusHours(1).toString())));
        UUID allLevels = fixtures.create(
                organiser,
                body(Map.of(
                        "title",
                        "Rencontre " + tag,
                        "type",
                        "MEETUP",
                        "language",
                        "BOTH",
                        "place",
                        "Insee, Montrouge",
                        "startsAt",
                        start.plusDays(3).toString(),
                        "endsAt",
                        start.plusDays(3).plusHours(8).toString())));
        Account member = fixtures.member("Paul");

        assertEquals(
                List.of(sooner.toString(), later.toString(), allLevels.toString()),
                member.as()
                        .queryParam("q", tag)
                        .get(EVENTS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.id"));
        assertEquals(
                List.of(later.toString()),
                member.as()
                        .queryParam("q", tag)
                        .queryParam("type", "WORKSHOP")
                        .get(EVENTS)
                        .then()
                        .extract()
                        .path("items.id"));
        assertEquals(
                List.of(later.toString()),
                member.as()
                        .queryParam("q", tag)
                        .queryParam("topic", "pandas")
                        .get(EVENTS)
                        .then()
                        .extract()
                        .path("items.id"));
        assertEquals(
                List.of(later.toString(), allLevels.toString()),
                member.as()
                        .queryParam("q", tag)
                        .queryParam("language", "PYTHON")
                        .get(EVENTS)
                        .then()
                        .extract()
                        .path("items.id"));
        assertEquals(
                List.of(later.toString(), allLevels.toString()),
                member.as()
                        .queryParam("q", tag)
                        .queryParam("level", "ADVANCED")
                        .get(EVENTS)
                        .then()
                        .extract()
                        .path("items.id"));
        member.as().queryParam("when", "SOON").get(EVENTS).then().statusCode(400);
    }

    @Test
    void myRegistrationsListsUpcomingAndPastEventsWithMyPlace() {
        Account organiser = fixtures.animateur();
        UUID full = fixtures.event(organiser, 1);
        UUID open = fixtures.event(organiser, null);
        UUID past = fixtures.event(organiser, null);
        Account member = fixtures.member("Anne");
        fixtures.register(fixtures.member("Bruno"), full);
        fixtures.register(member, full);
        fixtures.register(member, open);
        fixtures.register(member, past);
        fixtures.ended(organiser, past);

        var upcoming = member.as()
                .get("/api/v1/me/registrations")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .extract()
                .jsonPath();
        assertEquals(
                List.of(full.toString(), open.toString()).stream().sorted().toList(),
                upcoming.<String>getList("items.event.id").stream().sorted().toList());
        List<Map<String, Object>> waiting = upcoming.getList("items.findAll { it.event.id == '" + full + "' }");
        assertEquals(
                Map.of("status", "WAITLISTED", "position", 1),
                Map.of(
                        "status", ((Map<?, ?>) waiting.get(0).get("registration")).get("status"),
                        "position", ((Map<?, ?>) waiting.get(0).get("registration")).get("position")));
        member.as()
                .queryParam("when", "PAST")
                .get("/api/v1/me/registrations")
                .then()
                .statusCode(200)
                .body("items.event.id", equalTo(List.of(past.toString())))
                .body("items[0].registration.status", equalTo("CONFIRMED"));
    }

    @Test
    void aSeatFreedAfterTheStartIsNotGivenAwayAndAnEndedEventKeepsItsRegistrations() {
        Account organiser = fixtures.animateur();
        UUID event = fixtures.event(organiser, 1);
        Account confirmed = fixtures.member("Anne");
        Account waiting = fixtures.member("Bruno");
        fixtures.register(confirmed, event);
        fixtures.register(waiting, event);
        fixtures.startedMinutesAgo(organiser, event, 5);
        fixtures.unregister(confirmed, event);
        assertEquals("WAITLISTED", fixtures.get(waiting, event).getString("myRegistration.status"));
        assertEquals(0, inbox.count(waiting, NotificationKind.EVENT_PROMOTED));

        fixtures.ended(organiser, event);
        waiting.as()
                .delete(EVENTS + "/" + event + "/registration")
                .then()
                .statusCode(422)
                .body("detail", containsString("terminé"));
    }

    static OffsetDateTime inMinutes(long minutes) {
        return OffsetDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS)
                .plusMinutes(minutes);
    }
}
