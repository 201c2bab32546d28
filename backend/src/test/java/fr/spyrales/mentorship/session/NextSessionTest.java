package fr.spyrales.mentorship.session;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.member.NotificationKind;
import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.notification.Inbox;
import fr.spyrales.notification.ReminderService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The next session of a pairing: planned by either party while it runs, read by both, in their calendars, reminded once. */
@QuarkusTest
class NextSessionTest {
    @Inject
    MentorshipFixtures fixtures;

    @Inject
    Inbox inbox;

    @Inject
    ReminderService reminders;

    @Inject
    EntityManager em;

    private static String path(Pair pair) {
        return "/api/v1/mentorships/" + pair.id() + "/next-session";
    }

    private static Map<String, Object> at(OffsetDateTime startsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("startsAt", startsAt.truncatedTo(ChronoUnit.MINUTES).toString());
        return body;
    }

    @Test
    void eitherPartyPlansItTheOtherIsToldAndBothReadIt() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        Map<String, Object> body = at(OffsetDateTime.now().plusDays(3));
        body.put("videoUrl", "https://webconf.numerique.gouv.fr/seance-lea");
        body.put("note", "Apporter le CSV");

        pair.mentee().as().body(body).put(path(pair)).then().statusCode(200).body("durationMinutes", equalTo(60));

        pair.mentor()
                .as()
                .get(path(pair))
                .then()
                .statusCode(200)
                .body("videoUrl", equalTo("https://webconf.numerique.gouv.fr/seance-lea"))
                .body("note", equalTo("Apporter le CSV"))
                .body("plannedById", equalTo(pair.mentee().id().toString()));
        assertEquals(1, inbox.count(pair.mentor(), NotificationKind.MENTORSHIP_SESSION_PLANNED));
        assertEquals(0, inbox.count(pair.mentee(), NotificationKind.MENTORSHIP_SESSION_PLANNED));
    }

    @Test
    void theCalendarFileKeepsItsUidAndRaisesItsSequenceWhenTheSessionMoves() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        pair.mentor()
                .as()
                .body(at(OffsetDateTime.now().plusDays(2)))
                .put(path(pair))
                .then()
                .statusCode(200);
        String first = pair.mentee()
                .as()
                .get(path(pair) + "/calendar.ics")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .body(containsString("UID:mentorship-session-" + pair.id() + "@spyrales.fr"))
                .body(containsString("SEQUENCE:0"))
                .body(containsString("Séance de mentorat avec Claire Mentor"))
                .extract()
                .asString();
        assertTrue(first.contains("BEGIN:VEVENT"));
        String unfolded = first.replace("\r\n ", "");
        assertTrue(unfolded.contains("Page du mentorat sur Spyrales : "), unfolded);
        assertTrue(!unfolded.contains("événement"), "a session's file speaks of the session, not of an event");

        pair.mentee()
                .as()
                .body(at(OffsetDateTime.now().plusDays(4)))
                .put(path(pair))
                .then()
                .statusCode(200);
        pair.mentor()
                .as()
                .get(path(pair) + "/calendar.ics")
                .then()
                .statusCode(200)
                .body(containsString("UID:mentorship-session-" + pair.id() + "@spyrales.fr"))
                .body(containsString("SEQUENCE:1"));
    }

    @Test
    void aSessionIsPlannedInTheFutureOnlyAndWhileThePairingRuns() {
        Pair running = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        running.mentee()
                .as()
                .body(at(OffsetDateTime.now().minusHours(1)))
                .put(path(running))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("startsAt"));
        running.mentee()
                .as()
                .body(Map.of("startsAt", OffsetDateTime.now().plusDays(1).toString(), "videoUrl", "http://x.fr"))
                .put(path(running))
                .then()
                .statusCode(400);

        Pair pending = fixtures.pairIn(MentorshipStatus.PENDING);
        pending.mentee()
                .as()
                .body(at(OffsetDateTime.now().plusDays(1)))
                .put(path(pending))
                .then()
                .statusCode(409);
        Pair paused = fixtures.pairIn(MentorshipStatus.PAUSED);
        paused.mentor()
                .as()
                .body(at(OffsetDateTime.now().plusDays(1)))
                .put(path(paused))
                .then()
                .statusCode(409);

        fixtures.stranger().as().get(path(running)).then().statusCode(404);
    }

    @Test
    void aCancelledSessionIsGone() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        pair.mentee().as().get(path(pair)).then().statusCode(404);
        pair.mentee()
                .as()
                .body(at(OffsetDateTime.now().plusDays(1)))
                .put(path(pair))
                .then()
                .statusCode(200);
        pair.mentor().as().delete(path(pair)).then().statusCode(204);
        pair.mentee().as().get(path(pair)).then().statusCode(404);
        pair.mentee().as().delete(path(pair)).then().statusCode(404);
    }

    @Test
    void bothPartiesAreRemindedOnceTheDayBeforeHoweverManyRunsAtOnce() throws Exception {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        pair.mentee()
                .as()
                .body(at(OffsetDateTime.now().plusDays(5)))
                .put(path(pair))
                .then()
                .statusCode(200);
        // Planned a week ago, for twelve hours from now: the reminder is due.
        sql(
                "UPDATE mentorship_next_session SET planned_at = now() - interval '7 days',"
                        + " starts_at = date_trunc('minute', now()) + interval '12 hours' WHERE mentorship_id = :id",
                pair.id());

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(reminders::sendDueSessionReminders);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(reminders::sendDueSessionReminders);
        reminders.sendDueSessionReminders();
        one.get();
        two.get();

        assertEquals(1, inbox.count(pair.mentee(), NotificationKind.MENTORSHIP_SESSION_REMINDER));
        assertEquals(1, inbox.count(pair.mentor(), NotificationKind.MENTORSHIP_SESSION_REMINDER));
        assertEquals(
                1,
                inbox.mailsWithSubject(pair.mentee(), "Rappel : séance de mentorat")
                        .size());
        assertEquals(
                1,
                inbox.mailsWithSubject(pair.mentor(), "Rappel : séance de mentorat")
                        .size());
        assertTrue(inbox.mailsWithSubject(pair.mentor(), "Rappel : séance de mentorat")
                .get(0)
                .getText()
                .contains("Séance prévue le"));

        // Moved to another start: reminded again, once.
        sql(
                "UPDATE mentorship_next_session SET starts_at = starts_at + interval '1 hour' WHERE mentorship_id = :id",
                pair.id());
        reminders.sendDueSessionReminders();
        reminders.sendDueSessionReminders();
        assertEquals(2, inbox.count(pair.mentee(), NotificationKind.MENTORSHIP_SESSION_REMINDER));
    }

    @Test
    void aSessionPlannedLessThanADayAheadIsNotRemindedOf() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        pair.mentee()
                .as()
                .body(at(OffsetDateTime.now().plusHours(6)))
                .put(path(pair))
                .then()
                .statusCode(200);
        reminders.sendDueSessionReminders();
        assertEquals(0, inbox.count(pair.mentor(), NotificationKind.MENTORSHIP_SESSION_REMINDER));
    }

    private void sql(String statement, UUID id) {
        QuarkusTransaction.requiringNew()
                .run(() ->
                        em.createNativeQuery(statement).setParameter("id", id).executeUpdate());
    }
}
