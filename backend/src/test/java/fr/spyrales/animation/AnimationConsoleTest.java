package fr.spyrales.animation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnimationConsoleTest {
    private static final String QUEUES = "/api/v1/animation/queues";
    private static final String REMINDERS = "/api/v1/animation/reminders";
    /** Words the pairing's two people wrote (request message and goals, see MentorshipFixtures.request). */
    private static final List<String> PRIVATE_WORDS =
            List.of("Pouvez-vous m'aider", "premier script", "ggplot2", "Notes très personnelles", "Décevant");

    @Inject
    MentorshipFixtures fixtures;

    @Inject
    EntityManager em;

    @Inject
    fr.spyrales.event.EventFixtures events;

    /** A pairing under way for `weeks` weeks, without any session, with a session note written long ago if asked. */
    private Pair stalledPairing(int weeks) {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        sql(
                "UPDATE mentorship SET started_at = now() - make_interval(weeks => :weeks),"
                        + " requested_at = now() - make_interval(weeks => :weeks + 1) WHERE id = :id",
                Map.of("weeks", weeks, "id", pair.id()));
        sql(
                "INSERT INTO mentorship_session (id, mentorship_id, held_on, duration_minutes, topics, notes, created_by)"
                        + " VALUES (:sid, :id, CAST(now() - make_interval(weeks => :weeks) AS date), 60,"
                        + " 'ggplot2 en détail', 'Notes très personnelles', :by)",
                Map.of(
                        "sid",
                        UUID.randomUUID(),
                        "id",
                        pair.id(),
                        "weeks",
                        weeks,
                        "by",
                        pair.mentor().id()));
        return pair;
    }

    /** The pairing's line in the stalled queue, if it is there. */
    private static java.util.Optional<Map<String, Object>> stalledLine(Account animateur, Pair pair) {
        List<Map<String, Object>> lines = animateur
                .as()
                .get(QUEUES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("stalledPairings.items");
        return lines.stream()
                .filter(l -> l.get("id").equals(pair.id().toString()))
                .findFirst();
    }

    @Test
    void aSessionTakesThePairingOutOfTheStalledQueueAndItsRemovalBringsItBack() {
        Pair stalled = stalledPairing(450);
        Account animateur = fixtures.animateur();
        String longAgo = (String) stalledLine(animateur, stalled).orElseThrow().get("lastSessionOn");

        UUID recent = UUID.randomUUID();
        sql(
                "INSERT INTO mentorship_session (id, mentorship_id, held_on, duration_minutes, topics)"
                        + " VALUES (:sid, :id, CURRENT_DATE - 3, 45, 'Reprise')",
                Map.of("sid", recent, "id", stalled.id()));
        assertTrue(stalledLine(animateur, stalled).isEmpty(), "a session three days ago: the pairing lives");

        java.time.LocalDate twoMonthsAgo = java.time.LocalDate.now().minusDays(60);
        sql("UPDATE mentorship_session SET held_on = :day WHERE id = :sid", Map.of("day", twoMonthsAgo, "sid", recent));
        assertEquals(
                twoMonthsAgo.toString(),
                stalledLine(animateur, stalled)
                        .orElseThrow(() -> new AssertionError("the pairing is stalled again"))
                        .get("lastSessionOn"));

        sql("DELETE FROM mentorship_session WHERE id = :sid", Map.of("sid", recent));
        assertEquals(longAgo, stalledLine(animateur, stalled).orElseThrow().get("lastSessionOn"));
    }

    @Test
    void aStalledPairingIsInItsQueueWithDatesAndNamesButNothingTheTwoPeopleWrote() {
        Pair stalled = stalledPairing(500);
        Pair active = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        Account animateur = fixtures.animateur();

        String body =
                animateur.as().get(QUEUES).then().statusCode(200).extract().asString();
        JsonPath json = JsonPath.from(body);
        List<Map<String, Object>> lines = json.getList("stalledPairings.items");
        Map<String, Object> line = lines.stream()
                .filter(l -> l.get("id").equals(stalled.id().toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("stalled pairing not in the queue: " + body));
        assertTrue(lines.stream().noneMatch(l -> l.get("id").equals(active.id().toString())), body);
        assertTrue(json.getLong("stalledPairings.total") >= 1);
        assertEquals("Léa Novice", ((Map<?, ?>) line.get("mentee")).get("displayName"));
        assertEquals("Claire Mentor", ((Map<?, ?>) line.get("mentor")).get("displayName"));
        assertEquals(1, line.get("sessionCount"));
        assertNotNull(line.get("lastSessionOn"));
        assertEquals(
                Set.of(
                        "id",
                        "status",
                        "mentee",
                        "mentor",
                        "requestedAt",
                        "startedAt",
                        "lastSessionOn",
                        "sessionCount",
                        "lowFeedbackAt",
                        "lastReminder"),
                line.keySet(),
                "only states, dates, names and counts");
        for (String word : PRIVATE_WORDS) {
            assertFalse(body.contains(word), "the console shows « " + word + " »");
        }
        for (String field :
                List.of("\"message\"", "\"notes\"", "\"goals\"", "\"comment\"", "\"topics\"", "\"rating\"")) {
            assertFalse(body.contains(field), "the console has a field " + field);
        }
        assertEquals(7, json.getInt("settings.pendingRequestDays"));
        assertEquals(4, json.getInt("settings.stalledPairingWeeks"));
    }

    @Test
    void anOnlineEventEndedWithoutItsReplayIsInItsQueueWithItsOrganiserAndCanBeReminded() {
        Account organiser = events.animateur();
        // A title of its own: the demo's « Débuter avec le tidyverse » (the fixtures' default) has its replay.
        String title = "Atelier sans replay " + UUID.randomUUID();
        UUID event = events.create(organiser, fr.spyrales.event.EventFixtures.body(Map.of("title", title)));
        events.ended(organiser, event);
        Account animateur = fixtures.animateur();

        String body =
                animateur.as().get(QUEUES).then().statusCode(200).extract().asString();
        JsonPath json = JsonPath.from(body);
        Map<String, Object> line = json.<Map<String, Object>>getList("eventsWithoutReplay.items").stream()
                .filter(l -> l.get("id").equals(event.toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("ended event not in the queue: " + body));
        assertEquals(title, line.get("title"));
        assertEquals("Karim Animateur", line.get("organiser"));

        animateur
                .as()
                .body(Map.of("queue", "EVENT_WITHOUT_REPLAY", "targetId", event, "recipients", "ORGANISER"))
                .post(REMINDERS)
                .then()
                .statusCode(201);
    }

    @Test
    void lowFeedbackAndOldRequestsFillTheirQueuesWithoutTheFeedbackItself() {
        Pair low = fixtures.pairIn(MentorshipStatus.COMPLETED);
        low.mentee()
                .as()
                .body(Map.of("rating", 1, "comment", "Décevant"))
                .post("/api/v1/mentorships/" + low.id() + "/feedback")
                .then()
                .statusCode(201);
        Pair waiting = fixtures.pairIn(MentorshipStatus.PENDING);
        sql(
                "UPDATE mentorship SET requested_at = now() - interval '3000 days' WHERE id = :id",
                Map.of("id", waiting.id()));
        Account animateur = fixtures.animateur();

        String body =
                animateur.as().get(QUEUES).then().statusCode(200).extract().asString();
        JsonPath json = JsonPath.from(body);
        assertTrue(
                json.getList("lowFeedbackPairings.items.id").contains(low.id().toString()), body);
        assertTrue(
                json.getList("pendingRequests.items.id").contains(waiting.id().toString()), body);
        assertFalse(body.contains("Décevant"));
        assertFalse(body.contains("\"rating\""));

        // The mentor rated low is an animateur too: their own pairing is not in their queues, where they would learn
        // of the mentee's rating before the pairing shows it to them.
        Account mentorAnimateur = fixtures.withRole(low.mentor(), "animateur");
        JsonPath own = JsonPath.from(mentorAnimateur
                .as()
                .get(QUEUES)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertFalse(
                own.getList("lowFeedbackPairings.items.id").contains(low.id().toString()));
        assertEquals(json.getLong("lowFeedbackPairings.total") - 1, own.getLong("lowFeedbackPairings.total"));
    }

    @Test
    void aReminderTellsBothPeopleByNotificationAndMailOnceAWeekAndIsAudited() {
        Pair stalled = stalledPairing(400);
        Account animateur = fixtures.animateur();
        Map<String, Object> request =
                Map.of("queue", "STALLED_PAIRING", "targetId", stalled.id(), "recipients", "BOTH");

        animateur
                .as()
                .body(request)
                .post(REMINDERS)
                .then()
                .statusCode(201)
                .body("recipientCount", equalTo(2))
                .body("sentBy", equalTo("Karim Animateur"));

        for (Account party : List.of(stalled.mentee(), stalled.mentor())) {
            assertEquals(
                    1L,
                    count(
                            "SELECT count(*) FROM notification WHERE member_id = :m AND kind = 'ANIMATION_REMINDER'"
                                    + " AND link = :link",
                            Map.of("m", party.id(), "link", "/mentorats/" + stalled.id())));
            assertEquals(
                    1L,
                    count(
                            "SELECT count(*) FROM mail_outbox WHERE member_id = :m AND subject LIKE"
                                    + " 'Les animateurs prennent des nouvelles%'",
                            Map.of("m", party.id())));
        }
        assertEquals(1L, auditRows("REMINDER_SENT", stalled.id(), animateur.id()));

        JsonPath queues = JsonPath.from(
                animateur.as().get(QUEUES).then().statusCode(200).extract().asString());
        List<Map<String, Object>> lines = queues.getList("stalledPairings.items");
        Map<?, ?> reminder = (Map<?, ?>) lines.stream()
                .filter(l -> l.get("id").equals(stalled.id().toString()))
                .findFirst()
                .orElseThrow()
                .get("lastReminder");
        assertEquals("Karim Animateur", reminder.get("sentBy"));
        assertEquals("BOTH", reminder.get("recipients"));

        Account another = fixtures.animateur();
        another.as()
                .body(request)
                .post(REMINDERS)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("moins de 7 jours"));
        assertEquals(1L, auditRows("REMINDER_SENT", stalled.id(), null), "the refused reminder left no audit row");
        assertEquals(
                1L,
                count(
                        "SELECT count(*) FROM notification WHERE member_id = :m AND kind = 'ANIMATION_REMINDER'",
                        Map.of("m", stalled.mentee().id())));
    }

    @Test
    void aReminderOutsideItsQueueOrToTheWrongPeopleIsRefused() {
        Pair active = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        Account animateur = fixtures.animateur();
        animateur
                .as()
                .body(Map.of("queue", "STALLED_PAIRING", "targetId", active.id(), "recipients", "BOTH"))
                .post(REMINDERS)
                .then()
                .statusCode(409)
                .body("detail", containsString("n'est plus dans la file"));
        animateur
                .as()
                .body(Map.of("queue", "STALLED_PAIRING", "targetId", active.id(), "recipients", "TEAM"))
                .post(REMINDERS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("recipients"));
        animateur
                .as()
                .body(Map.of("queue", "PENDING_REQUEST", "targetId", UUID.randomUUID(), "recipients", "MENTOR"))
                .post(REMINDERS)
                .then()
                .statusCode(404);
        active.mentee()
                .as()
                .body(Map.of("queue", "STALLED_PAIRING", "targetId", active.id(), "recipients", "BOTH"))
                .post(REMINDERS)
                .then()
                .statusCode(403);
        active.mentee().as().get(QUEUES).then().statusCode(403);
    }

    @Test
    void theCsvExportOpensInFrenchExcelWithOnlyTheAllowedColumnsAndIsAudited() {
        Pair stalled = stalledPairing(300);
        sql(
                "UPDATE member SET display_name = 'Léa; \"Novice\"' WHERE id = :id",
                Map.of("id", stalled.mentee().id()));
        Account animateur = fixtures.animateur();
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                .minusWeeks(300)
                .toString();

        byte[] csv = animateur
                .as()
                .accept("text/csv")
                .queryParam("status", "ACCEPTED")
                .queryParam("startedFrom", day)
                .queryParam("startedTo", day)
                .get("/api/v1/animation/pairings.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"mentorats-"))
                .extract()
                .asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertEquals(
                "mentoré;organisation du mentoré;région du mentoré;mentor;organisation du mentor;état;demandé le;"
                        + "commencé le;fin prévue le;terminé le;séances;dernière séance;objectifs;objectifs atteints",
                lines[0]);
        String line = List.of(lines).stream()
                .filter(l -> l.startsWith("\"Léa; \"\"Novice\"\"\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError(text));
        String[] cells = line.substring(line.indexOf("\";") + 2).split(";", -1);
        assertEquals(13, cells.length, line);
        assertEquals("Claire Mentor", cells[2]);
        assertEquals("en cours", cells[4]);
        assertEquals("1", cells[9]);
        assertEquals("2", cells[11], "two goals, counted");
        for (String word : PRIVATE_WORDS) {
            assertFalse(text.contains(word), "the export shows « " + word + " »");
        }
        assertEquals(
                1L,
                count(
                        "SELECT count(*) FROM audit_event WHERE action = 'EXPORTED' AND actor_member_id = :a",
                        Map.of("a", animateur.id())));

        animateur
                .as()
                .queryParam("startedFrom", "2026-13-45")
                .get("/api/v1/animation/pairings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("startedFrom"));
        JsonPath page = JsonPath.from(animateur
                .as()
                .queryParam("status", "ACCEPTED")
                .queryParam("startedFrom", day)
                .queryParam("startedTo", day)
                .queryParam("size", 5)
                .get("/api/v1/animation/pairings")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertTrue(page.getList("items.id").contains(stalled.id().toString()));
        assertEquals(5, page.getInt("size"));
        stalled.mentee()
                .as()
                .accept("text/csv")
                .get("/api/v1/animation/pairings.csv")
                .then()
                .statusCode(403);
    }

    private long auditRows(String action, UUID target, UUID actor) {
        return count(
                "SELECT count(*) FROM audit_event WHERE action = :action AND target_id = :target"
                        + (actor == null ? "" : " AND actor_member_id = :actor"),
                actor == null
                        ? Map.of("action", action, "target", target.toString())
                        : Map.of("action", action, "target", target.toString(), "actor", actor));
    }

    @Test
    void thePeriodFilterCountsDaysAtParis() {
        Pair late = stalledPairing(400);
        // 23:30 at Paris on 15 January 2019 is 22:30 UTC: that day at Paris, whatever the database's time zone.
        sql("UPDATE mentorship SET started_at = '2019-01-15T22:30:00Z' WHERE id = :id", Map.of("id", late.id()));
        Account animateur = fixtures.animateur();

        assertTrue(startedOn(animateur, "2019-01-15").contains(late.id().toString()));
        assertFalse(startedOn(animateur, "2019-01-16").contains(late.id().toString()));
        assertFalse(startedOn(animateur, "2019-01-14").contains(late.id().toString()));
    }

    private static List<String> startedOn(Account animateur, String day) {
        return animateur
                .as()
                .queryParam("startedFrom", day)
                .queryParam("startedTo", day)
                .queryParam("size", 100)
                .get("/api/v1/animation/pairings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    private void sql(String sql, Map<String, Object> parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            query.executeUpdate();
        });
    }

    private long count(String sql, Map<String, Object> parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
