package fr.spyrales.mentorship;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the two parties of a pairing write to each other is theirs: supervisors (animateurs and admins who are not a
 * party) see that the pairing exists and how it goes, not its content.
 */
@QuarkusTest
class PairingPrivacyTest {
    private static final String PRIVATE =
            "Le contenu d'un binôme est privé : seules les deux personnes du binôme y ont accès.";

    @Inject
    MentorshipFixtures fixtures;

    @Inject
    EntityManager em;

    enum Supervisor {
        ANIMATEUR,
        ADMIN
    }

    private Account supervisor(Supervisor who) {
        return who == Supervisor.ANIMATEUR ? fixtures.animateur() : fixtures.admin();
    }

    /** A pairing under way with something private everywhere: the request, a pause comment, a goal comment, session notes. */
    private record Lived(Pair pair, String path, String goal, String comment, String session) {}

    private Lived livedPairing() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        String path = "/api/v1/mentorships/" + pair.id();
        pair.mentee()
                .as()
                .body(Map.of("comment", "Je suis en arrêt maladie jusqu'à lundi."))
                .post(path + "/pause")
                .then()
                .statusCode(200);
        pair.mentor().as().body("{}").post(path + "/resume").then().statusCode(200);
        String goal = path + "/goals/"
                + pair.mentee()
                        .as()
                        .get(path + "/goals")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0].id");
        pair.mentee().as().body(Map.of("done", true)).patch(goal).then().statusCode(200);
        String comment = goal + "/comments/"
                + pair.mentor()
                        .as()
                        .body(Map.of("body", "Bravo, belle progression."))
                        .post(goal + "/comments")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String session = path + "/sessions/"
                + pair.mentee()
                        .as()
                        .body(Map.of(
                                "heldOn",
                                LocalDate.now(ZoneId.of("Europe/Paris")).toString(),
                                "durationMinutes",
                                60,
                                "topics",
                                "Premiers scripts",
                                "notes",
                                "Je me sens débordée au travail en ce moment."))
                        .post(path + "/sessions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        return new Lived(pair, path, goal, comment, session);
    }

    @ParameterizedTest
    @EnumSource(Supervisor.class)
    void aSupervisorSeesThatAPairingExistsAndHowItGoesButNotWhatItsPartiesWrote(Supervisor who) {
        Lived lived = livedPairing();
        Account supervisor = supervisor(who);

        supervisor
                .as()
                .get(lived.path())
                .then()
                .statusCode(200)
                .body("myRole", equalTo("SUPERVISOR"))
                .body("status", equalTo("ACCEPTED"))
                .body("mentee.id", equalTo(lived.pair().mentee().id().toString()))
                .body("mentee.displayName", equalTo("Léa Novice"))
                .body("mentor.displayName", equalTo("Claire Mentor"))
                .body("mentee.contact", nullValue())
                .body("mentor.contact", nullValue())
                .body("requestedAt", notNullValue())
                .body("startedAt", notNullValue())
                .body("plannedEndDate", notNullValue())
                .body("goals.total", equalTo(2))
                .body("goals.done", equalTo(1))
                .body("history.toStatus", contains("PENDING", "ACCEPTED", "PAUSED", "ACCEPTED"))
                .body("history.actorName", contains("Léa Novice", "Claire Mentor", "Léa Novice", "Claire Mentor"))
                .body("history.occurredAt", everyItem(notNullValue()))
                .body("allowedActions", empty())
                .body("message", nullValue())
                .body("history.comment", everyItem(nullValue()));

        for (String content : List.of(
                lived.path() + "/goals",
                lived.goal(),
                lived.comment(),
                lived.path() + "/sessions",
                lived.session(),
                lived.path() + "/feedback")) {
            supervisor
                    .as()
                    .get(content)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", equalTo(PRIVATE));
        }
    }

    @Test
    void thePartiesStillSeeEverythingTheyWrote() {
        Lived lived = livedPairing();
        for (Account party : List.of(lived.pair().mentee(), lived.pair().mentor())) {
            party.as()
                    .get(lived.path())
                    .then()
                    .statusCode(200)
                    .body("message", equalTo("Pouvez-vous m'aider à débuter en R ?"))
                    .body("history[2].comment", equalTo("Je suis en arrêt maladie jusqu'à lundi."));
            party.as().get(lived.comment()).then().statusCode(200).body("body", equalTo("Bravo, belle progression."));
            party.as()
                    .get(lived.session())
                    .then()
                    .statusCode(200)
                    .body("notes", equalTo("Je me sens débordée au travail en ce moment."));
        }
    }

    @Test
    void anAnimateurWhoIsAPartySeesTheirOwnPairingInFull() {
        Account mentor = fixtures.withRole(fixtures.mentor(1), "animateur");
        Account mentee = fixtures.mentee();
        UUID id = fixtures.request(mentee, mentor);
        String path = "/api/v1/mentorships/" + id;

        mentor.as()
                .get(path)
                .then()
                .statusCode(200)
                .body("myRole", equalTo("MENTOR"))
                .body("message", equalTo("Pouvez-vous m'aider à débuter en R ?"));
        mentor.as().get(path + "/goals").then().statusCode(200).body("progress.total", equalTo(2));
    }

    @ParameterizedTest
    @EnumSource(Supervisor.class)
    void aSupervisorChangesNothingOfAPairingTheyAreNotPartOf(Supervisor who) {
        Lived lived = livedPairing();
        Account supervisor = supervisor(who);
        String path = lived.path();
        JsonPath before = lived.pair().mentee().as().get(path).then().extract().jsonPath();

        supervisor
                .as()
                .body(Map.of("plannedEndDate", LocalDate.now().plusMonths(2).toString()))
                .patch(path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        supervisor.as().body("{}").post(path + "/pause").then().statusCode(403);
        supervisor
                .as()
                .body(Map.of("reason", "Contrôle"))
                .post(path + "/cancel")
                .then()
                .statusCode(403);
        supervisor
                .as()
                .body(Map.of("title", "Objectif imposé"))
                .post(path + "/goals")
                .then()
                .statusCode(403);
        supervisor.as().body(Map.of("done", false)).patch(lived.goal()).then().statusCode(403);
        supervisor
                .as()
                .body(Map.of("body", "Je passe par là"))
                .post(lived.goal() + "/comments")
                .then()
                .statusCode(403);
        supervisor.as().delete(lived.goal()).then().statusCode(403);
        supervisor
                .as()
                .body(Map.of(
                        "heldOn",
                        LocalDate.now(ZoneId.of("Europe/Paris")).toString(),
                        "durationMinutes",
                        30,
                        "topics",
                        "Contrôle"))
                .post(path + "/sessions")
                .then()
                .statusCode(403);
        supervisor.as().body(Map.of("notes", "")).patch(lived.session()).then().statusCode(403);
        supervisor.as().delete(lived.session()).then().statusCode(403);

        JsonPath after = lived.pair().mentee().as().get(path).then().extract().jsonPath();
        assertEquals(before.getMap(""), after.getMap(""), "a refused change changes nothing");
        assertEquals(
                2L,
                count(
                        "SELECT count(*) FROM mentorship_goal WHERE mentorship_id = :id",
                        lived.pair().id()));
        assertEquals(
                1L,
                count(
                        "SELECT count(*) FROM mentorship_goal_comment c JOIN mentorship_goal g ON g.id = c.goal_id "
                                + "WHERE g.mentorship_id = :id",
                        lived.pair().id()));
        assertEquals(
                1L,
                count(
                        "SELECT count(*) FROM mentorship_session WHERE mentorship_id = :id AND notes IS NOT NULL",
                        lived.pair().id()));
    }

    @Test
    void aSupervisorsListOfMentorshipsHoldsOnlyTheirOwnPairings() {
        livedPairing();
        Account animateur = fixtures.animateur();
        animateur
                .as()
                .get("/api/v1/mentorships")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("items", empty());
    }

    @Test
    void anOutsiderSeesNoPairingAtAll() {
        Lived lived = livedPairing();
        Account stranger = fixtures.stranger();
        for (String path : List.of(
                lived.path(),
                lived.path() + "/goals",
                lived.goal(),
                lived.comment(),
                lived.path() + "/sessions",
                lived.session(),
                lived.path() + "/feedback",
                lived.path() + "/reports")) {
            stranger.as().get(path).then().statusCode(404).contentType("application/problem+json");
        }
    }

    private long count(String sql, UUID id) {
        return ((Number) em.createNativeQuery(sql).setParameter("id", id).getSingleResult()).longValue();
    }
}
