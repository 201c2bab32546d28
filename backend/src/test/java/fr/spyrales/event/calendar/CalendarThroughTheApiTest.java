package fr.spyrales.event.calendar;

import static fr.spyrales.event.calendar.CalendarFixtures.attachments;
import static fr.spyrales.event.calendar.CalendarFixtures.events;
import static fr.spyrales.event.calendar.CalendarFixtures.uid;
import static fr.spyrales.event.calendar.CalendarFixtures.uids;
import static fr.spyrales.event.calendar.CalendarFixtures.value;
import static fr.spyrales.support.TestAccounts.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.event.EventFixtures;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.notification.Inbox;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The calendar as members meet it through the events' API: the confirmation mail's .ics, the SEQUENCE that rises
 * when an organiser moves the event, the cancellation reaching the feed, the replay's mail once it is added.
 */
@QuarkusTest
class CalendarThroughTheApiTest {
    private static final String LINK = "https://webinaire.numerique.gouv.fr/meeting/tidyverse";

    @Inject
    EventFixtures events;

    @Inject
    Inbox inbox;

    private Mail onlyMail(Account member, String subjectStart) {
        List<Mail> mails = inbox.mailsWithSubject(member, subjectStart);
        assertEquals(1, mails.size(), subjectStart + " to " + member.email());
        return mails.get(0);
    }

    private static String file(Account member, UUID event) {
        return member.as()
                .get("/api/v1/events/" + event + "/calendar.ics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static String feedOf(Account member) {
        String url = member.as()
                .post("/api/v1/me/calendar-feed")
                .then()
                .statusCode(200)
                .extract()
                .path("url");
        return anonymous()
                .queryParam("token", URI.create(url).getQuery().substring("token=".length()))
                .get("/api/v1/me/calendar.ics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void aSeatConfirmedOrFreedForMeComesWithTheEventFileAndAWaitlistPlaceWithout() {
        Account organiser = events.animateur();
        UUID event = events.event(organiser, 1);
        Account first = events.member("Première");
        Account second = events.member("Seconde");
        events.register(first, event);
        events.register(second, event);

        String ics = attachments(onlyMail(first, "Inscription confirmée")).get("debuter-avec-le-tidyverse.ics");
        assertEquals(List.of(uid(event)), uids(ics));
        assertTrue(ics.contains(LINK), "the confirmed seat's file holds the link");
        assertTrue(onlyMail(second, "Liste d'attente").getAttachments().isEmpty());

        events.unregister(first, event);

        String promoted =
                attachments(onlyMail(second, "Une place s'est libérée")).get("debuter-avec-le-tidyverse.ics");
        assertEquals(List.of(uid(event)), uids(promoted));
        assertTrue(promoted.contains(LINK));
        assertTrue(file(second, event).contains(LINK), "and the file of the event page now holds it too");
    }

    @Test
    void movingThenCancellingTheEventRaisesItsSequenceInTheFileTheMailAndTheFeed() {
        Account organiser = events.animateur();
        UUID event = events.event(organiser, null);
        Account member = events.member("Abonnée");
        events.register(member, event);
        assertEquals("0", value(events(file(member, event)).get(0), "SEQUENCE"));

        organiser
                .as()
                .body(Map.of(
                        "startsAt",
                        EventFixtures.nextWeek().plusHours(1).toString(),
                        "endsAt",
                        EventFixtures.nextWeek().plusHours(2).toString()))
                .patch(EventFixtures.EVENTS + "/" + event)
                .then()
                .statusCode(200);
        assertEquals("1", value(events(file(member, event)).get(0), "SEQUENCE"));

        organiser
                .as()
                .body(Map.of("reason", "L'intervenante est malade"))
                .post(EventFixtures.EVENTS + "/" + event + "/cancel")
                .then()
                .statusCode(200);

        String mailed = attachments(onlyMail(member, "Événement annulé")).get("debuter-avec-le-tidyverse.ics");
        var cancelled = events(mailed).get(0);
        assertEquals("CANCELLED", value(cancelled, "STATUS"));
        assertEquals("2", value(cancelled, "SEQUENCE"));
        var inFeed = events(feedOf(member)).get(0);
        assertEquals(uid(event), value(inFeed, "UID"));
        assertEquals("CANCELLED", value(inFeed, "STATUS"));
        assertEquals("2", value(inFeed, "SEQUENCE"));
    }

    @Test
    void aReplayAddedAfterTheEventIsMailedAtOnceToConfirmedAndWaitlistedMembers() {
        Account organiser = events.animateur();
        UUID event = events.event(organiser, 1);
        Account seated = events.member("Assise");
        Account waiting = events.member("Debout");
        Account stranger = events.member("Absente");
        events.register(seated, event);
        events.register(waiting, event);
        events.ended(organiser, event);

        organiser
                .as()
                .body(Map.of("replayUrl", "https://tube.numerique.gouv.fr/w/tidyverse"))
                .patch(EventFixtures.EVENTS + "/" + event)
                .then()
                .statusCode(200);

        for (Account told : List.of(seated, waiting)) {
            assertEquals(1, inbox.count(told, NotificationKind.EVENT_REPLAY));
            assertTrue(onlyMail(told, "Le replay de").getText().contains("https://tube.numerique.gouv.fr/w/tidyverse"));
        }
        assertEquals(0, inbox.count(stranger, NotificationKind.EVENT_REPLAY));

        organiser
                .as()
                .body(Map.of("slidesUrl", "https://slides.example/tidyverse"))
                .patch(EventFixtures.EVENTS + "/" + event)
                .then()
                .statusCode(200);
        assertEquals(1, inbox.count(seated, NotificationKind.EVENT_REPLAY), "announced once");
    }
}
