package fr.spyrales.event.calendar;

import static fr.spyrales.event.calendar.CalendarFixtures.events;
import static fr.spyrales.event.calendar.CalendarFixtures.uid;
import static fr.spyrales.event.calendar.CalendarFixtures.uids;
import static fr.spyrales.event.calendar.CalendarFixtures.value;
import static fr.spyrales.support.TestAccounts.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.common.calendar.IcsWriter;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The personal feed: an address with a secret token that calendar clients read without logging in, holding the
 * member's confirmed events; a wrong, rotated or revoked token reads nothing.
 */
@QuarkusTest
class CalendarFeedTest {
    private static final String FEED = "/api/v1/me/calendar-feed";

    @Inject
    CalendarFixtures fixtures;

    @Inject
    EntityManager em;

    /** Makes a new address; returns its token. */
    private static String rotate(Account member) {
        String url = member.as()
                .post(FEED)
                .then()
                .statusCode(200)
                .body(
                        "createdAt",
                        startsWith(String.valueOf(OffsetDateTime.now().getYear())))
                .extract()
                .path("url");
        assertTrue(url.startsWith("http://localhost:5173/api/v1/me/calendar.ics?token="), url);
        return URI.create(url).getQuery().substring("token=".length());
    }

    private static String read(String token) {
        return anonymous()
                .queryParam("token", token)
                .get("/api/v1/me/calendar.ics")
                .then()
                .statusCode(200)
                .header("Content-Type", equalTo(IcsWriter.CONTENT_TYPE))
                .extract()
                .asString();
    }

    private static void refused(String token) {
        anonymous()
                .queryParam("token", token)
                .get("/api/v1/me/calendar.ics")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("Cette adresse d'agenda n'est pas (ou plus) valable."));
    }

    @Test
    void theFeedHoldsMyConfirmedEventsUpcomingAndRecentWithCancelledOnesMarked() {
        Account me = fixtures.member("Abonnée");
        OffsetDateTime now = OffsetDateTime.now().withNano(0);
        UUID upcoming = fixtures.webinar(
                "Webinaire à venir", now.plusDays(3), now.plusDays(3).plusHours(1));
        UUID cancelled = fixtures.webinar(
                "Webinaire annulé", now.plusDays(4), now.plusDays(4).plusHours(1));
        UUID recent = fixtures.webinar(
                "Webinaire du mois dernier",
                now.minusDays(30),
                now.minusDays(30).plusHours(1));
        UUID old = fixtures.webinar(
                "Webinaire de l'an dernier",
                now.minusDays(200),
                now.minusDays(200).plusHours(1));
        UUID waiting = fixtures.webinar(
                "Webinaire complet", now.plusDays(5), now.plusDays(5).plusHours(1));
        UUID left = fixtures.webinar(
                "Webinaire quitté", now.plusDays(6), now.plusDays(6).plusHours(1));
        UUID others = fixtures.webinar(
                "Webinaire des autres", now.plusDays(7), now.plusDays(7).plusHours(1));
        for (UUID event : List.of(upcoming, cancelled, recent, old)) {
            fixtures.register(event, me, "CONFIRMED", now.minusDays(300));
        }
        fixtures.register(waiting, me, "WAITLISTED", now);
        fixtures.register(left, me, "CANCELLED", now);
        fixtures.confirm(others, fixtures.member("Autre"));
        fixtures.cancel(cancelled, "Salle indisponible");

        String ics = read(rotate(me));

        assertEquals(List.of(uid(recent), uid(upcoming), uid(cancelled)), uids(ics), "by start, confirmed only");
        var byUid = events(ics).stream().collect(Collectors.toMap(e -> value(e, "UID"), e -> e));
        assertEquals("CANCELLED", value(byUid.get(uid(cancelled)), "STATUS"));
        assertEquals("1", value(byUid.get(uid(cancelled)), "SEQUENCE"));
        assertEquals("CONFIRMED", value(byUid.get(uid(upcoming)), "STATUS"));
        assertTrue(ics.contains(CalendarFixtures.ONLINE + upcoming), "my seat is confirmed: the link is mine");
        assertTrue(ics.contains("X-WR-CALNAME:Spyrales — mes événements"), ics);
    }

    @Test
    void aWrongRotatedOrRevokedTokenReadsNothing() {
        Account me = fixtures.member("Prudente");
        me.as().get(FEED).then().statusCode(200).body("active", equalTo(false)).body("createdAt", nullValue());
        refused("pas-le-bon-jeton");
        refused("");

        String first = rotate(me);
        read(first);
        me.as()
                .get(FEED)
                .then()
                .statusCode(200)
                .body("active", equalTo(true))
                .body("url", nullValue())
                .body("token", nullValue());

        String second = rotate(me);
        assertNotEquals(first, second);
        refused(first);
        read(second);
        refused(first.substring(0, first.length() - 1) + (first.endsWith("A") ? "B" : "A"));

        me.as().delete(FEED).then().statusCode(204);
        refused(second);
        me.as().get(FEED).then().statusCode(200).body("active", equalTo(false));
        me.as().delete(FEED).then().statusCode(204);
    }

    @Test
    void theTokenIsKeptOnlyAsItsHashAndStopsWithTheAccount() {
        Account me = fixtures.member("Partante");
        String token = rotate(me);
        Set<String> stored = Set.copyOf(QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT token_hash FROM event_calendar_feed WHERE member_id = :m")
                        .setParameter("m", me.id())
                        .getResultList()));
        assertEquals(1, stored.size());
        assertFalse(stored.contains(token));
        assertEquals(Set.of(fr.spyrales.common.security.SecretTokens.hash(token)), stored);

        me.as().delete("/api/v1/me").then().statusCode(204);
        refused(token);
    }

    @Test
    void theFeedEndpointsNeedAnAccountButTheFeedOnlyItsToken() {
        anonymous().get(FEED).then().statusCode(401);
        anonymous().post(FEED).then().statusCode(401);
        anonymous().delete(FEED).then().statusCode(401);
        anonymous().get("/api/v1/me/calendar.ics").then().statusCode(404);
    }
}
