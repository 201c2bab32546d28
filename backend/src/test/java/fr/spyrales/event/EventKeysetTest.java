package fr.spyrales.event;

import static fr.spyrales.event.EventFixtures.EVENTS;
import static fr.spyrales.event.EventFixtures.body;
import static fr.spyrales.support.KeysetPaging.nextOf;
import static fr.spyrales.support.KeysetPaging.refused;
import static fr.spyrales.support.KeysetPaging.sameByPageAndByCursor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Keyset paging of the agenda (`after`): the rows of paging by number, searched or not; bad cursors are 400s. */
@QuarkusTest
class EventKeysetTest {
    @Inject
    EventFixtures fixtures;

    @Test
    void walkingTheAgendaByCursorReadsEachEventOnceInTheOrderOfPagingByNumber() {
        String tag = "zq" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "k");
        Account organiser = fixtures.animateur();
        OffsetDateTime start = EventFixtures.nextWeek();
        // Three start times for seven events (ties broken by id), the tag twice in some titles (uneven ranks).
        for (int i = 0; i < 7; i++) {
            OffsetDateTime startsAt = start.plusDays(i % 3);
            fixtures.create(
                    organiser,
                    body(Map.of(
                            "title",
                            "Atelier " + tag + (i % 2 == 0 ? " " + tag : ""),
                            "startsAt",
                            startsAt.toString(),
                            "endsAt",
                            startsAt.plusHours(1).toString())));
        }
        Account member = fixtures.member("Paul");
        assertEquals(
                7,
                sameByPageAndByCursor(() -> member.as().queryParam("q", tag), EVENTS, 2)
                        .size());
        // The whole agenda, unranked: soonest first.
        List<String> all = sameByPageAndByCursor(member::as, EVENTS, 50);
        assertTrue(all.size() >= 7);

        String ranked = nextOf(member.as().queryParam("q", tag), EVENTS, 0, 2);
        refused(member.as(), EVENTS, ranked);
        refused(member.as().queryParam("q", tag).queryParam("when", "PAST"), EVENTS, ranked);
        refused(member.as().queryParam("q", tag).queryParam("page", 1), EVENTS, ranked);
    }
}
