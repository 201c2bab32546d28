package fr.spyrales.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SuggestionTest {
    private static final String SUGGESTIONS = "/api/v1/matching/suggestions";

    @Inject
    MatchingFixtures fixtures;

    @Inject
    MentorshipFixtures mentorships;

    /** The suggestions for these mentors only, in the order the API gave them. */
    private static List<Map<String, Object>> among(JsonPath body, Account... mentors) {
        List<String> ids =
                java.util.Arrays.stream(mentors).map(a -> a.id().toString()).toList();
        List<Map<String, Object>> items = body.getList("items");
        return items.stream()
                .filter(i -> ids.contains(((Map<?, ?>) i.get("mentor")).get("id")))
                .toList();
    }

    @Test
    void ranksMentorsByScoreAndExplainsEachShareInFrench() {
        String name = MatchingFixtures.uniqueName("Suggestion");
        Account mentee = fixtures.mentee(name, "INSEE", "OCC", Map.of("r", 1), Set.of("r"));
        Account best = fixtures.mentor("Amina", name, "MJ", "OCC", 2, Map.of("r", 3));
        Account expert = fixtures.mentor("Bruno", name, "INSEE", "IDF", 1, Map.of("r", 4));
        Account notAbove = fixtures.mentor("Chloé", name, "MJ", "OCC", 2, Map.of("r", 1));
        Account declined = fixtures.mentor("Denis", name, "MJ", "OCC", 2, Map.of("r", 3));
        Account full = fixtures.mentor("Emma", name, "MJ", "OCC", 1, Map.of("r", 3));
        UUID declinedRequest = mentorships.request(mentee, declined);
        declined.as()
                .body(Map.of("reason", "NO_TIME"))
                .post("/api/v1/mentorships/" + declinedRequest + "/decline")
                .then()
                .statusCode(200);
        String accepted = mentorships.request(mentorships.mentee(), full).toString();
        full.as().post("/api/v1/mentorships/" + accepted + "/accept").then().statusCode(200);

        JsonPath body = mentee.as()
                .get(SUGGESTIONS + "?limit=50")
                .then()
                .statusCode(200)
                .body("basedOn.code", equalTo(List.of("r")))
                .body("learningSkillsDeclared", equalTo(true))
                .body("canRequest", equalTo(true))
                .body("notice", nullValue())
                .body("maxScore", equalTo(100))
                .extract()
                .jsonPath();

        List<Map<String, Object>> ours = among(body, best, expert, notAbove, declined, full);
        assertEquals(
                List.of(best.id().toString(), expert.id().toString()),
                ours.stream().map(i -> ((Map<?, ?>) i.get("mentor")).get("id")).toList(),
                "only mentors above the mentee, with a free place and never declined, best first");
        Map<String, Object> top = ours.get(0);
        assertEquals(100.0, ((Number) top.get("score")).doubleValue());
        assertEquals(
                List.of(
                        "Maîtrise R au niveau 3 — vous êtes au niveau 1",
                        "Langage commun : R",
                        "Autre ministère : Justice",
                        "2 places libres sur 2",
                        "Même région : Occitanie"),
                labels(top),
                "largest shares first");
        assertEquals(List.of(50.0, 15.0, 15.0, 10.0, 10.0), points(top));
        Map<String, Object> second = ours.get(1);
        assertEquals(
                List.of("Maîtrise R au niveau 4 — vous êtes au niveau 1", "Langage commun : R", "1 place libre sur 1"),
                labels(second));
        assertEquals(
                55.0,
                ((Number) second.get("score")).doubleValue(),
                "a gap of three levels is worth less than one or two");
        assertEquals("Justice", ((Map<?, ?>) top.get("mentor")).get("ministry"));
        assertEquals("Occitanie", ((Map<?, ?>) top.get("mentor")).get("regionName"));
    }

    @Test
    void everySuggestionsReasonsAddUpToItsScore() {
        String name = MatchingFixtures.uniqueName("Somme");
        Account mentee =
                fixtures.mentee(name, "SSMSI", "BRE", Map.of("python", 2, "sql", 1), Set.of("python", "sql", "git"));
        fixtures.mentor("Farid", name, "INSEE", "BRE", 3, Map.of("python", 4, "sql", 3, "git", 2));
        fixtures.mentor("Gaëlle", name, "MJ", "IDF", 2, Map.of("sql", 2));

        List<Map<String, Object>> items = mentee.as()
                .get(SUGGESTIONS + "?limit=50")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertFalse(items.isEmpty());
        for (Map<String, Object> item : items) {
            double sum = points(item).stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(((Number) item.get("score")).doubleValue(), sum, 0.001, "reasons of " + item.get("mentor"));
        }
    }

    @Test
    void withoutLearningSkillsTheLowLevelSkillsAreUsedAndSaidSo() {
        Account mentee = fixtures.mentee(
                MatchingFixtures.uniqueName("Repli"), "INSEE", "OCC", Map.of("python", 2, "r", 4), Set.of());

        mentee.as()
                .get(SUGGESTIONS)
                .then()
                .statusCode(200)
                .body("basedOn.code", equalTo(List.of("python")))
                .body("learningSkillsDeclared", equalTo(false));
    }

    @Test
    void withoutAnySkillTheMemberIsToldWhatToDo() {
        Account mentee = fixtures.mentee(MatchingFixtures.uniqueName("Vide"), "INSEE", "OCC", Map.of(), Set.of());

        mentee.as()
                .get(SUGGESTIONS)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("notice", containsString("compétences que vous souhaitez développer"));
    }

    @Test
    void aMenteeAlreadyPairedGetsNoSuggestion() {
        Account mentee = mentorships.pairIn(MentorshipStatus.ACCEPTED).mentee();

        mentee.as()
                .get(SUGGESTIONS)
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("canRequest", equalTo(false))
                .body("notice", containsString("déjà un mentorat en cours"));
    }

    @Test
    void aMemberWhoDoesNotLookForAMentorSeesSuggestionsButCannotAskYet() {
        String name = MatchingFixtures.uniqueName("Curieux");
        Account curious = fixtures.mentor("Hugo", name, "INSEE", "OCC", 0, Map.of("r", 1));
        fixtures.mentor("Inès", name, "MJ", "OCC", 2, Map.of("r", 3));

        curious.as()
                .get(SUGGESTIONS + "?limit=50")
                .then()
                .statusCode(200)
                .body("canRequest", equalTo(false))
                .body("notice", containsString("souhaitez être accompagné"));
    }

    @Test
    void theLimitIsChecked() {
        Account mentee = mentorships.mentee();
        mentee.as()
                .get(SUGGESTIONS + "?limit=0")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.message", hasItem(containsString("de 1 à 50")));
        mentee.as().get(SUGGESTIONS + "?limit=51").then().statusCode(400);
        mentee.as().get(SUGGESTIONS + "?limit=dix").then().statusCode(400);
    }

    @Test
    void suggestionsNeedAnAccount() {
        given().get(SUGGESTIONS).then().statusCode(401).contentType("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(Map<String, Object> item) {
        return ((List<Map<String, Object>>) item.get("reasons"))
                .stream().map(r -> (String) r.get("label")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Double> points(Map<String, Object> item) {
        return ((List<Map<String, Object>>) item.get("reasons"))
                .stream().map(r -> ((Number) r.get("points")).doubleValue()).toList();
    }
}
