package fr.spyrales.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@SuppressWarnings("unchecked")
class MatchingRunTest {
    private static final String RUNS = MatchingFixtures.RUNS;
    private static final String SERIES = "series-temporelles";
    private static final String ECONOMETRICS = "econometrie";
    private static final String SURVEYS = "sondages";

    @Inject
    MatchingFixtures fixtures;

    @Inject
    MentorshipFixtures mentorships;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    /** The last name this test gives its members; they leave the cohort afterwards, so later runs start clean. */
    private String name;

    @BeforeEach
    void nameThisTestsMembers() {
        name = MatchingFixtures.uniqueName("Cohorte");
    }

    @AfterEach
    void takeThisTestsMembersOutOfTheCohort() {
        fixtures.leaveCohort(name);
    }

    private UUID startAndWait(Account animateur, Map<String, Object> parameters) {
        UUID id = fixtures.startRun(animateur, parameters);
        fixtures.awaitEnd(animateur, id);
        return id;
    }

    @Test
    void eachFinishedRunIsTimedInTheMetrics() {
        Account animateur = mentorships.animateur();
        long before = finishedRuns();

        startAndWait(animateur, Map.of());

        // Recorded once the proposal is committed, just after the run shows DONE.
        await().atMost(Duration.ofSeconds(30)).until(() -> finishedRuns() == before + 1);
        Timer timer =
                metrics.get("spyrales.matching.run").tag("outcome", "done").timer();
        assertTrue(timer.max(java.util.concurrent.TimeUnit.NANOSECONDS) > 0);
    }

    private long finishedRuns() {
        Timer timer =
                metrics.find("spyrales.matching.run").tag("outcome", "done").timer();
        return timer == null ? 0 : timer.count();
    }

    private static Map<String, Object> proposalOf(Account animateur, UUID run, String name, Account mentee) {
        List<Map<String, Object>> items = animateur
                .as()
                .get(RUNS + "/" + run + "/proposals?size=100&q=" + name)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(p -> ((Map<?, ?>) p.get("mentee"))
                        .get("id")
                        .equals(mentee.id().toString()))
                .findFirst()
                .orElse(null);
    }

    private static String mentorOf(Map<String, Object> proposal) {
        return proposal == null ? null : (String) ((Map<?, ?>) proposal.get("mentor")).get("id");
    }

    @Test
    void aRunMaximisesTheTotalScoreUnderCapacitiesAndRespectsTheHardConstraints() {
        // Mentors of another ministry in the same region: 35 points on top of the skills, which no
        // demo mentor three levels above can make up for.
        Account both = fixtures.mentee(name, "MJ", "OCC", Map.of(), Set.of(SERIES, ECONOMETRICS));
        Account econometricsOnly = fixtures.mentee(name, "MJ", "OCC", Map.of(), Set.of(ECONOMETRICS));
        Account x = fixtures.mentor("Xavier", name, "INSEE", "OCC", 1, Map.of(SERIES, 2, ECONOMETRICS, 2));
        Account y = fixtures.mentor("Yasmine", name, "INSEE", "OCC", 1, Map.of(ECONOMETRICS, 2));
        // Surveys: a skill of their own, so that these two stay out of the competition for x and y.
        Account declinedBefore = fixtures.mentee(name, "MJ", "OCC", Map.of(), Set.of(SURVEYS));
        Account decliner = fixtures.mentor("Zoé", name, "INSEE", "OCC", 3, Map.of(SURVEYS, 2));
        UUID declined = mentorships.request(declinedBefore, decliner);
        decliner.as()
                .body(Map.of("reason", "NO_TIME"))
                .post("/api/v1/mentorships/" + declined + "/decline")
                .then()
                .statusCode(200);
        Account alreadyPaired = fixtures.mentee(name, "MJ", "OCC", Map.of(), Set.of(SERIES));
        Account full = fixtures.mentor("Fanny", name, "INSEE", "OCC", 1, Map.of(SERIES, 2, ECONOMETRICS, 2));
        UUID pairing = mentorships.request(alreadyPaired, full);
        full.as().post("/api/v1/mentorships/" + pairing + "/accept").then().statusCode(200);
        Account animateur = mentorships.animateur();

        UUID run = startAndWait(animateur, Map.of());

        JsonPath view = animateur
                .as()
                .get(RUNS + "/" + run)
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("stage", equalTo("FINISHED"))
                .body("parameters.candidatesPerMentee", equalTo(50))
                .body("parameters.weights.skill", equalTo(50))
                .body("startedBy.id", equalTo(animateur.id().toString()))
                .extract()
                .jsonPath();
        assertTrue(view.getDouble("figures.totalScore") >= view.getDouble("figures.greedyTotalScore"));
        assertTrue(view.getInt("figures.matched") >= 2);

        // Both mentees want econometrics; only x also teaches time series: the optimum gives x to the one who wants
        // both.
        assertEquals(x.id().toString(), mentorOf(proposalOf(animateur, run, name, both)));
        assertEquals(y.id().toString(), mentorOf(proposalOf(animateur, run, name, econometricsOnly)));
        assertTrue(
                !decliner.id().toString().equals(mentorOf(proposalOf(animateur, run, name, declinedBefore))),
                "a declined pair is never proposed again");
        assertNull(proposalOf(animateur, run, name, alreadyPaired), "a mentee already paired is not in the cohort");

        Map<String, Object> withX = proposalOf(animateur, run, name, both);
        assertEquals(85.0, ((Number) withX.get("score")).doubleValue());
        assertEquals(
                List.of(
                        "Maîtrise Économétrie au niveau 2 — la personne débute",
                        "Maîtrise Séries temporelles au niveau 2 — la personne débute",
                        "Autre ministère : Économie et Finances",
                        "1 place libre sur 1",
                        "Même région : Occitanie"),
                ((List<Map<String, Object>>) withX.get("reasons"))
                        .stream().map(r -> r.get("label")).toList());

        assertCapacitiesAndConstraintsHold(run, full);
    }

    /** Over the whole proposal: no mentor beyond their free places, nobody paired with a declined or open counterpart. */
    private void assertCapacitiesAndConstraintsHold(UUID run, Account full) {
        QuarkusTransaction.requiringNew().run(() -> {
            Number overCapacity =
                    (Number) em.createNativeQuery("""
                    SELECT count(*) FROM (
                      SELECT p.mentor_id, count(*) AS proposed, m.mentor_capacity
                             - (SELECT count(*) FROM mentorship t WHERE t.mentor_id = p.mentor_id AND t.status IN ('ACCEPTED', 'PAUSED')) AS free
                        FROM matching_proposal p JOIN member m ON m.id = p.mentor_id
                       WHERE p.run_id = :run GROUP BY p.mentor_id, m.mentor_capacity) x
                     WHERE proposed > free""").setParameter("run", run).getSingleResult();
            assertEquals(0, overCapacity.intValue(), "mentors beyond their free places");
            Number forbidden =
                    (Number) em.createNativeQuery("""
                    SELECT count(*) FROM matching_proposal p JOIN mentorship s ON s.mentee_id = p.mentee_id AND s.mentor_id = p.mentor_id
                     WHERE p.run_id = :run AND s.status IN ('PENDING', 'ACCEPTED', 'PAUSED', 'DECLINED')""").setParameter("run", run).getSingleResult();
            assertEquals(0, forbidden.intValue(), "pairs already open or declined");
            Number withFull = (Number) em.createNativeQuery(
                            "SELECT count(*) FROM matching_proposal WHERE run_id = :run AND mentor_id = :full")
                    .setParameter("run", run)
                    .setParameter("full", full.id())
                    .getSingleResult();
            assertEquals(0, withFull.intValue(), "a mentor without a free place gets nobody");
        });
    }

    @Test
    void theAnimateurRemovesPairsThenConfirmsOnceAndMentorsReceiveProgrammeRequests() {
        Account kept = fixtures.mentee(name, "MJ", "BRE", Map.of(), Set.of(SERIES));
        Account removed = fixtures.mentee(name, "MJ", "BRE", Map.of(), Set.of(ECONOMETRICS));
        Account pairedMeanwhile = fixtures.mentee(name, "MJ", "BRE", Map.of(), Set.of(SERIES));
        Account mentor = fixtures.mentor("Olivier", name, "INSEE", "BRE", 2, Map.of(SERIES, 2));
        Account other = fixtures.mentor("Pauline", name, "INSEE", "BRE", 1, Map.of(ECONOMETRICS, 3));
        Account third = fixtures.mentor("Quentin", name, "INSEE", "BRE", 1, Map.of(SERIES, 3));
        Account animateur = mentorships.animateur();
        UUID run = startAndWait(animateur, Map.of());
        fixtures.keepOnly(run, List.of(kept.id(), removed.id(), pairedMeanwhile.id()));
        assertEquals(mentor.id().toString(), mentorOf(proposalOf(animateur, run, name, kept)));
        String paths = RUNS + "/" + run + "/proposals/";

        animateur
                .as()
                .post(paths + removed.id() + "/remove")
                .then()
                .statusCode(200)
                .body("removed", equalTo(true));
        animateur
                .as()
                .post(paths + removed.id() + "/restore")
                .then()
                .statusCode(200)
                .body("removed", equalTo(false));
        animateur
                .as()
                .post(paths + removed.id() + "/remove")
                .then()
                .statusCode(200)
                .body("removed", equalTo(true));
        animateur
                .as()
                .get(RUNS + "/" + run + "/proposals?removed=false&q=" + name)
                .then()
                .statusCode(200)
                .body("items.mentee.id", not(hasItem(removed.id().toString())))
                .body("items.mentee.id", hasItem(kept.id().toString()));
        // Someone else accepts one of the mentees before the confirmation: that pair is skipped, with the reason.
        Account elsewhere = mentorships.mentor(1);
        UUID pairing = mentorships.request(pairedMeanwhile, elsewhere);
        elsewhere.as().post("/api/v1/mentorships/" + pairing + "/accept").then().statusCode(200);

        animateur
                .as()
                .post(RUNS + "/" + run + "/confirm")
                .then()
                .statusCode(202)
                .body("status", equalTo("CONFIRMING"))
                .body("confirmedBy.id", equalTo(animateur.id().toString()))
                .body(
                        "toSend",
                        equalTo(view(animateur, run).getInt("figures.matched")
                                - view(animateur, run).getInt("removed")));
        awaitStatus(animateur, run, "CONFIRMED");
        animateur.as().get(RUNS + "/" + run).then().body("created", equalTo(1)).body("skipped", equalTo(1));

        mentor.as()
                .get("/api/v1/mentorships?role=MENTOR&status=PENDING")
                .then()
                .statusCode(200)
                .body("items.find { it.counterpart.id == '" + kept.id() + "' }.proposedByProgramme", equalTo(true));
        String mentorshipId = mentor.as()
                .get("/api/v1/mentorships?role=MENTOR&status=PENDING")
                .then()
                .extract()
                .path("items.find { it.counterpart.id == '" + kept.id() + "' }.id");
        mentor.as()
                .get("/api/v1/mentorships/" + mentorshipId)
                .then()
                .statusCode(200)
                .body("message", containsString("Binôme proposé par le programme de mentorat"))
                .body("proposedByProgramme", equalTo(true))
                .body("history[0].actorId", equalTo(null));
        mentor.as()
                .get("/api/v1/mentorships/" + mentorshipId + "/goals")
                .then()
                .statusCode(200)
                .body("items.title", hasItem("Progresser en Séries temporelles"));
        mentor.as()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("items.title", hasItem("Les animateurs vous proposent d'accompagner Léa " + name));
        kept.as()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("MENTORSHIP_PROPOSED"));
        other.as().get("/api/v1/mentorships?role=MENTOR").then().statusCode(200).body("total", equalTo(0));
        third.as().get("/api/v1/mentorships?role=MENTOR").then().statusCode(200).body("total", equalTo(0));

        Map<String, Object> skipped = proposalOf(animateur, run, name, pairedMeanwhile);
        assertEquals("SKIPPED", skipped.get("outcome"));
        assertEquals("La personne a déjà un mentorat en cours.", skipped.get("outcomeDetail"));
        assertEquals("CREATED", proposalOf(animateur, run, name, kept).get("outcome"));

        animateur
                .as()
                .post(RUNS + "/" + run + "/confirm")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("déjà été confirmé"));
        kept.as()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("matching.proposals.find { it.runId == '" + run + "' }.role", equalTo("MENTEE"))
                .body("matching.proposals.find { it.runId == '" + run + "' }.counterpart", equalTo("Olivier " + name))
                .body("matching.proposals.find { it.runId == '" + run + "' }.outcome", equalTo("CREATED"));
        animateur.as().post(paths + kept.id() + "/remove").then().statusCode(409);
    }

    private static void awaitStatus(Account animateur, UUID run, String status) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> status.equals(animateur
                        .as()
                        .get(RUNS + "/" + run)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("status")));
    }

    private static JsonPath view(Account animateur, UUID run) {
        return animateur
                .as()
                .get(RUNS + "/" + run)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void racingConfirmationsSendTheRequestsOnce() throws Exception {
        Account mentee = fixtures.mentee(name, "MJ", "NOR", Map.of(), Set.of(SERIES));
        Account mentor = fixtures.mentor("Rémi", name, "INSEE", "NOR", 1, Map.of(SERIES, 2));
        Account animateur = mentorships.animateur();
        UUID run = startAndWait(animateur, Map.of());
        fixtures.keepOnly(run, List.of(mentee.id()));

        List<Integer> statuses = Race.of(
                5, () -> animateur.as().post(RUNS + "/" + run + "/confirm").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 202).count(), statuses.toString());
        assertEquals(4, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        awaitStatus(animateur, run, "CONFIRMED");
        mentor.as()
                .get("/api/v1/mentorships?role=MENTOR")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void pairsWhoseMentorOrMenteeWasSuspendedSinceTheRunAreSkippedWithTheReason() {
        Account mentee = fixtures.mentee(name, "MJ", "NOR", Map.of(), Set.of(SERIES));
        Account suspendedMentee = fixtures.mentee(name, "MJ", "NOR", Map.of(), Set.of(ECONOMETRICS));
        fixtures.mentor("Sven", name, "INSEE", "NOR", 1, Map.of(SERIES, 2));
        fixtures.mentor("Tara", name, "INSEE", "NOR", 1, Map.of(ECONOMETRICS, 3));
        Account animateur = mentorships.animateur();
        UUID run = startAndWait(animateur, Map.of());
        fixtures.keepOnly(run, List.of(mentee.id(), suspendedMentee.id()));
        String suspendedMentor = mentorOf(proposalOf(animateur, run, name, mentee));

        Account admin = mentorships.admin();
        for (String member : List.of(suspendedMentor, suspendedMentee.id().toString())) {
            admin.as()
                    .body(Map.of("reason", "Messages hors charte"))
                    .post("/api/v1/animation/members/" + member + "/suspend")
                    .then()
                    .statusCode(200);
        }
        animateur.as().post(RUNS + "/" + run + "/confirm").then().statusCode(202);
        awaitStatus(animateur, run, "CONFIRMED");

        animateur.as().get(RUNS + "/" + run).then().body("created", equalTo(0)).body("skipped", equalTo(2));
        Map<String, Object> mentorSuspended = proposalOf(animateur, run, name, mentee);
        assertEquals("SKIPPED", mentorSuspended.get("outcome"));
        assertEquals("Le compte du mentor est suspendu.", mentorSuspended.get("outcomeDetail"));
        Map<String, Object> menteeSuspended = proposalOf(animateur, run, name, suspendedMentee);
        assertEquals("SKIPPED", menteeSuspended.get("outcome"));
        assertEquals("Le compte de la personne accompagnée n'est plus actif.", menteeSuspended.get("outcomeDetail"));
    }

    @Test
    void customWeightsAreStoredAndShapeTheReasons() {
        Account mentee = fixtures.mentee(name, "MJ", "GES", Map.of(), Set.of(SERIES));
        fixtures.mentor("Sophie", name, "MJ", "GES", 1, Map.of(SERIES, 2));
        Account animateur = mentorships.animateur();

        UUID run = startAndWait(
                animateur,
                Map.of(
                        "candidatesPerMentee",
                        5,
                        "minimumScore",
                        10,
                        "weights",
                        Map.of("skill", 20, "language", 0, "capacity", 0, "otherMinistry", 0, "sameRegion", 40)));

        view(animateur, run);
        animateur
                .as()
                .get(RUNS + "/" + run)
                .then()
                .body("parameters.candidatesPerMentee", equalTo(5))
                .body("parameters.minimumScore", equalTo(10))
                .body("parameters.weights.sameRegion", equalTo(40));
        Map<String, Object> proposal = proposalOf(animateur, run, name, mentee);
        assertEquals(60.0, ((Number) proposal.get("score")).doubleValue());
        assertEquals(
                List.of(40.0, 20.0),
                ((List<Map<String, Object>>) proposal.get("reasons"))
                        .stream()
                                .map(r -> ((Number) r.get("points")).doubleValue())
                                .toList());
    }

    @Test
    void badParametersAreRefusedFieldByField() {
        Account animateur = mentorships.animateur();
        animateur
                .as()
                .body(Map.of(
                        "candidatesPerMentee",
                        0,
                        "minimumScore",
                        101,
                        "weights",
                        Map.of("skill", 0, "language", 10, "capacity", 10, "otherMinistry", 10, "sameRegion", 10)))
                .post(RUNS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("candidatesPerMentee"))
                .body("errors.field", hasItem("minimumScore"))
                .body("errors.field", hasItem("weights.skill"));
        animateur
                .as()
                .get(RUNS + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        animateur
                .as()
                .get(RUNS + "/" + UUID.randomUUID() + "/proposals?removed=peut-etre")
                .then()
                .statusCode(400)
                .body("errors.message", hasItem("« removed » vaut true ou false."));
    }

    @Test
    void onlyAnimateursAndAdminsMayRunOrConfirm() {
        Account member = mentorships.stranger();
        UUID any = UUID.randomUUID();
        member.as().body(Map.of()).post(RUNS).then().statusCode(403).contentType("application/problem+json");
        member.as().get(RUNS).then().statusCode(403);
        member.as().get("/api/v1/matching/defaults").then().statusCode(403);
        member.as().get(RUNS + "/" + any).then().statusCode(403);
        member.as().get(RUNS + "/" + any + "/proposals").then().statusCode(403);
        member.as().post(RUNS + "/" + any + "/confirm").then().statusCode(403);
        member.as()
                .post(RUNS + "/" + any + "/proposals/" + any + "/remove")
                .then()
                .statusCode(403);
        given().body("{}").contentType("application/json").post(RUNS).then().statusCode(401);

        mentorships
                .animateur()
                .as()
                .get("/api/v1/matching/defaults")
                .then()
                .statusCode(200)
                .body("weights.skill", equalTo(50))
                .body("candidatesPerMentee", equalTo(50));
    }
}
