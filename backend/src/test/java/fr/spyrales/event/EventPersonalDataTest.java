package fr.spyrales.event;

import static fr.spyrales.event.EventFixtures.EVENTS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.member.NotificationKind;
import fr.spyrales.notification.Inbox;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a member's export says of their events, and what their erasure does to them. */
@QuarkusTest
class EventPersonalDataTest {
    @Inject
    EventFixtures fixtures;

    @Inject
    Inbox inbox;

    @Test
    void theExportListsMyRegistrationsTheEventsISpeakAtAndThoseICreated() {
        Account organiser = fixtures.animateur();
        UUID created = fixtures.create(
                organiser,
                EventFixtures.body(Map.of(
                        "speakers", List.of(Map.of("memberId", organiser.id().toString())))));
        Account member = fixtures.member("Anne");
        fixtures.register(member, created);
        fixtures.unregister(member, created);
        fixtures.register(member, created);

        member.as()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("events.registrations.eventId", equalTo(List.of(created.toString())))
                .body("events.registrations[0].status", equalTo("CONFIRMED"))
                .body("events.registrations[0].eventTitle", equalTo("Débuter avec le tidyverse"));
        organiser
                .as()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("events.created.eventId", hasItem(created.toString()))
                .body("events.speaking.eventId", hasItem(created.toString()));
    }

    @Test
    void anErasedMembersRegistrationsDisappearAndTheirSeatGoesToTheFirstWaiting() {
        Account organiser = fixtures.animateur();
        Account speaker = fixtures.member("Sam");
        UUID event = fixtures.create(
                organiser,
                EventFixtures.body(Map.of(
                        "capacity",
                        1,
                        "speakers",
                        List.of(Map.of("memberId", speaker.id().toString())))));
        Account leaver = fixtures.member("Léo");
        Account waiting = fixtures.member("Bruno");
        fixtures.register(leaver, event);
        fixtures.register(waiting, event);

        leaver.as().delete("/api/v1/me").then().statusCode(204);
        speaker.as().delete("/api/v1/me").then().statusCode(204);

        assertEquals("CONFIRMED", fixtures.get(waiting, event).getString("myRegistration.status"));
        assertEquals(1, inbox.count(waiting, NotificationKind.EVENT_PROMOTED));
        organiser
                .as()
                .get(EVENTS + "/" + event + "/registrations")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.memberId", not(hasItem(leaver.id().toString())));
        assertEquals(List.of(), fixtures.get(waiting, event).getList("speakers"));

        // The organiser's account goes too: the event stays for its registrants.
        organiser.as().delete("/api/v1/me").then().statusCode(204);
        assertEquals("Débuter avec le tidyverse", fixtures.get(waiting, event).getString("title"));
    }
}
