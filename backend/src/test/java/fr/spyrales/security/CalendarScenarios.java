package fr.spyrales.security;

import fr.spyrales.event.EventFixtures;
import fr.spyrales.support.TestAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;

/**
 * Contexts of the calendar operations: an upcoming event for its .ics, and for the personal feed the current address
 * of a member who is none of the callers (its token is the key: whoever sends it reads that member's calendar).
 */
@ApplicationScoped
public class CalendarScenarios {
    @Inject
    EventFixtures events;

    @Inject
    TestAccounts accounts;

    @Inject
    Cast cast;

    public Map<String, Scenario> all() {
        return Map.of(
                "getEventCalendar",
                (caller, row) -> Call.by(cast.who(caller)).path("id", events.event(events.animateur(), 10)),
                "getMyCalendarFeed",
                (caller, row) -> Call.by(cast.who(caller)),
                "rotateMyCalendarFeed",
                (caller, row) -> Call.by(cast.who(caller)),
                "revokeMyCalendarFeed",
                (caller, row) -> Call.by(cast.who(caller)),
                "getMyCalendar",
                (caller, row) -> Call.by(cast.who(caller)).query("token", feedToken()));
    }

    private String feedToken() {
        String url = accounts.quickMember("Fanny", "Flux", m -> {})
                .as()
                .post("/api/v1/me/calendar-feed")
                .then()
                .statusCode(200)
                .extract()
                .path("url");
        return URI.create(url).getQuery().substring("token=".length());
    }
}
