package fr.spyrales.animation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The console's actions on a pairing: closing it, and giving the mentee's request to another mentor. */
@QuarkusTest
class PairingActionsTest {
    private static final String PAIRINGS = "/api/v1/animation/pairings/";
    private static final String MENTORSHIPS = "/api/v1/mentorships/";
    private static final String MESSAGE = "Sans nouvelles de vous deux depuis trois mois, nous clôturons ce mentorat.";
    /** What the mentee wrote with the request (MentorshipFixtures.request). */
    private static final String REQUEST_MESSAGE = "Pouvez-vous m'aider à débuter en R ?";

    private static final List<String> GOALS = List.of("Écrire mon premier script R", "Faire un graphique avec ggplot2");

    @Inject
    MentorshipFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    @Test
    void closingAPendingRequestWithdrawsItWithTheAnimateursMessageToBothAndOneAuditRow() {
        Pair pair = fixtures.pairIn(MentorshipStatus.PENDING);
        Account animateur = fixtures.animateur();

        animateur
                .as()
                .body(Map.of("reason", "  " + MESSAGE + " "))
                .post(PAIRINGS + pair.id() + "/closure")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        pair.mentee()
                .as()
                .get(MENTORSHIPS + pair.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("history[-1].reason", equalTo("CLOSED_BY_ANIMATION"))
                .body("history[-1].actorId", nullValue())
                .body("history[-1].comment", equalTo(MESSAGE));
        for (Account party : List.of(pair.mentee(), pair.mentor())) {
            assertEquals(1L, notifications(party, "PAIRING_CLOSED_BY_ANIMATION", pair.id()));
            assertEquals(
                    1L,
                    count(
                            "SELECT count(*) FROM mail_outbox WHERE member_id = :m AND subject LIKE 'Les animateurs"
                                    + " ont clos%'",
                            Map.of("m", party.id())),
                    "the closing is mailed, whatever the member's opt-outs");
        }
        assertEquals(0L, notifications(pair.mentor(), "MENTORSHIP_WITHDRAWN", pair.id()));
        assertEquals(1L, auditRows("PAIRING_CLOSED", pair.id(), animateur.id()));
    }

    @Test
    void closingAPairingUnderWayCancelsItFreesThePlaceAndAsksBothForFeedback() {
        Pair pair = fixtures.pairIn(MentorshipStatus.PAUSED);
        Account admin = fixtures.admin();

        admin.as()
                .body(Map.of("reason", MESSAGE))
                .post(PAIRINGS + pair.id() + "/closure")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));

        pair.mentor()
                .as()
                .get(MENTORSHIPS + pair.id())
                .then()
                .body("status", equalTo("CANCELLED"))
                .body("endedAt", notNullValue())
                .body("history[-1].reason", equalTo("CLOSED_BY_ANIMATION"));
        for (Account party : List.of(pair.mentee(), pair.mentor())) {
            assertEquals(1L, notifications(party, "PAIRING_CLOSED_BY_ANIMATION", pair.id()));
            assertEquals(1L, notifications(party, "FEEDBACK_ASKED", pair.id()));
            assertEquals(0L, notifications(party, "MENTORSHIP_CANCELLED", pair.id()));
        }
        assertEquals(
                0L,
                count(
                        "SELECT count(*) FROM mentorship WHERE mentor_id = :m AND status IN ('ACCEPTED', 'PAUSED')",
                        Map.of("m", pair.mentor().id())),
                "the mentor's place is free again");
        assertEquals(1L, auditRows("PAIRING_CLOSED", pair.id(), admin.id()));
    }

    @Test
    void closingAnEndedPairingIsAConflictAndLeavesNoAuditRow() {
        Pair pair = fixtures.pairIn(MentorshipStatus.COMPLETED);
        Account animateur = fixtures.animateur();

        animateur
                .as()
                .body(Map.of("reason", MESSAGE))
                .post(PAIRINGS + pair.id() + "/closure")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Ce mentorat est terminé"));

        assertEquals(0L, auditRows("PAIRING_CLOSED", pair.id(), null));
        assertEquals(0L, notifications(pair.mentee(), "PAIRING_CLOSED_BY_ANIMATION", pair.id()));
    }

    @Test
    void aMessageOfLessThanThreeCharactersIsRefusedInFrench() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        fixtures.animateur()
                .as()
                .body(Map.of("reason", "  a  "))
                .post(PAIRINGS + pair.id() + "/closure")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].message", containsString("entre 3 et 500 caractères"));
        pair.mentee().as().get(MENTORSHIPS + pair.id()).then().body("status", equalTo("ACCEPTED"));
    }

    @Test
    void reassigningAPendingRequestSendsTheSameRequestToTheChosenMentorWithoutShowingItToTheAnimateur() {
        Pair pair = fixtures.pairIn(MentorshipStatus.PENDING);
        String surname = "Relais" + UUID.randomUUID().toString().substring(0, 8);
        Account newMentor = availableMentor(surname);
        Account animateur = fixtures.animateur();

        animateur
                .as()
                .queryParam("q", surname)
                .get(PAIRINGS + pair.id() + "/mentor-candidates")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(newMentor.id().toString()))
                .body("items[0].displayName", equalTo("Zoé " + surname))
                .body("items[0].freePlaces", equalTo(3));

        Response response = animateur
                .as()
                .body(Map.of("mentorId", newMentor.id(), "reason", "Votre mentor n'est plus disponible."))
                .post(PAIRINGS + pair.id() + "/reassignment");
        response.then()
                .statusCode(201)
                .body("status", equalTo("WITHDRAWN"))
                .body("newMentor.displayName", equalTo("Zoé " + surname));
        String body = response.asString();
        assertFalse(body.contains(REQUEST_MESSAGE), body);
        assertFalse(body.contains("ggplot2"), body);
        UUID newRequest = UUID.fromString(response.path("newRequestId"));
        response.then().header("Location", endsWith("/api/v1/mentorships/" + newRequest));

        pair.mentee()
                .as()
                .get(MENTORSHIPS + pair.id())
                .then()
                .body("status", equalTo("WITHDRAWN"))
                .body("history[-1].reason", equalTo("REASSIGNED_BY_ANIMATION"))
                .body("history[-1].comment", equalTo("Votre mentor n'est plus disponible."));
        pair.mentee()
                .as()
                .get(MENTORSHIPS + newRequest)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("mentor.id", equalTo(newMentor.id().toString()))
                .body("message", equalTo(REQUEST_MESSAGE))
                .body("proposedByProgramme", equalTo(true));
        List<String> titles = pair.mentee()
                .as()
                .get(MENTORSHIPS + newRequest + "/goals")
                .then()
                .statusCode(200)
                .extract()
                .path("items.title");
        assertEquals(GOALS, titles);

        assertEquals(1L, notifications(pair.mentee(), "PAIRING_REASSIGNED", pair.id()));
        assertEquals(1L, notifications(pair.mentor(), "PAIRING_REASSIGNED", pair.id()));
        assertEquals(1L, notifications(newMentor, "MENTORSHIP_REQUESTED", newRequest));
        assertEquals(1L, auditRows("PAIRING_REASSIGNED", pair.id(), animateur.id()));
    }

    @Test
    void reassigningAPairingUnderWayCancelsItAndAsksForFeedback() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        Account newMentor = fixtures.mentor(1);

        UUID newRequest = UUID.fromString(fixtures.animateur()
                .as()
                .body(Map.of("mentorId", newMentor.id(), "reason", "Votre mentor change de poste."))
                .post(PAIRINGS + pair.id() + "/reassignment")
                .then()
                .statusCode(201)
                .body("status", equalTo("CANCELLED"))
                .extract()
                .path("newRequestId"));

        pair.mentee().as().get(MENTORSHIPS + pair.id()).then().body("status", equalTo("CANCELLED"));
        newMentor.as().get(MENTORSHIPS + newRequest).then().body("status", equalTo("PENDING"));
        assertEquals(1L, notifications(pair.mentee(), "FEEDBACK_ASKED", pair.id()));
        assertEquals(1L, notifications(pair.mentor(), "PAIRING_REASSIGNED", pair.id()));
    }

    @Test
    void aReassignmentTheRulesRefuseChangesNothing() {
        Pair pair = fixtures.pairIn(MentorshipStatus.PENDING);
        Account full = fixtures.mentor(1);
        UUID fullPairing = fixtures.request(fixtures.mentee(), full);
        full.as().post(MENTORSHIPS + fullPairing + "/accept").then().statusCode(200);
        Account notMentoring = accounts.quickMember("Noé", "Sansmentorat", m -> {});
        Account animateur = fixtures.animateur();

        record Refused(Account mentor, int status, String detail) {}
        for (Refused refused : List.of(
                new Refused(full, 422, "n'a plus de place libre"),
                new Refused(pair.mentor(), 400, "Choisissez un autre mentor"),
                new Refused(pair.mentee(), 422, "propre mentor"),
                new Refused(notMentoring, 422, "ne propose plus d'accompagnement"))) {
            Response response = animateur
                    .as()
                    .body(Map.of("mentorId", refused.mentor().id(), "reason", MESSAGE))
                    .post(PAIRINGS + pair.id() + "/reassignment");
            response.then().statusCode(refused.status()).contentType("application/problem+json");
            String problem = response.asString();
            assertTrue(problem.contains(refused.detail()), problem);
        }

        pair.mentee()
                .as()
                .get(MENTORSHIPS + pair.id())
                .then()
                .body("status", equalTo("PENDING"))
                .body("history.size()", equalTo(1));
        assertEquals(
                1L,
                count(
                        "SELECT count(*) FROM mentorship WHERE mentee_id = :m",
                        Map.of("m", pair.mentee().id())),
                "no new request");
        assertEquals(0L, auditRows("PAIRING_REASSIGNED", pair.id(), null));
        assertEquals(0L, notifications(pair.mentee(), "PAIRING_REASSIGNED", pair.id()));
    }

    @Test
    void aPlainMemberOrAPartyOfThePairingMayNotUseTheConsoleActions() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        Account member = fixtures.stranger();
        Account other = fixtures.mentor(2);

        member.as()
                .body(Map.of("reason", MESSAGE))
                .post(PAIRINGS + pair.id() + "/closure")
                .then()
                .statusCode(403);
        member.as()
                .body(Map.of("mentorId", other.id(), "reason", MESSAGE))
                .post(PAIRINGS + pair.id() + "/reassignment")
                .then()
                .statusCode(403);
        member.as().get(PAIRINGS + pair.id() + "/mentor-candidates").then().statusCode(403);

        Account mentorAndAnimateur = fixtures.withRole(pair.mentor(), "animateur");
        mentorAndAnimateur
                .as()
                .body(Map.of("reason", MESSAGE))
                .post(PAIRINGS + pair.id() + "/closure")
                .then()
                .statusCode(403)
                .body("detail", containsString("Vous faites partie de ce mentorat"));

        pair.mentee().as().get(MENTORSHIPS + pair.id()).then().body("status", equalTo("ACCEPTED"));
        assertEquals(0L, auditRows("PAIRING_CLOSED", pair.id(), null));
    }

    @Test
    void twoAnimateursClosingTheSameLineAtOnceMakeOneClosing() throws Exception {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        List<Account> animateurs = List.of(fixtures.animateur(), fixtures.animateur(), fixtures.admin());

        List<Integer> statuses = Race.of(animateurs.stream()
                .<Callable<Integer>>map(a -> () -> a.as().body(Map.of("reason", MESSAGE))
                        .post(PAIRINGS + pair.id() + "/closure")
                        .statusCode())
                .toList());

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(2, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1L, auditRows("PAIRING_CLOSED", pair.id(), null));
        assertEquals(1L, notifications(pair.mentee(), "PAIRING_CLOSED_BY_ANIMATION", pair.id()));
        pair.mentee()
                .as()
                .get(MENTORSHIPS + pair.id())
                .then()
                .body("history.findAll { it.toStatus == 'CANCELLED' }.size()", equalTo(1));
    }

    @Test
    void aCloseAndAReassignmentRacingOnTheSameRequestLeaveOneOutcome() throws Exception {
        Pair pair = fixtures.pairIn(MentorshipStatus.PENDING);
        Account newMentor = fixtures.mentor(2);
        Account first = fixtures.animateur();
        Account second = fixtures.animateur();

        List<Integer> statuses = Race.of(List.<Callable<Integer>>of(
                () -> first.as()
                        .body(Map.of("reason", MESSAGE))
                        .post(PAIRINGS + pair.id() + "/closure")
                        .statusCode(),
                () -> second.as()
                        .body(Map.of("mentorId", newMentor.id(), "reason", MESSAGE))
                        .post(PAIRINGS + pair.id() + "/reassignment")
                        .statusCode()));

        assertEquals(1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        long requests = count(
                "SELECT count(*) FROM mentorship WHERE mentee_id = :m",
                Map.of("m", pair.mentee().id()));
        assertEquals(statuses.get(1) == 201 ? 2L : 1L, requests, statuses.toString());
        assertEquals(
                1L,
                count(
                        "SELECT count(*) FROM audit_event WHERE target_id = :t AND action IN ('PAIRING_CLOSED',"
                                + " 'PAIRING_REASSIGNED')",
                        Map.of("t", pair.id().toString())));
    }

    /** A mentor with three free places and a surname nobody else has, to find them in the candidates. */
    private Account availableMentor(String surname) {
        return accounts.quickMember("Zoé", surname, m -> {
            m.canMentor = true;
            m.mentorCapacity = 3;
        });
    }

    private long notifications(Account recipient, String kind, UUID mentorship) {
        return count(
                "SELECT count(*) FROM notification WHERE member_id = :m AND kind = :kind AND mentorship_id = :p",
                Map.of("m", recipient.id(), "kind", kind, "p", mentorship));
    }

    private long auditRows(String action, UUID target, UUID actor) {
        return count(
                "SELECT count(*) FROM audit_event WHERE action = :action AND target_id = :target"
                        + (actor == null ? "" : " AND actor_member_id = :actor"),
                actor == null
                        ? Map.of("action", action, "target", target.toString())
                        : Map.of("action", action, "target", target.toString(), "actor", actor));
    }

    private long count(String sql, Map<String, Object> parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            parameters.forEach(query::setParameter);
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
