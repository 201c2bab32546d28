package fr.spyrales.mentorship.session;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sessions of a pairing: noted by its parties while it runs, dated within it, counted and summed. */
@QuarkusTest
class SessionsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    MentorshipFixtures fixtures;

    @Inject
    EntityManager em;

    private static String sessions(Pair pair) {
        return "/api/v1/mentorships/" + pair.id() + "/sessions";
    }

    private static LocalDate today() {
        return LocalDate.now(PARIS);
    }

    private static Map<String, Object> session(LocalDate heldOn, int minutes, String topics) {
        Map<String, Object> body = new HashMap<>();
        body.put("heldOn", heldOn.toString());
        body.put("durationMinutes", minutes);
        body.put("topics", topics);
        return body;
    }

    private static JsonPath list(Account who, Pair pair) {
        return who.as().get(sessions(pair)).then().statusCode(200).extract().jsonPath();
    }

    /** Moves the start of a pairing back, to a given day at 10:00 in Paris. */
    private void startedOn(UUID id, LocalDate day) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE mentorship SET started_at = :at WHERE id = :id")
                        .setParameter(
                                "at",
                                day.atTime(LocalTime.of(10, 0)).atZone(PARIS).toOffsetDateTime())
                        .setParameter("id", id)
                        .executeUpdate());
    }

    @Test
    void bothPartiesNoteSessionsAndTotalsFollow() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        startedOn(pair.id(), today().minusDays(30));
        assertEquals(0, list(pair.mentee(), pair).getInt("totalSessions"));

        Map<String, Object> first = session(today().minusDays(20), 60, "Import de CSV avec readr");
        first.put("notes", "Revoir les encodages.");
        var created = pair.mentee().as().body(first).post(sessions(pair));
        String firstId = created.then()
                .statusCode(201)
                .body("heldOn", equalTo(today().minusDays(20).toString()))
                .body("durationMinutes", equalTo(60))
                .body("topics", equalTo("Import de CSV avec readr"))
                .body("notes", equalTo("Revoir les encodages."))
                .body("createdById", equalTo(pair.mentee().id().toString()))
                .body("createdByName", equalTo("Léa Novice"))
                .extract()
                .path("id");
        created.then().header("Location", endsWith(sessions(pair) + "/" + firstId));
        String secondId = pair.mentor()
                .as()
                .body(session(today(), 45, "Graphiques ggplot2"))
                .post(sessions(pair))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        pair.mentor()
                .as()
                .body(session(today().minusDays(5), 30, "Jointures dplyr"))
                .post(sessions(pair))
                .then()
                .statusCode(201);

        JsonPath all = list(pair.mentor(), pair);
        assertEquals(
                List.of("Graphiques ggplot2", "Jointures dplyr", "Import de CSV avec readr"),
                all.getList("items.topics"));
        assertEquals(3, all.getInt("totalSessions"));
        assertEquals(135, all.getInt("totalMinutes"));

        // The mentor corrects the first session and clears its notes; the mentee removes the second.
        pair.mentor()
                .as()
                .body(Map.of("durationMinutes", 90, "notes", ""))
                .patch(sessions(pair) + "/" + firstId)
                .then()
                .statusCode(200)
                .body("durationMinutes", equalTo(90))
                .body("notes", nullValue())
                .body("topics", equalTo("Import de CSV avec readr"));
        pair.mentee().as().delete(sessions(pair) + "/" + secondId).then().statusCode(204);
        pair.mentee()
                .as()
                .get(sessions(pair) + "/" + secondId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        JsonPath after = list(pair.mentee(), pair);
        assertEquals(2, after.getInt("totalSessions"));
        assertEquals(120, after.getInt("totalMinutes"));
        pair.mentee()
                .as()
                .get(sessions(pair) + "/" + firstId)
                .then()
                .statusCode(200)
                .body("durationMinutes", equalTo(90));
    }

    @Test
    void aSessionIsDatedNeitherInTheFutureNorBeforeThePairingStarted() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        LocalDate start = today().minusDays(10);
        startedOn(pair.id(), start);

        pair.mentee()
                .as()
                .body(session(today().plusDays(1), 60, "Demain"))
                .post(sessions(pair))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("dans le futur"))
                .body("errors[0].field", equalTo("heldOn"));
        pair.mentee()
                .as()
                .body(session(start.minusDays(1), 60, "Avant"))
                .post(sessions(pair))
                .then()
                .statusCode(422)
                .body("detail", containsString("ne peut pas précéder le début du mentorat"))
                .body("errors[0].field", equalTo("heldOn"));
        String id = pair.mentee()
                .as()
                .body(session(start, 60, "Premier jour"))
                .post(sessions(pair))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        pair.mentee()
                .as()
                .body(session(today(), 60, "Aujourd'hui"))
                .post(sessions(pair))
                .then()
                .statusCode(201);

        pair.mentor()
                .as()
                .body(Map.of("heldOn", today().plusDays(3).toString()))
                .patch(sessions(pair) + "/" + id)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("heldOn"));
        pair.mentor()
                .as()
                .body(Map.of("heldOn", start.minusDays(30).toString()))
                .patch(sessions(pair) + "/" + id)
                .then()
                .statusCode(422);
        pair.mentor()
                .as()
                .body(Map.of("heldOn", start.plusDays(1).toString()))
                .patch(sessions(pair) + "/" + id)
                .then()
                .statusCode(200)
                .body("heldOn", equalTo(start.plusDays(1).toString()));
        assertEquals(2, list(pair.mentor(), pair).getInt("totalSessions"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MentorshipStatus.class)
    void sessionsAreNotedWhileThePairingRunsOnly(MentorshipStatus status) {
        Pair pair = fixtures.pairIn(status);
        boolean running = MentorshipStatus.ACTIVE.contains(status);
        var response =
                pair.mentor().as().body(session(today(), 60, "Point d'étape")).post(sessions(pair));
        response.then().statusCode(running ? 201 : 409);
        if (status == MentorshipStatus.PENDING) {
            response.then()
                    .contentType("application/problem+json")
                    .body(
                            "detail",
                            equalTo(
                                    "Le mentorat n'a pas encore commencé : les séances se notent une fois la demande acceptée."));
        } else if (!running) {
            response.then().body("detail", containsString("ses séances ne peuvent plus être modifiées"));
        }
        assertEquals(running ? 1 : 0, list(pair.mentee(), pair).getInt("totalSessions"));
    }

    @Test
    void onceTheMentorshipEndsItsSessionsStayAsTheyAre() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        String id = pair.mentee()
                .as()
                .body(session(today(), 60, "Bilan"))
                .post(sessions(pair))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        pair.mentor()
                .as()
                .body("{}")
                .post("/api/v1/mentorships/" + pair.id() + "/complete")
                .then()
                .statusCode(200);

        pair.mentee()
                .as()
                .body(Map.of("durationMinutes", 120))
                .patch(sessions(pair) + "/" + id)
                .then()
                .statusCode(409)
                .body("detail", equalTo("Ce mentorat est terminé : ses séances ne peuvent plus être modifiées."));
        pair.mentor().as().delete(sessions(pair) + "/" + id).then().statusCode(409);
        pair.mentor()
                .as()
                .body(session(today(), 30, "Après coup"))
                .post(sessions(pair))
                .then()
                .statusCode(409);

        JsonPath after = list(pair.mentor(), pair);
        assertEquals(1, after.getInt("totalSessions"));
        assertEquals(60, after.getInt("totalMinutes"));
    }

    @Test
    void strangersSeeNothingAnimateursNeitherReadNorWriteAndSessionsStayInTheirPairing() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        String session = sessions(pair) + "/"
                + pair.mentee()
                        .as()
                        .body(session(today(), 60, "Premiers pas"))
                        .post(sessions(pair))
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");

        Account stranger = fixtures.stranger();
        stranger.as().get(sessions(pair)).then().statusCode(404).contentType("application/problem+json");
        stranger.as().get(session).then().statusCode(404);
        stranger.as()
                .body(session(today(), 60, "Intrus"))
                .post(sessions(pair))
                .then()
                .statusCode(404);
        stranger.as().body(Map.of("durationMinutes", 600)).patch(session).then().statusCode(404);
        stranger.as().delete(session).then().statusCode(404);

        Account animateur = fixtures.animateur();
        for (String path : List.of(sessions(pair), session)) {
            animateur
                    .as()
                    .get(path)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString("seules les deux personnes du binôme y ont accès"));
        }
        animateur
                .as()
                .body(session(today(), 60, "Contrôle"))
                .post(sessions(pair))
                .then()
                .statusCode(403);
        animateur
                .as()
                .body(Map.of("durationMinutes", 600))
                .patch(session)
                .then()
                .statusCode(403);
        animateur.as().delete(session).then().statusCode(403);

        Pair other = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        String sessionId = session.substring(session.lastIndexOf('/') + 1);
        other.mentee()
                .as()
                .get(sessions(other) + "/" + sessionId)
                .then()
                .statusCode(404)
                .body("detail", containsString("séance"));
        other.mentee()
                .as()
                .body(Map.of("durationMinutes", 600))
                .patch(sessions(other) + "/" + sessionId)
                .then()
                .statusCode(404);
        other.mentee().as().delete(sessions(other) + "/" + sessionId).then().statusCode(404);

        JsonPath after = list(pair.mentee(), pair);
        assertEquals(1, after.getInt("totalSessions"));
        assertEquals(60, after.getInt("totalMinutes"));
    }

    @Test
    void badInputsAreRefusedFieldByField() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        Account mentee = pair.mentee();

        mentee.as()
                .body("{}")
                .post(sessions(pair))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("durationMinutes", "heldOn", "topics")));
        Map<String, Object> tooMuch = session(today(), 601, "t".repeat(501));
        tooMuch.put("notes", "n".repeat(5001));
        mentee.as()
                .body(tooMuch)
                .post(sessions(pair))
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("durationMinutes", "notes", "topics")))
                .body(
                        "errors.message",
                        hasItems(
                                "La durée va de 5 à 600 minutes.",
                                "Les notes ne doivent pas dépasser 5 000 caractères.",
                                "Les sujets ne doivent pas dépasser 500 caractères."));
        mentee.as()
                .body(session(today(), 4, "Trop court"))
                .post(sessions(pair))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("durationMinutes"));
        Map<String, Object> frenchDate = session(today(), 60, "Date à la française");
        frenchDate.put("heldOn", "19/03/2026");
        mentee.as()
                .body(frenchDate)
                .post(sessions(pair))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));
        Map<String, Object> textDuration = session(today(), 60, "Durée en lettres");
        textDuration.put("durationMinutes", "une heure");
        mentee.as()
                .body(textDuration)
                .post(sessions(pair))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("durationMinutes"));

        String id = mentee.as()
                .body(session(today(), 60, "Valide"))
                .post(sessions(pair))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        mentee.as()
                .body(Map.of("topics", "  "))
                .patch(sessions(pair) + "/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("topics"));
        mentee.as()
                .body(Map.of("durationMinutes", 0))
                .patch(sessions(pair) + "/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("durationMinutes"));

        JsonPath after = list(mentee, pair);
        assertEquals(1, after.getInt("totalSessions"));
        assertEquals(60, after.getInt("totalMinutes"));
    }
}
