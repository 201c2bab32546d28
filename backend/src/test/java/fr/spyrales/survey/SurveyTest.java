package fr.spyrales.survey;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.member.Category;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.notification.Inbox;
import fr.spyrales.referential.OrganizationKind;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SurveyTest {
    private static final String SURVEYS = SurveyFixtures.SURVEYS;

    @Inject
    SurveyFixtures surveys;

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    @Inject
    SurveyMixer mixer;

    @Test
    void anAnswerCannotBeLinkedToItsMemberByTheSchema() {
        Map<String, String> answer = columns("survey_answer");
        assertFalse(
                answer.keySet().stream().anyMatch(c -> c.contains("member")),
                "an answer has no member column: " + answer);
        assertEquals(
                Set.of("id", "campaign_id"),
                answer.entrySet().stream()
                        .filter(e -> e.getValue().equals("uuid"))
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toSet()),
                "no other identifier than its own and its campaign's");
        assertTrue(
                answer.values().stream().noneMatch(type -> type.startsWith("timestamp") || type.startsWith("time")),
                "no time finer than the day: " + answer);
        assertEquals("date", answer.get("answered_on"));
        assertEquals("gen_random_uuid()", columnDefault("survey_answer", "id"), "a random id, never a sequence");
        assertEquals(
                Map.of("campaign_id", "uuid", "member_id", "uuid"),
                columns("survey_participation"),
                "the participation says who answered which campaign, and nothing else: no time");
        assertEquals(
                0L,
                ((Number) QuarkusTransaction.requiringNew()
                                .call(() -> em.createNativeQuery("""
                                        SELECT count(*) FROM information_schema.constraint_column_usage u
                                          JOIN information_schema.table_constraints t USING (constraint_name)
                                         WHERE t.table_name = 'survey_answer' AND t.constraint_type = 'FOREIGN KEY'
                                           AND u.table_name IN ('member', 'survey_participation')""").getSingleResult()))
                        .longValue(),
                "no key from an answer to a member or a participation");
    }

    @Test
    void answersAreStoredWithTheDayAloneAndRandomIds() {
        List<Account> members = List.of(surveys.member("Aya"), surveys.member("Bea"), surveys.member("Cyr"));
        UUID campaign = surveys.openQuietly("Enquête de satisfaction — ids");
        members.forEach(m -> surveys.answered(m, campaign, 8));

        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT id::text, answered_on FROM survey_answer WHERE campaign_id = :c")
                        .setParameter("c", campaign)
                        .getResultList());
        assertEquals(3, rows.size());
        for (Object[] row : rows) {
            assertEquals(4, UUID.fromString((String) row[0]).version(), "a random (version 4) UUID");
            assertEquals(SurveyFixtures.today(), row[1]);
        }
        assertEquals(3, rows.stream().map(r -> r[0]).distinct().count());
        surveys.closeAnyOpen();
    }

    @Test
    void openingTellsEveryActiveMemberInTheAppAndByMailUnlessTurnedOff() {
        Account reader = surveys.member("Léa");
        Account optedOut = surveys.member("Noé");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "INSERT INTO member_email_opt_out (member_id, kind) VALUES (:m, 'SURVEY_OPENED')")
                        .setParameter("m", optedOut.id())
                        .executeUpdate());
        Account animateur = surveys.animateur();
        Account suspended = surveys.member("Sus");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                                INSERT INTO member_suspension (member_id, reason, suspended_by)
                                VALUES (:m, 'Messages hors charte', :by)""")
                        .setParameter("m", suspended.id())
                        .setParameter("by", animateur.id())
                        .executeUpdate());

        UUID campaign = surveys.open(animateur, "Enquête de satisfaction — hiver 2026");

        Map<String, Object> notification = inbox.only(reader, NotificationKind.SURVEY_OPENED);
        assertEquals("Enquête de satisfaction : « Enquête de satisfaction — hiver 2026 »", notification.get("title"));
        assertEquals("/enquete", notification.get("link"));
        assertEquals(1, inbox.count(optedOut, NotificationKind.SURVEY_OPENED), "told in the app all the same");
        var mails = inbox.mailsWithSubject(reader, "Enquête de satisfaction");
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getText().contains("/enquete"), mails.get(0).getText());
        assertEquals(
                0, inbox.mailsWithSubject(optedOut, "Enquête de satisfaction").size());

        // A suspended member cannot read their notifications through the API any more: the table tells.
        assertEquals(
                0L,
                ((Number) QuarkusTransaction.requiringNew()
                                .call(() -> em.createNativeQuery(
                                                "SELECT count(*) FROM notification WHERE member_id = :m AND kind = 'SURVEY_OPENED'")
                                        .setParameter("m", suspended.id())
                                        .getSingleResult()))
                        .longValue(),
                "a suspended member is not told");
        assertEquals(
                0, inbox.mailsWithSubject(suspended, "Enquête de satisfaction").size());
        long invited = ((Number) QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery("SELECT invited FROM survey_campaign WHERE id = :c")
                                .setParameter("c", campaign)
                                .getSingleResult()))
                .longValue();
        long notSuspended = ((Number) QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery("""
                                        SELECT count(*) FROM member WHERE email_verified_at IS NOT NULL AND erased_at IS NULL
                                           AND id NOT IN (SELECT member_id FROM member_suspension)""").getSingleResult()))
                .longValue();
        assertEquals(notSuspended, invited, "suspended members are not among the invited (the rate's denominator)");

        Account latecomer = surveys.member("Zoé");
        assertEquals(0, inbox.count(latecomer, NotificationKind.SURVEY_OPENED));
        latecomer.as().get(SURVEYS + "/current").then().statusCode(200).body("campaign", nullValue());
        surveys.answer(latecomer, campaign, SurveyFixtures.answer(9, Map.of()))
                .then()
                .statusCode(422)
                .body("detail", equalTo(SurveyService.NOT_INVITED));

        reader.as()
                .get(SURVEYS + "/current")
                .then()
                .statusCode(200)
                .body("campaign.id", equalTo(campaign.toString()))
                .body("answered", equalTo(false));
        surveys.closeAnyOpen();
    }

    @Test
    void oneCampaignIsOpenAtATimeEvenWhenTwoAnimateursOpenAtOnce() throws Exception {
        surveys.closeAnyOpen();
        surveys.openQuietly("Enquête de satisfaction — déjà ouverte");
        Account animateur = surveys.animateur();
        Map<String, Object> body = Map.of(
                "title", "Une autre", "closesOn", LocalDate.now().plusDays(7).toString());
        animateur
                .as()
                .body(body)
                .post(SURVEYS)
                .then()
                .statusCode(409)
                .body("detail", equalTo(SurveyService.ALREADY_OPEN));

        surveys.closeAnyOpen();
        List<Integer> statuses =
                Race.of(2, () -> animateur.as().body(body).post(SURVEYS).statusCode());
        assertEquals(List.of(201, 409), statuses.stream().sorted().toList());
        long open = ((Number) QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery("SELECT count(*) FROM survey_campaign WHERE closed_at IS NULL")
                                .getSingleResult()))
                .longValue();
        assertEquals(1, open);
        surveys.closeAnyOpen();
    }

    @Test
    void anAnimateurClosesTheCampaignEarlyAndItTakesNoMoreAnswers() {
        Account member = surveys.member("Ines");
        UUID campaign = surveys.openQuietly("Enquête de satisfaction — clôture");
        Account animateur = surveys.animateur();

        animateur
                .as()
                .post(SURVEYS + "/" + campaign + "/close")
                .then()
                .statusCode(200)
                .body("open", equalTo(false));
        animateur
                .as()
                .post(SURVEYS + "/" + campaign + "/close")
                .then()
                .statusCode(409)
                .body("detail", equalTo("Cette campagne est déjà close."));
        surveys.answer(member, campaign, SurveyFixtures.answer(10, Map.of()))
                .then()
                .statusCode(409)
                .body("detail", equalTo(SurveyService.CLOSED));
        member.as().get(SURVEYS + "/current").then().statusCode(200).body("campaign", nullValue());
        animateur.as().post(SURVEYS + "/" + UUID.randomUUID() + "/close").then().statusCode(404);
        animateur.as().get(SURVEYS + "?size=100").then().statusCode(200).body("items.id", hasItem(campaign.toString()));
    }

    @Test
    void aMemberAnswersOnceAndTheSecondAnswerIsRefused() {
        Account member = surveys.member("Yanis");
        UUID campaign = surveys.openQuietly("Enquête de satisfaction — une fois");

        surveys.answer(member, campaign, SurveyFixtures.answer(9, Map.of()))
                .then()
                .statusCode(201)
                .body("answered", equalTo(true));
        member.as().get(SURVEYS + "/current").then().body("answered", equalTo(true));
        surveys.answer(member, campaign, SurveyFixtures.answer(3, Map.of()))
                .then()
                .statusCode(409)
                .body("detail", equalTo(SurveyService.ALREADY_ANSWERED));
        assertEquals(1, answers(campaign));
        surveys.closeAnyOpen();
    }

    @Test
    void twoAnswersSentAtOnceByOneMemberMakeOneAnswer() throws Exception {
        Account member = surveys.member("Rapide");
        UUID campaign = surveys.openQuietly("Enquête de satisfaction — course");

        List<Response> responses =
                Race.of(4, () -> surveys.answer(member, campaign, SurveyFixtures.answer(7, Map.of())));

        assertEquals(
                List.of(201, 409, 409, 409),
                responses.stream().map(Response::statusCode).sorted().toList());
        responses.stream()
                .filter(r -> r.statusCode() == 409)
                .forEach(r -> assertEquals(
                        SurveyService.ALREADY_ANSWERED, r.jsonPath().getString("detail")));
        assertEquals(1, answers(campaign));
        surveys.closeAnyOpen();
    }

    @Test
    void anIncompleteAnswerIsRefusedWithAMessageForEachField() {
        Account member = surveys.member("Oubli");
        UUID campaign = surveys.openQuietly("Enquête de satisfaction — validation");

        JsonPath empty = surveys.answer(member, campaign, Map.of())
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertEquals(
                Set.of("recommendation", "lessAlone", "pythonProgress", "rProgress"),
                new TreeSet<>(empty.<String>getList("errors.field").stream()
                        .map(f -> f.substring(f.lastIndexOf('.') + 1))
                        .toList()));
        assertTrue(empty.<String>getList("errors.message").contains("Indiquez une note de 0 à 10."));

        Map<String, String> messages = new HashMap<>();
        messages.put(
                "recommendation",
                surveys.answer(member, campaign, SurveyFixtures.answer(11, Map.of()))
                        .then()
                        .statusCode(400)
                        .extract()
                        .path("errors[0].message"));
        messages.put(
                "wishOther",
                surveys.answer(member, campaign, SurveyFixtures.answer(9, Map.of("wishes", List.of("OTHER"))))
                        .then()
                        .statusCode(400)
                        .extract()
                        .path("errors[0].message"));
        messages.put(
                "comment",
                surveys.answer(member, campaign, SurveyFixtures.answer(9, Map.of("comment", "x".repeat(2001))))
                        .then()
                        .statusCode(400)
                        .extract()
                        .path("errors[0].message"));
        assertEquals(
                Map.of(
                        "recommendation", "La note va de 0 à 10.",
                        "wishOther", "Précisez ce que vous proposez sous « Autre ».",
                        "comment", "Le commentaire ne doit pas dépasser 2 000 caractères."),
                messages);
        assertEquals(0, answers(campaign), "nothing was recorded");
        surveys.answer(
                        member,
                        campaign,
                        SurveyFixtures.answer(9, Map.of("wishes", List.of("OTHER"), "wishOther", "Du code en binôme")))
                .then()
                .statusCode(201);
        surveys.closeAnyOpen();
    }

    @Test
    void resultsShowTheNpsAndHideSegmentsUnderFiveAnswers() {
        List<Account> categoryA = List.of(
                surveys.member("A1", Category.A, OrganizationKind.MINISTERE),
                surveys.member("A2", Category.A, OrganizationKind.MINISTERE),
                surveys.member("A3", Category.A, OrganizationKind.MINISTERE),
                surveys.member("A4", Category.A, OrganizationKind.OPERATEUR),
                surveys.member("A5", Category.A, OrganizationKind.OPERATEUR));
        List<Account> categoryB = List.of(
                surveys.member("B1", Category.B, OrganizationKind.MINISTERE),
                surveys.member("B2", Category.B, OrganizationKind.MINISTERE));
        List<Account> categoryC = List.of(
                surveys.member("C1", Category.C, null),
                surveys.member("C2", Category.C, null),
                surveys.member("C3", Category.C, null),
                surveys.member("C4", Category.C, null),
                surveys.member("C5", Category.C, null),
                surveys.member("C6", Category.C, null));
        UUID campaign = surveys.openQuietly("Enquête de satisfaction — résultats");
        int[] scores = {10, 9, 9, 7, 3};
        String[] comments = {"Merci", "bravo", "À améliorer", null, "Zut"};
        for (int i = 0; i < categoryA.size(); i++) {
            Map<String, Object> changes = comments[i] == null ? Map.of() : Map.of("comment", comments[i]);
            surveys.answer(categoryA.get(i), campaign, SurveyFixtures.answer(scores[i], changes))
                    .then()
                    .statusCode(201);
        }
        categoryB.forEach(m -> surveys.answered(m, campaign, 0));
        categoryC.forEach(m -> surveys.answered(m, campaign, 8));
        Account animateur = surveys.animateur();

        JsonPath waiting = results(animateur, campaign);
        assertEquals(0, waiting.getInt("answers"), "no answer is counted before the mix");
        assertEquals(13, waiting.getInt("waitingAnswers"));
        assertEquals(13, waiting.getInt("campaign.answers"), "the answers received are told at once");
        assertEquals(65.0, waiting.getDouble("responseRate"), "13 answers of 20 invited, mixed or not");
        assertNull(waiting.get("nps"));
        assertEquals(List.of(), waiting.getList("comments"));
        assertEquals(0, waiting.getInt("recommendation.find { it.value == '0' }.count"));

        mixer.mixAll();
        JsonPath results = results(animateur, campaign);

        assertEquals(13, results.getInt("answers"));
        assertEquals(0, results.getInt("waitingAnswers"));
        assertEquals(65.0, results.getDouble("responseRate"), "13 answers of 20 invited");
        assertEquals(3, results.getInt("promoters"));
        assertEquals(3, results.getInt("detractors"));
        assertEquals(0, results.getInt("nps"), "3 promoters and 3 detractors of 13");
        assertEquals(2, results.getInt("recommendation.find { it.value == '0' }.count"));
        assertEquals(2, results.getInt("recommendation.find { it.value == '9' }.count"));
        assertEquals(11, results.getList("recommendation").size());

        assertEquals(false, results.getBoolean("byCategory.find { it.value == 'C' }.hidden"));
        assertEquals(6, results.getInt("byCategory.find { it.value == 'C' }.answers"));
        assertEquals(0, results.getInt("byCategory.find { it.value == 'C' }.nps"), "6 passives");
        assertEquals(true, results.getBoolean("byCategory.find { it.value == 'B' }.hidden"));
        assertEquals(false, results.getBoolean("byCategory.find { it.value == 'B' }.secret"));
        assertNull(results.get("byCategory.find { it.value == 'B' }.answers"));
        assertNull(results.get("byCategory.find { it.value == 'B' }.nps"));
        // 13 − 6 (C) − 5 (A) would give B's 2 answers, and 0 × 13 − 0 × 6 − 40 × 5 its promoters minus detractors.
        assertEquals(true, results.getBoolean("byCategory.find { it.value == 'A' }.hidden"), "A is hidden too");
        assertEquals(true, results.getBoolean("byCategory.find { it.value == 'A' }.secret"));
        assertNull(results.get("byCategory.find { it.value == 'A' }.nps"));
        assertEquals(true, results.getBoolean("byCategory.find { it.value == 'NOT_PROVIDED' }.hidden"));
        assertEquals(4, results.getList("byCategory").size());
        assertEquals(6, results.getInt("byOrganizationKind.find { it.value == 'NOT_PROVIDED' }.answers"));
        assertEquals(true, results.getBoolean("byOrganizationKind.find { it.value == 'OPERATEUR' }.hidden"));
        assertEquals(true, results.getBoolean("byOrganizationKind.find { it.value == 'MINISTERE' }.secret"));

        assertEquals(List.of("À améliorer", "bravo", "Merci", "Zut"), results.getList("comments"));
        assertEquals(13, results.getInt("wishes.find { it.value == 'MENTORSHIP' }.count"));
        assertNotEquals(0, results.getList("lessAlone").size());
        surveys.closeAnyOpen();
    }

    @Test
    void thePublicComparisonListsClosedCampaignsOfAtLeastFiveAnswers() {
        List<Account> five = List.of(
                surveys.member("T1"),
                surveys.member("T2"),
                surveys.member("T3"),
                surveys.member("T4"),
                surveys.member("T5"));
        String title = "Enquête comparée " + UUID.randomUUID();
        UUID counted = surveys.openQuietly(title);
        for (int i = 0; i < five.size(); i++) {
            surveys.answered(five.get(i), counted, i < 3 ? 10 : 8);
        }
        String tooFew = "Enquête trop petite " + UUID.randomUUID();
        UUID small = surveys.openQuietly(tooFew);
        five.subList(0, 4).forEach(m -> surveys.answered(m, small, 10));
        surveys.closeAnyOpen();
        mixer.mixAll();

        JsonPath trend = io.restassured.RestAssured.given()
                .get(SURVEYS + "/trend")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(60, trend.getInt("campaigns.find { it.title == '" + title + "' }.nps"));
        assertEquals(25.0, trend.getDouble("campaigns.find { it.title == '" + title + "' }.responseRate"));
        assertNull(trend.get("campaigns.find { it.title == '" + tooFew + "' }"), "under 5 answers: not shown");
    }

    @Test
    void aPlainMemberNeitherOpensNorClosesNorReadsResults() {
        Account member = surveys.member("Curieux");
        UUID campaign = surveys.openQuietly("Enquête de satisfaction — droits");
        member.as()
                .body(Map.of(
                        "title",
                        "Pirate",
                        "closesOn",
                        LocalDate.now().plusDays(3).toString()))
                .post(SURVEYS)
                .then()
                .statusCode(403);
        member.as().post(SURVEYS + "/" + campaign + "/close").then().statusCode(403);
        member.as().get(SURVEYS + "/" + campaign + "/results").then().statusCode(403);
        member.as().get(SURVEYS).then().statusCode(403);
        surveys.closeAnyOpen();
    }

    @Test
    void onceMixedNoAnswerSharesATransactionOrAnOrderWithTheParticipations() {
        List<Account> members = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(surveys.member("Mix" + i));
        }
        UUID campaign = surveys.openQuietly("Enquête de satisfaction — mélange");
        for (int i = 0; i < members.size(); i++) {
            surveys.answer(members.get(i), campaign, SurveyFixtures.answer(i % 11, Map.of("comment", "Réponse " + i)))
                    .then()
                    .statusCode(201);
        }
        // The order of arrival. Before the mix the rows mostly lie in it too, but not always: PostgreSQL may put a
        // new row in space a vacuum freed earlier in the table, so that is not asserted.
        List<String> arrival = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> "Réponse " + i)
                .toList();
        assertEquals(Set.copyOf(arrival), Set.copyOf(column(campaign, "comment", "survey_answer", "ctid")));
        Set<String> participationXmins = Set.copyOf(column(campaign, "xmin::text", "survey_participation", "ctid"));
        assertEquals(
                participationXmins,
                Set.copyOf(column(campaign, "xmin::text", "survey_answer", "ctid")),
                "before the mix an answer shares its member's transaction");
        Set<String> idsBefore = Set.copyOf(column(campaign, "id::text", "survey_answer", "ctid"));

        mixer.mixAll();

        List<String> mixed = column(campaign, "comment", "survey_answer", "ctid");
        assertEquals(Set.copyOf(arrival), Set.copyOf(mixed), "the same 12 answers, once each");
        assertEquals(12, mixed.size());
        assertNotEquals(arrival, mixed, "the table no longer keeps the order of arrival (1 chance in 12! to fail)");
        List<String> answerXmins = column(campaign, "xmin::text", "survey_answer", "ctid");
        assertTrue(
                answerXmins.stream().noneMatch(participationXmins::contains),
                "no answer shares a transaction with a participation");
        assertEquals(1, Set.copyOf(answerXmins).size(), "the batch was written in one transaction");
        assertTrue(
                column(campaign, "id::text", "survey_answer", "ctid").stream().noneMatch(idsBefore::contains),
                "new ids");
        assertEquals(List.of("true"), column(campaign, "DISTINCT mixed::text", "survey_answer", "1"));
        surveys.closeAnyOpen();
    }

    @Test
    void fewerThanFiveWaitingAnswersWaitUntilTheCloseMixesThem() {
        List<Account> members = List.of(surveys.member("Peu1"), surveys.member("Peu2"), surveys.member("Peu3"));
        UUID campaign = surveys.openQuietly("Enquête de satisfaction — peu de réponses");
        members.forEach(m -> surveys.answered(m, campaign, 10));
        Account animateur = surveys.animateur();

        mixer.mixAll();
        JsonPath open = results(animateur, campaign);
        assertEquals(0, open.getInt("answers"), "3 answers in an open campaign are not mixed");
        assertEquals(3, open.getInt("waitingAnswers"));

        animateur
                .as()
                .post(SURVEYS + "/" + campaign + "/close")
                .then()
                .statusCode(200)
                .body("answers", equalTo(3));

        JsonPath closed = results(animateur, campaign);
        assertEquals(3, closed.getInt("answers"), "the close mixed them at once");
        assertEquals(0, closed.getInt("waitingAnswers"));
        assertEquals(100, closed.getInt("nps"));
        assertEquals(List.of("true"), column(campaign, "DISTINCT mixed::text", "survey_answer", "1"));
    }

    @Test
    void twoMixesAtOnceMixEachAnswerOnce() throws Exception {
        List<Account> members = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(surveys.member("Course" + i));
        }
        UUID campaign = surveys.openQuietly("Enquête de satisfaction — deux mélanges");
        for (int i = 0; i < members.size(); i++) {
            surveys.answer(members.get(i), campaign, SurveyFixtures.answer(9, Map.of("comment", "Avis " + i)))
                    .then()
                    .statusCode(201);
        }

        Race.of(2, () -> mixer.mixAll());

        List<String> comments = column(campaign, "comment", "survey_answer", "comment");
        assertEquals(
                java.util.stream.IntStream.range(0, 6)
                        .mapToObj(i -> "Avis " + i)
                        .toList(),
                comments,
                "each answer once");
        assertEquals(List.of("true"), column(campaign, "DISTINCT mixed::text", "survey_answer", "1"));
        assertEquals(6, results(surveys.animateur(), campaign).getInt("answers"));
        surveys.closeAnyOpen();
    }

    @Test
    void aTitleTooShortOnceItsSpacesAreRemovedIsRefusedWithAFieldError() {
        Account animateur = surveys.animateur();
        surveys.closeAnyOpen();
        for (String title : List.of("ab  ", "  ab", "\uD83D\uDE42\uD83D\uDE42")) {
            animateur
                    .as()
                    .body(Map.of(
                            "title",
                            title,
                            "closesOn",
                            SurveyFixtures.today().plusDays(7).toString()))
                    .post(SURVEYS)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("title"))
                    .body("errors[0].message", equalTo("Le titre fait entre 3 et 120 caractères."));
        }
    }

    private JsonPath results(Account animateur, UUID campaign) {
        return animateur
                .as()
                .get(SURVEYS + "/" + campaign + "/results")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** One expression of the campaign's rows of that table, as text, in that order. */
    private List<String> column(UUID campaign, String expression, String table, String order) {
        @SuppressWarnings("unchecked")
        List<Object> values = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT " + expression + " FROM " + table + " WHERE campaign_id = :c ORDER BY " + order)
                        .setParameter("c", campaign)
                        .getResultList());
        return values.stream().map(String::valueOf).toList();
    }

    private long answers(UUID campaign) {
        return ((Number) QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery("SELECT count(*) FROM survey_answer WHERE campaign_id = :c")
                                .setParameter("c", campaign)
                                .getSingleResult()))
                .longValue();
    }

    private Map<String, String> columns(String table) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                                SELECT column_name, data_type FROM information_schema.columns
                                 WHERE table_schema = current_schema() AND table_name = :t""").setParameter("t", table).getResultList());
        Map<String, String> columns = new HashMap<>();
        rows.forEach(r -> columns.put((String) r[0], (String) r[1]));
        return columns;
    }

    private String columnDefault(String table, String column) {
        return (String) QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                                SELECT column_default FROM information_schema.columns
                                 WHERE table_schema = current_schema() AND table_name = :t AND column_name = :c""")
                        .setParameter("t", table)
                        .setParameter("c", column)
                        .getSingleResult());
    }
}
