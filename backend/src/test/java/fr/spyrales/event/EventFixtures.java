package fr.spyrales.event;

import fr.spyrales.common.security.Roles;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds events and registrations through the API, as organisers and members would. */
@ApplicationScoped
public class EventFixtures {
    public static final String EVENTS = "/api/v1/events";

    @Inject
    TestAccounts accounts;

    public Account member(String firstName) {
        return accounts.quickMember(firstName, "Participant", m -> {});
    }

    public Account animateur() {
        return accounts.quickMember("Karim", "Animateur", m -> m.extraRoles.add(Roles.ANIMATEUR));
    }

    public Account admin() {
        return accounts.quickMember("Alice", "Admin", m -> m.extraRoles.add(Roles.ADMIN));
    }

    /** A week from now at 14:00 UTC, to the second: far from every boundary. */
    public static OffsetDateTime nextWeek() {
        return OffsetDateTime.now(ZoneOffset.UTC)
                .plusDays(7)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(14);
    }

    /** A valid creation body: an online webinar next week, 90 minutes, with these fields over it. */
    public static Map<String, Object> body(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Débuter avec le tidyverse");
        body.put("description", "Une heure pour découvrir **dplyr** et ggplot2.");
        body.put("type", "WEBINAR");
        body.put("startsAt", nextWeek().toString());
        body.put("endsAt", nextWeek().plusMinutes(90).toString());
        body.put("onlineUrl", "https://webinaire.numerique.gouv.fr/meeting/tidyverse");
        body.put("language", "R");
        body.put("topics", List.of("r"));
        body.putAll(overrides);
        return body;
    }

    /** An upcoming event created by this organiser, with this many seats (null: unlimited). */
    public UUID event(Account organiser, Integer capacity) {
        Map<String, Object> overrides = new HashMap<>();
        if (capacity != null) {
            overrides.put("capacity", capacity);
        }
        return create(organiser, body(overrides));
    }

    public UUID create(Account organiser, Map<String, Object> body) {
        return UUID.fromString(organiser
                .as()
                .body(body)
                .post(EVENTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** Registers the member; answers their registration. */
    public JsonPath register(Account member, UUID event) {
        return member.as()
                .post(EVENTS + "/" + event + "/registration")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    public void unregister(Account member, UUID event) {
        member.as().delete(EVENTS + "/" + event + "/registration").then().statusCode(204);
    }

    public JsonPath get(Account viewer, UUID event) {
        return viewer.as()
                .get(EVENTS + "/" + event)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Moves the event so that it started `minutesAgo` minutes ago and ends in an hour (an organiser's edit). */
    public void startedMinutesAgo(Account organiser, UUID event, long minutesAgo) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        organiser
                .as()
                .body(Map.of(
                        "startsAt", now.minusMinutes(minutesAgo).toString(),
                        "endsAt", now.plusHours(1).toString()))
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(200);
    }

    /** Moves the event wholly into the past (ended an hour ago). */
    public void ended(Account organiser, UUID event) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        organiser
                .as()
                .body(Map.of(
                        "startsAt", now.minusHours(3).toString(),
                        "endsAt", now.minusHours(1).toString()))
                .patch(EVENTS + "/" + event)
                .then()
                .statusCode(200);
    }

    /** A confirmed registrant of an event that has just started. */
    public record Started(UUID event, Account organiser, Account attendee) {}

    public Started startedWithOneRegistrant(long minutesAgo) {
        return startedWith(animateur(), member("Inès"), minutesAgo);
    }

    /** An event of this organiser's, where the attendee registered (confirmed) before it started `minutesAgo`. */
    public Started startedWith(Account organiser, Account attendee, long minutesAgo) {
        UUID event = event(organiser, 10);
        register(attendee, event);
        startedMinutesAgo(organiser, event, minutesAgo);
        return new Started(event, organiser, attendee);
    }
}
