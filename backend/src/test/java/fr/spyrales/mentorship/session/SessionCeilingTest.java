package fr.spyrales.mentorship.session;

import static fr.spyrales.support.Backstops.assertRefusedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A pairing notes at most 200 sessions: the service says so, and the database holds the line on its own. */
@QuarkusTest
class SessionCeilingTest {
    @Inject
    MentorshipFixtures fixtures;

    @Inject
    EntityManager em;

    /** Sessions written straight to the table, dated today (within any pairing under way). */
    private void insertSessions(UUID pairing, int count) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        INSERT INTO mentorship_session (id, mentorship_id, held_on, duration_minutes, topics)
                        SELECT gen_random_uuid(), :id, current_date, 60, 'Séance ' || n FROM generate_series(1, :count) n""")
                        .setParameter("id", pairing)
                        .setParameter("count", count)
                        .executeUpdate());
    }

    private static ExtractableResponse<Response> note(Account who, Pair pair) {
        return who.as()
                .body(Map.of(
                        "heldOn",
                        LocalDate.now(ZoneId.of("Europe/Paris")).toString(),
                        "durationMinutes",
                        45,
                        "topics",
                        "Révision des jointures"))
                .post("/api/v1/mentorships/" + pair.id() + "/sessions")
                .then()
                .extract();
    }

    @Test
    void bothPartiesRacingForTheLastPlaceMakeOneSessionAndTheOtherIsToldWhy() throws Exception {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        insertSessions(pair.id(), SessionService.MAX_SESSIONS - 1);

        List<ExtractableResponse<Response>> answers =
                Race.of(List.of(() -> note(pair.mentee(), pair), () -> note(pair.mentor(), pair)));

        answers.sort(Comparator.comparingInt(ExtractableResponse::statusCode));
        assertEquals(
                List.of(201, 422),
                answers.stream().map(ExtractableResponse::statusCode).toList());
        assertEquals("application/problem+json", answers.get(1).contentType());
        assertEquals(
                "Un mentorat compte au plus 200 séances : celle-ci ne peut pas être notée. Modifiez une séance existante si besoin.",
                answers.get(1).path("detail"));
        assertEquals(200, (int) pair.mentee()
                .as()
                .get("/api/v1/mentorships/" + pair.id() + "/sessions")
                .then()
                .statusCode(200)
                .extract()
                .path("totalSessions"));
        assertEquals(422, note(pair.mentor(), pair).statusCode());
    }

    @Test
    void theDatabaseRefusesATwoHundredAndFirstSessionOnItsOwn() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        insertSessions(pair.id(), SessionService.MAX_SESSIONS);
        assertRefusedBy("mentorship_session_ceiling", () -> insertSessions(pair.id(), 1));
    }
}
