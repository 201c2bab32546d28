package fr.spyrales.mentorship.feedback;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Feedback on a finished pairing: once per side, each hidden from the other until both answered or the delay passed. */
@QuarkusTest
class FeedbackTest {
    @Inject
    MentorshipFixtures fixtures;

    @Inject
    EntityManager em;

    private static String feedback(Pair pair) {
        return "/api/v1/mentorships/" + pair.id() + "/feedback";
    }

    /** Moves the end of a pairing that many days into the past. */
    private void endedDaysEarlier(UUID id, int days) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE mentorship SET ended_at = ended_at - make_interval(days => :days) WHERE id = :id")
                        .setParameter("days", days)
                        .setParameter("id", id)
                        .executeUpdate());
    }

    private long storedFeedbacks(UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "SELECT count(*) FROM mentorship_feedback WHERE mentorship_id = :id")
                                .setParameter("id", id)
                                .getSingleResult())
                        .longValue());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MentorshipStatus.class)
    void feedbackIsGivenOnCompletedOrCancelledPairingsOnly(MentorshipStatus status) {
        Pair pair = fixtures.pairIn(status);
        boolean ended = MentorshipStatus.ENDED_PAIRING.contains(status);
        var response = pair.mentee().as().body(Map.of("rating", 4)).post(feedback(pair));
        response.then().statusCode(ended ? 201 : 409);
        if (MentorshipStatus.OPEN.contains(status)) {
            response.then()
                    .contentType("application/problem+json")
                    .body("detail", containsString("vous pourrez donner votre avis quand il sera terminé"));
        } else if (!ended) {
            response.then().body("detail", containsString("il n'y a pas de mentorat à évaluer"));
        } else {
            response.then().header("Location", containsString(feedback(pair)));
        }
        assertEquals(ended ? 1 : 0, storedFeedbacks(pair.id()));
        pair.mentee()
                .as()
                .get(feedback(pair))
                .then()
                .statusCode(200)
                .body("mine.rating", ended ? equalTo(4) : nullValue())
                .body("revealAt", ended ? notNullValue() : nullValue());
    }

    @Test
    void eachSideAnswersOnceAndSeesTheOtherOnlyWhenBothHaveAnswered() {
        Pair pair = fixtures.pairIn(MentorshipStatus.COMPLETED);
        pair.mentee()
                .as()
                .get(feedback(pair))
                .then()
                .statusCode(200)
                .body("mine", nullValue())
                .body("theirs", nullValue())
                .body("theirsHidden", equalTo(false));

        pair.mentee()
                .as()
                .body(Map.of("rating", 5, "comment", "  Des séances très concrètes.  "))
                .post(feedback(pair))
                .then()
                .statusCode(201)
                .body("mine.rating", equalTo(5))
                .body("mine.comment", equalTo("Des séances très concrètes."))
                .body("mine.createdAt", notNullValue())
                .body("theirs", nullValue())
                .body("theirsHidden", equalTo(false));
        pair.mentee()
                .as()
                .body(Map.of("rating", 1, "comment", "Je change d'avis"))
                .post(feedback(pair))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("déjà donné votre avis"));

        // The mentor knows an answer waits, but not what it says.
        pair.mentor()
                .as()
                .get(feedback(pair))
                .then()
                .statusCode(200)
                .body("mine", nullValue())
                .body("theirs", nullValue())
                .body("theirsHidden", equalTo(true));

        // Once the mentor answers, both see both.
        pair.mentor()
                .as()
                .body(Map.of("rating", 4))
                .post(feedback(pair))
                .then()
                .statusCode(201)
                .body("mine.rating", equalTo(4))
                .body("mine.comment", nullValue())
                .body("theirs.rating", equalTo(5))
                .body("theirs.comment", equalTo("Des séances très concrètes."))
                .body("theirsHidden", equalTo(false));
        pair.mentee()
                .as()
                .get(feedback(pair))
                .then()
                .statusCode(200)
                .body("mine.rating", equalTo(5))
                .body("theirs.rating", equalTo(4))
                .body("theirsHidden", equalTo(false));
        pair.mentor().as().body(Map.of("rating", 2)).post(feedback(pair)).then().statusCode(409);
        assertEquals(2, storedFeedbacks(pair.id()));
    }

    @Test
    void theOtherSideIsRevealedFourteenDaysAfterTheEnd() {
        Pair pair = fixtures.pairIn(MentorshipStatus.CANCELLED);
        pair.mentor()
                .as()
                .body(Map.of("rating", 2, "comment", "Peu de disponibilité de part et d'autre."))
                .post(feedback(pair))
                .then()
                .statusCode(201);

        endedDaysEarlier(pair.id(), 13);
        var beforeDelay = pair.mentee()
                .as()
                .get(feedback(pair))
                .then()
                .statusCode(200)
                .body("theirs", nullValue())
                .body("theirsHidden", equalTo(true))
                .extract();
        OffsetDateTime endedAt = OffsetDateTime.parse(pair.mentee()
                .as()
                .get("/api/v1/mentorships/" + pair.id())
                .then()
                .extract()
                .path("endedAt"));
        OffsetDateTime revealAt = OffsetDateTime.parse(beforeDelay.path("revealAt"));
        assertTrue(revealAt.isEqual(endedAt.plusDays(14)), revealAt + " should be 14 days after " + endedAt);
        assertTrue(revealAt.isAfter(OffsetDateTime.now()));

        endedDaysEarlier(pair.id(), 2);
        pair.mentee()
                .as()
                .get(feedback(pair))
                .then()
                .statusCode(200)
                .body("mine", nullValue())
                .body("theirs.rating", equalTo(2))
                .body("theirs.comment", equalTo("Peu de disponibilité de part et d'autre."))
                .body("theirsHidden", equalTo(false));
        // The mentor, who answered, still waits for nothing: the mentee's side is simply empty.
        pair.mentor()
                .as()
                .get(feedback(pair))
                .then()
                .body("theirs", nullValue())
                .body("theirsHidden", equalTo(false));
        // Answering late is still possible, once.
        pair.mentee()
                .as()
                .body(Map.of("rating", 3))
                .post(feedback(pair))
                .then()
                .statusCode(201)
                .body("theirs.rating", equalTo(2));
        pair.mentor().as().get(feedback(pair)).then().body("theirs.rating", equalTo(3));
    }

    @Test
    void racingAnswersOfOneSideMakeOneFeedback() throws Exception {
        for (int racers : List.of(2, 5, 8)) {
            Pair pair = fixtures.pairIn(MentorshipStatus.COMPLETED);
            List<Integer> statuses = Race.of(
                    racers,
                    () -> pair.mentee()
                            .as()
                            .body(Map.of("rating", 5, "comment", "Merci !"))
                            .post(feedback(pair))
                            .statusCode());
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(racers - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            assertEquals(1, storedFeedbacks(pair.id()));
        }
    }

    @Test
    void bothSidesAnsweringAtOnceEachGetTheirFeedbackStored() throws Exception {
        Pair pair = fixtures.pairIn(MentorshipStatus.COMPLETED);
        List<Integer> statuses = Race.of(List.of(
                () -> pair.mentee()
                        .as()
                        .body(Map.of("rating", 5))
                        .post(feedback(pair))
                        .statusCode(),
                () -> pair.mentor()
                        .as()
                        .body(Map.of("rating", 4))
                        .post(feedback(pair))
                        .statusCode()));
        assertEquals(List.of(201, 201), statuses);
        assertEquals(2, storedFeedbacks(pair.id()));
        pair.mentee()
                .as()
                .get(feedback(pair))
                .then()
                .body("mine.rating", equalTo(5))
                .body("theirs.rating", equalTo(4));
    }

    @Test
    void onlyTheTwoPartiesReadOrGiveFeedback() {
        Pair pair = fixtures.pairIn(MentorshipStatus.COMPLETED);
        pair.mentee().as().body(Map.of("rating", 5)).post(feedback(pair)).then().statusCode(201);

        Account stranger = fixtures.stranger();
        stranger.as().get(feedback(pair)).then().statusCode(404).contentType("application/problem+json");
        stranger.as().body(Map.of("rating", 1)).post(feedback(pair)).then().statusCode(404);
        stranger.as()
                .get("/api/v1/mentorships/" + UUID.randomUUID() + "/feedback")
                .then()
                .statusCode(404);

        Account animateur = fixtures.animateur();
        animateur
                .as()
                .get(feedback(pair))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("seules les deux personnes du binôme y ont accès"));
        animateur.as().body(Map.of("rating", 1)).post(feedback(pair)).then().statusCode(403);

        assertEquals(1, storedFeedbacks(pair.id()));
    }

    @Test
    void badInputsAreRefusedFieldByField() {
        Pair pair = fixtures.pairIn(MentorshipStatus.COMPLETED);
        Account mentee = pair.mentee();
        mentee.as()
                .body("{}")
                .post(feedback(pair))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("rating")))
                .body("errors[0].message", equalTo("Donnez une note de 1 à 5."));
        mentee.as()
                .body(Map.of("rating", 0))
                .post(feedback(pair))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("rating"))
                .body("errors[0].message", equalTo("La note va de 1 à 5."));
        mentee.as()
                .body(Map.of("rating", 6, "comment", "c".repeat(2001)))
                .post(feedback(pair))
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("comment", "rating")))
                .body(
                        "errors.message",
                        hasItems("Le commentaire ne doit pas dépasser 2 000 caractères.", "La note va de 1 à 5."));
        mentee.as()
                .body(Map.of("rating", "cinq"))
                .post(feedback(pair))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("rating"));
        mentee.as()
                .body(Map.of("rating", 4, "stars", 4))
                .post(feedback(pair))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("stars"));
        assertEquals(0, storedFeedbacks(pair.id()));
        // Nothing was stored, so a valid answer is still accepted.
        mentee.as().body(Map.of("rating", 4)).post(feedback(pair)).then().statusCode(201);
    }
}
