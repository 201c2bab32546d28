package fr.spyrales.mentorship.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.member.NotificationKind;
import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.notification.Inbox;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reports: a party tells the animateurs about a problem; the other party never reads it; supervisors who are not a
 * party read and resolve it; its author hears of the resolution.
 */
@QuarkusTest
class ReportsTest {
    private static final String PROBLEM = "Mon mentor annule nos séances au dernier moment depuis deux mois.";

    @Inject
    MentorshipFixtures fixtures;

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    private static String reports(UUID mentorshipId) {
        return "/api/v1/mentorships/" + mentorshipId + "/reports";
    }

    private static String report(Account author, UUID mentorshipId, String message) {
        return author.as()
                .body(Map.of("message", message))
                .post(reports(mentorshipId))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String resolve(UUID mentorshipId, String reportId) {
        return reports(mentorshipId) + "/" + reportId + "/resolve";
    }

    private long stored(UUID mentorshipId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM mentorship_report WHERE mentorship_id = :id")
                        .setParameter("id", mentorshipId)
                        .getSingleResult())
                .longValue();
    }

    @Test
    void aPartyReportsAProblemAndEveryAnimateurWhoIsNotAPartyIsToldInTheAppOnly() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        Account animateur = fixtures.animateur();
        Account otherAnimateur = fixtures.animateur();
        Account admin = fixtures.admin();

        var created = pair.mentee()
                .as()
                .body(Map.of("message", "  " + PROBLEM + "  "))
                .post(reports(pair.id()));
        String id = created.then()
                .statusCode(201)
                .contentType("application/json")
                .body("mentorshipId", equalTo(pair.id().toString()))
                .body("message", equalTo(PROBLEM))
                .body("status", equalTo("OPEN"))
                .body("author.id", equalTo(pair.mentee().id().toString()))
                .body("author.displayName", equalTo("Léa Novice"))
                .body("authorRole", equalTo("MENTEE"))
                .body("mentee.displayName", equalTo("Léa Novice"))
                .body("mentor.displayName", equalTo("Claire Mentor"))
                .body("createdAt", notNullValue())
                .body("resolvedAt", nullValue())
                .body("resolvedByName", nullValue())
                .body("resolutionNote", nullValue())
                .extract()
                .path("id");
        created.then().header("Location", endsWith(reports(pair.id()) + "/" + id));

        for (Account told : List.of(animateur, otherAnimateur)) {
            Map<String, Object> notification = inbox.only(told, NotificationKind.MENTORSHIP_REPORTED);
            assertEquals("Léa Novice a signalé un problème sur son mentorat", notification.get("title"));
            assertEquals("/mentorats/" + pair.id(), notification.get("link"));
            assertTrue(!String.valueOf(notification.get("body")).contains(PROBLEM), "the message stays in the report");
            assertEquals(List.of(), inbox.mails(told), "reports are never mailed");
        }
        assertEquals(
                0,
                inbox.count(admin, NotificationKind.MENTORSHIP_REPORTED),
                "admins read the list, animateurs are told");
        assertEquals(0, inbox.count(pair.mentor(), NotificationKind.MENTORSHIP_REPORTED));
        assertEquals(0, inbox.count(pair.mentee(), NotificationKind.MENTORSHIP_REPORTED));
    }

    @Test
    void theOtherPartyNeverSeesAReportWhileSupervisorsSeeThemAll() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        String fromMentee = report(pair.mentee(), pair.id(), PROBLEM);
        String fromMentor = report(pair.mentor(), pair.id(), "La personne que j'accompagne ne vient plus aux séances.");

        pair.mentee()
                .as()
                .get(reports(pair.id()))
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", equalTo(List.of(fromMentee)));
        pair.mentor()
                .as()
                .get(reports(pair.id()))
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", equalTo(List.of(fromMentor)))
                .body("items.message", not(hasItem(PROBLEM)));
        for (Account supervisor : List.of(fixtures.animateur(), fixtures.admin())) {
            supervisor
                    .as()
                    .get(reports(pair.id()))
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(2))
                    .body("items.id", equalTo(List.of(fromMentor, fromMentee)))
                    .body("items.authorRole", equalTo(List.of("MENTOR", "MENTEE")));
        }
        pair.mentor().as().post(resolve(pair.id(), fromMentee)).then().statusCode(403);
        fixtures.stranger().as().get(reports(pair.id())).then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest
    @EnumSource(MentorshipStatus.class)
    void aPartyMayReportInAnyStateOfThePairingEvenAfterItsEnd(MentorshipStatus state) {
        Pair pair = fixtures.pairIn(state);
        report(pair.mentor(), pair.id(), PROBLEM);
        assertEquals(1, stored(pair.id()));
    }

    @Test
    void onlyThePartiesMayReportAndARefusedReportWritesNothing() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        Map<String, String> body = Map.of("message", PROBLEM);
        Account animateur = fixtures.animateur();
        long animateurNotifications = inbox.kinds(animateur).size();

        for (Account supervisor : List.of(animateur, fixtures.admin())) {
            supervisor
                    .as()
                    .body(body)
                    .post(reports(pair.id()))
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body(
                            "detail",
                            equalTo(
                                    "Seules les deux personnes du binôme peuvent signaler un problème sur ce mentorat."));
        }
        fixtures.stranger()
                .as()
                .body(body)
                .post(reports(pair.id()))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        pair.mentee().as().body(body).post(reports(UUID.randomUUID())).then().statusCode(404);
        TestAccounts.anonymous()
                .body(body)
                .post(reports(pair.id()))
                .then()
                .statusCode(401)
                .contentType("application/problem+json");

        assertEquals(0, stored(pair.id()));
        assertEquals(animateurNotifications, inbox.kinds(animateur).size());
    }

    @Test
    void badReportsAreRefusedFieldByFieldAndWriteNothing() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        Account mentee = pair.mentee();

        mentee.as()
                .body(Map.of("message", "   "))
                .post(reports(pair.id()))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("message"))
                .body("errors[0].message", equalTo("Décrivez le problème."));
        mentee.as()
                .body(Map.of("message", "é".repeat(2001)))
                .post(reports(pair.id()))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("message"))
                .body("errors[0].message", equalTo("Le signalement ne doit pas dépasser 2 000 caractères."));
        mentee.as()
                .body("{}")
                .post(reports(pair.id()))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("message"));
        mentee.as().post(reports(pair.id())).then().statusCode(400);
        mentee.as()
                .body(Map.of("message", PROBLEM, "urgent", true))
                .post(reports(pair.id()))
                .then()
                .statusCode(400);

        assertEquals(0, stored(pair.id()));
        report(mentee, pair.id(), "é".repeat(2000));
    }

    @Test
    void aPartyKeepsAtMostFiveReportsOpenOnAPairing() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(report(pair.mentee(), pair.id(), PROBLEM + " (" + i + ")"));
        }
        pair.mentee()
                .as()
                .body(Map.of("message", PROBLEM))
                .post(reports(pair.id()))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("déjà 5 signalements en attente"));
        assertEquals(5, stored(pair.id()));

        report(pair.mentor(), pair.id(), "Le mentor a ses propres signalements.");
        fixtures.animateur()
                .as()
                .body("{}")
                .post(resolve(pair.id(), ids.get(0)))
                .then()
                .statusCode(200);
        report(pair.mentee(), pair.id(), PROBLEM + " (6)");
        assertEquals(7, stored(pair.id()));
    }

    @Test
    void tenRacingReportsOfOnePartyNeverPassTheLimit() throws Exception {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        List<Integer> statuses = race(
                10,
                i -> pair.mentee()
                        .as()
                        .body(Map.of("message", PROBLEM + " " + i))
                        .post(reports(pair.id()))
                        .statusCode());
        assertEquals(5, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 422).count(), statuses.toString());
        assertEquals(5, stored(pair.id()));
    }

    @Test
    void aSupervisorResolvesAReportWithANoteAndItsAuthorIsToldInTheApp() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        String id = report(pair.mentee(), pair.id(), PROBLEM);
        Account animateur = fixtures.animateur();
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);

        JsonPath resolved = animateur
                .as()
                .body(Map.of("note", "  Nous avons parlé avec vous deux : les séances reprennent.  "))
                .post(resolve(pair.id(), id))
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("status", equalTo("RESOLVED"))
                .body("resolvedByName", equalTo("Karim Animateur"))
                .body("resolutionNote", equalTo("Nous avons parlé avec vous deux : les séances reprennent."))
                .extract()
                .jsonPath();
        assertTrue(OffsetDateTime.parse(resolved.getString("resolvedAt")).isAfter(before));

        Map<String, Object> told = inbox.only(pair.mentee(), NotificationKind.MENTORSHIP_REPORT_RESOLVED);
        assertEquals("Votre signalement a été traité", told.get("title"));
        assertEquals(
                "Les animateurs ont traité le problème que vous avez signalé sur votre mentorat avec Claire Mentor. "
                        + "Leur note : « Nous avons parlé avec vous deux : les séances reprennent. »",
                told.get("body"));
        assertEquals(0, inbox.count(pair.mentor(), NotificationKind.MENTORSHIP_REPORT_RESOLVED));
        assertEquals(
                List.of(),
                inbox.mails(pair.mentee()).stream()
                        .filter(m -> m.getSubject().startsWith("Votre signalement"))
                        .toList());
        pair.mentee()
                .as()
                .get(reports(pair.id()))
                .then()
                .body("items[0].status", equalTo("RESOLVED"))
                .body("items[0].resolutionNote", equalTo("Nous avons parlé avec vous deux : les séances reprennent."));

        fixtures.admin()
                .as()
                .body("{}")
                .post(resolve(pair.id(), id))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Ce signalement a déjà été traité par Karim Animateur."));
        assertEquals(1, inbox.count(pair.mentee(), NotificationKind.MENTORSHIP_REPORT_RESOLVED));
    }

    @Test
    void aReportIsResolvedWithoutANoteAndWithoutABody() {
        Pair pair = fixtures.pairIn(MentorshipStatus.COMPLETED);
        String id = report(pair.mentor(), pair.id(), PROBLEM);
        fixtures.admin()
                .as()
                .post(resolve(pair.id(), id))
                .then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolutionNote", nullValue());
        assertEquals(
                "Les animateurs ont traité le problème que vous avez signalé sur votre mentorat avec Léa Novice.",
                inbox.only(pair.mentor(), NotificationKind.MENTORSHIP_REPORT_RESOLVED)
                        .get("body"));
    }

    @Test
    void onlySupervisorsWhoAreNotPartiesResolveAndARefusalChangesNothing() {
        Account mentor = fixtures.withRole(fixtures.mentor(1), "animateur");
        Account mentee = fixtures.mentee();
        UUID pairing = fixtures.request(mentee, mentor);
        String id = report(mentee, pairing, PROBLEM);
        Pair other = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        String elsewhere = report(other.mentee(), other.id(), PROBLEM);

        mentor.as()
                .post(resolve(pairing, id))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("un autre animateur ou administrateur traitera ce signalement"));
        mentee.as()
                .post(resolve(pairing, id))
                .then()
                .statusCode(403)
                .body("detail", equalTo("Les signalements sont traités par les animateurs et les administrateurs."));
        fixtures.stranger().as().post(resolve(pairing, id)).then().statusCode(404);
        TestAccounts.anonymous().post(resolve(pairing, id)).then().statusCode(401);
        Account animateur = fixtures.animateur();
        animateur
                .as()
                .post(resolve(pairing, UUID.randomUUID().toString()))
                .then()
                .statusCode(404)
                .body("detail", equalTo("Ce signalement n'existe pas dans ce mentorat."));
        animateur.as().post(resolve(pairing, elsewhere)).then().statusCode(404);
        animateur
                .as()
                .body(Map.of("note", "n".repeat(2001)))
                .post(resolve(pairing, id))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("note"));

        for (UUID mentorship : List.of(pairing, other.id())) {
            assertEquals(
                    0L,
                    ((Number) em.createNativeQuery(
                                            "SELECT count(*) FROM mentorship_report WHERE mentorship_id = :id AND status <> 'OPEN'")
                                    .setParameter("id", mentorship)
                                    .getSingleResult())
                            .longValue());
        }
        assertEquals(0, inbox.count(mentee, NotificationKind.MENTORSHIP_REPORT_RESOLVED));
        // The animateur who is the mentor was told of the report on the other pairing, not of the one about them.
        List<Object> toldAbout =
                inbox.page(mentor).getList("items.findAll { it.kind == 'MENTORSHIP_REPORTED' }.mentorshipId");
        assertEquals(List.of(other.id().toString()), toldAbout);
    }

    @Test
    void twoSupervisorsRacingToResolveAReportResolveItOnce() throws Exception {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        String id = report(pair.mentee(), pair.id(), PROBLEM);
        List<Account> supervisors = List.of(fixtures.animateur(), fixtures.admin());
        List<Integer> statuses = race(
                2,
                i -> supervisors
                        .get(i)
                        .as()
                        .body(Map.of("note", "Traité " + i))
                        .post(resolve(pair.id(), id))
                        .statusCode());
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        assertEquals(1, inbox.count(pair.mentee(), NotificationKind.MENTORSHIP_REPORT_RESOLVED));
    }

    @Test
    void supervisorsListTheReportsOfEveryPairingTheyAreNotPartOfNewestFirst() {
        Pair pair = fixtures.pairIn(MentorshipStatus.PAUSED);
        String older = report(pair.mentee(), pair.id(), "Premier signalement.");
        String newer = report(pair.mentor(), pair.id(), "Second signalement.");
        Account animateur = fixtures.animateur();

        JsonPath open = animateur
                .as()
                .get("/api/v1/mentorships/reports?size=100")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("page", equalTo(0))
                .body("size", equalTo(100))
                .extract()
                .jsonPath();
        List<String> ids = open.getList("items.id");
        assertTrue(ids.indexOf(newer) >= 0 && ids.indexOf(newer) < ids.indexOf(older), "newest first: " + ids);
        assertTrue(open.getList("items.status").stream().allMatch("OPEN"::equals));
        List<OffsetDateTime> times = open.getList("items.createdAt", String.class).stream()
                .map(OffsetDateTime::parse)
                .toList();
        for (int i = 1; i < times.size(); i++) {
            assertTrue(!times.get(i).isAfter(times.get(i - 1)), "newest first: " + times);
        }
        Map<String, Object> item = open.getMap("items.find { it.id == '" + newer + "' }");
        assertEquals(pair.id().toString(), item.get("mentorshipId"));
        assertEquals("Léa Novice", ((Map<?, ?>) item.get("mentee")).get("displayName"));
        assertEquals("Claire Mentor", ((Map<?, ?>) item.get("mentor")).get("displayName"));
        assertEquals("Second signalement.", item.get("message"));

        long total = open.getLong("total");
        animateur
                .as()
                .get("/api/v1/mentorships/reports?size=1&page=1")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("total", equalTo((int) total))
                .body("page", equalTo(1));

        animateur.as().post(resolve(pair.id(), older)).then().statusCode(200);
        List<String> stillOpen = animateur
                .as()
                .get("/api/v1/mentorships/reports?size=100")
                .then()
                .extract()
                .path("items.id");
        assertTrue(stillOpen.contains(newer) && !stillOpen.contains(older), stillOpen.toString());
        List<String> resolved = animateur
                .as()
                .get("/api/v1/mentorships/reports?status=RESOLVED&size=100")
                .then()
                .statusCode(200)
                .body("items.status", not(hasItem("OPEN")))
                .extract()
                .path("items.id");
        assertTrue(resolved.contains(older) && !resolved.contains(newer), resolved.toString());

        animateur
                .as()
                .get("/api/v1/mentorships/reports?status=CLOSED")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        animateur.as().get("/api/v1/mentorships/reports?size=0").then().statusCode(400);
        animateur.as().get("/api/v1/mentorships/reports?page=-1").then().statusCode(400);
    }

    @Test
    void theListOfAllReportsIsForSupervisorsAndLeavesOutTheirOwnPairings() {
        Account mentor = fixtures.withRole(fixtures.mentor(1), "animateur");
        Account mentee = fixtures.mentee();
        UUID pairing = fixtures.request(mentee, mentor);
        String aboutTheMentor = report(mentee, pairing, "Mon mentor ne répond plus.");

        List<String> seenByTheMentor = mentor.as()
                .get("/api/v1/mentorships/reports?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertTrue(!seenByTheMentor.contains(aboutTheMentor));
        mentor.as().get(reports(pairing)).then().statusCode(200).body("items", empty());
        List<String> seenByAnother = fixtures.admin()
                .as()
                .get("/api/v1/mentorships/reports?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertTrue(seenByAnother.contains(aboutTheMentor));

        mentee.as()
                .get("/api/v1/mentorships/reports")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("Les signalements sont traités par les animateurs et les administrateurs."));
        TestAccounts.anonymous().get("/api/v1/mentorships/reports").then().statusCode(401);
    }

    /** Runs `count` calls at once, released together, and returns their HTTP statuses. */
    private static List<Integer> race(int count, java.util.function.IntFunction<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                answers.add(pool.submit((Callable<Integer>) () -> {
                    ready.countDown();
                    start.await();
                    return call.apply(index);
                }));
            }
            ready.await();
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
