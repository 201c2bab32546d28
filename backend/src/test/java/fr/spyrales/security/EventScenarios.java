package fr.spyrales.security;

import fr.spyrales.event.EventFixtures;
import fr.spyrales.event.EventFixtures.Started;
import fr.spyrales.security.AuthorisationMatrix.Caller;
import fr.spyrales.support.TestAccounts.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Contexts of the event operations: a fresh upcoming event created by an animateur; where the row has an owner, the
 * owner is a member registered to it (confirmed), on an event that has started for the attendance, or that starts in
 * ten minutes for the check-in.
 */
@ApplicationScoped
public class EventScenarios {
    @Inject
    EventFixtures events;

    @Inject
    Cast cast;

    public Map<String, Scenario> all() {
        return Map.ofEntries(
                Map.entry(
                        "listEvents", (caller, row) -> Call.by(cast.who(caller)).query("when", "UPCOMING")),
                Map.entry(
                        "createEvent",
                        (caller, row) -> Call.by(cast.who(caller)).body(EventFixtures.body(Map.of()))),
                Map.entry("getEvent", onEvent()),
                Map.entry(
                        "updateEvent",
                        (caller, row) -> onEvent()
                                .prepare(caller, row)
                                .body(Map.of("title", "Débuter avec dplyr", "capacity", 40))),
                Map.entry("deleteEvent", onEvent()),
                Map.entry(
                        "cancelEvent",
                        (caller, row) -> onEvent().prepare(caller, row).body(Map.of("reason", "Intervenante malade"))),
                Map.entry("registerForEvent", onEvent()),
                Map.entry("cancelRegistration", onRegistered()),
                Map.entry("listEventRegistrations", onRegistered()),
                Map.entry("exportEventRegistrations", onRegistered()),
                Map.entry("markAttendance", onStarted()),
                Map.entry("unmarkAttendance", onStarted()),
                Map.entry("checkInToEvent", (caller, row) -> {
                    Account organiser = events.animateur();
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
                    UUID event = events.create(
                            organiser,
                            EventFixtures.body(Map.of(
                                    "startsAt", now.plusMinutes(10).toString(),
                                    "endsAt", now.plusMinutes(70).toString())));
                    Account owner = events.member("Inès");
                    events.register(owner, event);
                    return Call.by(cast.who(caller, Map.of(Caller.OWNER, owner)))
                            .path("id", event);
                }),
                Map.entry(
                        "listMyRegistrations",
                        (caller, row) -> Call.by(cast.who(caller)).query("when", "PAST")));
    }

    /** A fresh upcoming event that nobody registered to. */
    private Scenario onEvent() {
        return (caller, row) -> {
            UUID event = events.event(events.animateur(), 10);
            return Call.by(cast.who(caller)).path("id", event);
        };
    }

    /** A fresh upcoming event the owner registered to. */
    private Scenario onRegistered() {
        return (caller, row) -> {
            UUID event = events.event(events.animateur(), 10);
            Account owner = events.member("Inès");
            events.register(owner, event);
            return Call.by(cast.who(caller, Map.of(Caller.OWNER, owner))).path("id", event);
        };
    }

    /** An event that started five minutes ago, with the owner confirmed: its attendance may be noted. */
    private Scenario onStarted() {
        return (caller, row) -> {
            Started started = events.startedWithOneRegistrant(5);
            return Call.by(cast.who(caller, Map.of(Caller.OWNER, started.attendee())))
                    .path("id", started.event())
                    .path("memberId", started.attendee().id());
        };
    }
}
