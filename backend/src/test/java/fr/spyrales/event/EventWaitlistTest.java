package fr.spyrales.event;

import static fr.spyrales.event.EventFixtures.EVENTS;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.member.NotificationKind;
import fr.spyrales.notification.Inbox;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Seats are never overbooked and the waitlist is served in the order of registration, also under a rush. */
@QuarkusTest
class EventWaitlistTest {
    @Inject
    EventFixtures fixtures;

    @Inject
    Inbox inbox;

    /** One registration's answer, with who got it. */
    record Answer(Account member, String status, Integer position) {}

    @Test
    void
            fiftySimultaneousRegistrationsForTenSeatsConfirmTenAndQueueFortyInOrderThenCancellationsAndMoreSeatsPromoteInOrder()
                    throws Exception {
        Account organiser = fixtures.animateur();
        UUID event = fixtures.event(organiser, 10);
        List<Account> members = IntStream.range(0, 50)
                .mapToObj(i -> fixtures.member("Membre" + i))
                .toList();

        List<Answer> answers = Race.of(members.stream()
                .<Callable<Answer>>map(m -> () -> {
                    JsonPath mine = fixtures.register(m, event);
                    return new Answer(m, mine.getString("status"), mine.get("position"));
                })
                .toList());

        List<Answer> confirmed =
                answers.stream().filter(a -> a.status().equals("CONFIRMED")).toList();
        List<Answer> waiting = answers.stream()
                .filter(a -> a.status().equals("WAITLISTED"))
                .sorted(Comparator.comparing(Answer::position))
                .toList();
        assertEquals(10, confirmed.size());
        assertEquals(40, waiting.size());
        assertEquals(
                IntStream.rangeClosed(1, 40).boxed().toList(),
                waiting.stream().map(Answer::position).toList(),
                "each waitlisted member has their own place, 1 to 40");
        confirmed.forEach(a -> assertEquals(null, a.position()));

        // The organisers' list shows the same queue: the answered positions are the order of registration.
        JsonPath list = organiser
                .as()
                .queryParam("status", "WAITLISTED")
                .queryParam("size", 100)
                .get(EVENTS + "/" + event + "/registrations")
                .then()
                .statusCode(200)
                .body("total", equalTo(40))
                .extract()
                .jsonPath();
        assertEquals(waiting.stream().map(a -> a.member().id().toString()).toList(), list.getList("items.memberId"));
        assertEquals(IntStream.rangeClosed(1, 40).boxed().toList(), list.getList("items.position"));
        List<String> registeredAt = list.getList("items.registeredAt");
        assertEquals(registeredAt.stream().sorted().toList(), registeredAt, "the queue follows registration time");
        JsonPath view = fixtures.get(organiser, event);
        assertEquals(10, view.getInt("confirmedCount"));
        assertEquals(0, view.getInt("seatsLeft"));
        assertEquals(40, view.getInt("waitlistCount"));

        // Three confirmed members cancel: the first three waiting get their seats, in order, and are told.
        for (Answer leaving : confirmed.subList(0, 3)) {
            fixtures.unregister(leaving.member(), event);
        }
        for (Answer promoted : waiting.subList(0, 3)) {
            JsonPath mine = fixtures.get(promoted.member(), event);
            assertEquals("CONFIRMED", mine.getString("myRegistration.status"));
            assertEquals(1, inbox.count(promoted.member(), NotificationKind.EVENT_PROMOTED));
        }
        assertEquals(1, fixtures.get(waiting.get(3).member(), event).getInt("myRegistration.position"));
        assertEquals(37, fixtures.get(waiting.get(39).member(), event).getInt("myRegistration.position"));
        assertEquals(0, inbox.count(waiting.get(3).member(), NotificationKind.EVENT_PROMOTED));

        // Five more seats: the next five waiting are confirmed, in order.
        organiser
                .as()
                .body(Map.of("capacity", 15))
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(200)
                .body("confirmedCount", equalTo(15))
                .body("waitlistCount", equalTo(32));
        List<String> statuses = new ArrayList<>();
        for (Answer a : waiting.subList(3, 9)) {
            statuses.add(fixtures.get(a.member(), event).getString("myRegistration.status"));
        }
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "WAITLISTED"), statuses);
        assertEquals(1, fixtures.get(waiting.get(8).member(), event).getInt("myRegistration.position"));

        // Never below the confirmed count; unlimited takes everyone waiting.
        organiser
                .as()
                .body(Map.of("capacity", 14))
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(409);
        organiser
                .as()
                .body("{\"capacity\": null}")
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(200)
                .body("capacity", equalTo(null))
                .body("confirmedCount", equalTo(47))
                .body("waitlistCount", equalTo(0));
        Map<String, Long> byStatus = organiser
                .as()
                .queryParam("size", 100)
                .get(EVENTS + "/" + event + "/registrations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<String>getList("items.status")
                .stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertEquals(Map.of("CONFIRMED", 47L, "CANCELLED", 3L), byStatus);
    }

    @Test
    void unregisteringThenRegisteringAgainGoesToTheEndOfTheQueue() {
        Account organiser = fixtures.animateur();
        UUID event = fixtures.event(organiser, 1);
        Account first = fixtures.member("Anne");
        Account second = fixtures.member("Bruno");
        Account third = fixtures.member("Chloé");
        assertEquals("CONFIRMED", fixtures.register(first, event).getString("status"));
        assertEquals(1, fixtures.register(second, event).getInt("position"));
        assertEquals(2, fixtures.register(third, event).getInt("position"));
        // Registering again while registered answers the same place.
        assertEquals(1, fixtures.register(second, event).getInt("position"));

        fixtures.unregister(second, event);
        assertEquals(1, fixtures.get(third, event).getInt("myRegistration.position"));
        assertEquals(2, fixtures.register(second, event).getInt("position"));

        fixtures.unregister(first, event);
        assertEquals("CONFIRMED", fixtures.get(third, event).getString("myRegistration.status"));
        assertEquals(1, fixtures.get(second, event).getInt("myRegistration.position"));
        // Unregistering twice is no error.
        fixtures.unregister(first, event);
    }

    @Test
    void theCapacityMayComeDownToTheConfirmedCountAndASeatFreedAfterTheStartGoesToTheWaitlistOnceTheEventMovesLater() {
        Account organiser = fixtures.animateur();
        UUID event = fixtures.event(organiser, 3);
        Account first = fixtures.member("Anne");
        Account second = fixtures.member("Bruno");
        Account third = fixtures.member("Chloé");
        fixtures.register(first, event);
        fixtures.register(second, event);
        organiser
                .as()
                .body(Map.of("capacity", 2))
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(200)
                .body("seatsLeft", equalTo(0));
        assertEquals(1, fixtures.register(third, event).getInt("position"));

        fixtures.startedMinutesAgo(organiser, event, 5);
        fixtures.unregister(first, event);
        assertEquals("WAITLISTED", fixtures.get(third, event).getString("myRegistration.status"));

        organiser
                .as()
                .body(Map.of(
                        "startsAt", EventFixtures.nextWeek().toString(),
                        "endsAt", EventFixtures.nextWeek().plusHours(1).toString()))
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(200)
                .body("confirmedCount", equalTo(2));
        assertEquals("CONFIRMED", fixtures.get(third, event).getString("myRegistration.status"));
        assertEquals(1, inbox.count(third, NotificationKind.EVENT_PROMOTED));
    }
}
