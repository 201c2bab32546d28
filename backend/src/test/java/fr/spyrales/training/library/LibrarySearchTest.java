package fr.spyrales.training.library;

import static fr.spyrales.training.library.LibraryFixtures.RESOURCES;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The library search: French full text without accents, by word start, the title ranked first; filters that add
 * up; facets counted under the search and the other filters. Each test searches a word of its own, so that the
 * resources of other tests never count.
 */
@QuarkusTest
class LibrarySearchTest {
    @Inject
    LibraryFixtures fixtures;

    /** A made-up word that only this test's resources hold. */
    private static String word() {
        String letters = Long.toString(Math.abs(UUID.randomUUID().getLeastSignificantBits()), 26)
                .replaceAll("[0-9]", "")
                .chars()
                .mapToObj(c -> String.valueOf((char) ('k' + (c % 10))))
                .collect(Collectors.joining());
        return "qz" + letters.substring(0, Math.min(10, letters.length()));
    }

    @Test
    void econometrieWithoutAccentsFindsEconometrieAndPrefixesMatch() {
        String word = word();
        UUID resource = fixtures.published(Map.of("title", "Économétrie des panels " + word));
        Account reader = fixtures.member("Paul");
        for (String q : List.of("econometrie " + word, "ÉCONOMÉTRIE " + word, "économ " + word)) {
            reader.as()
                    .queryParam("q", q)
                    .get(RESOURCES)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].id", equalTo(resource.toString()));
        }
        // The topic's name counts too: « Économétrie » is the skill econometrie's name.
        UUID byTopic =
                fixtures.published(Map.of("title", "Modèles linéaires " + word, "topics", List.of("econometrie")));
        reader.as()
                .queryParam("q", "econometrie " + word)
                .get(RESOURCES)
                .then()
                .body("items.id", hasItem(byTopic.toString()));
    }

    @Test
    void aTitleMatchRanksAboveATopicMatchAboveADescriptionMatch() {
        String word = word();
        UUID inDescription = fixtures.published(Map.of(
                "title",
                "Un cours de statistique " + word,
                "topics",
                List.of("statistiques"),
                "description",
                "On y parle longuement de cartographie, de cartographie et encore de cartographie."));
        UUID inTitle = fixtures.published(
                Map.of("title", "Cartographie avec R " + word, "topics", List.of("r"), "description", "Des cartes."));
        UUID inTopic = fixtures.published(Map.of(
                "title", "Faire des cartes " + word, "topics", List.of("cartographie"), "description", "Des cartes."));
        List<String> order = fixtures.member("Paul")
                .as()
                .queryParam("q", "cartographie " + word)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertEquals(List.of(inTitle.toString(), inTopic.toString(), inDescription.toString()), order);
    }

    @Test
    void facetsCountEachValueUnderTheSearchAndTheOtherFilters() {
        String word = word();
        fixtures.published(Map.of(
                "title",
                "Pandas " + word,
                "type",
                "TUTORIAL",
                "programmingLanguage",
                "PYTHON",
                "level",
                "BEGINNER",
                "topics",
                List.of("python", "pandas"),
                "contentLanguage",
                "FR",
                "free",
                true));
        fixtures.published(Map.of(
                "title",
                "Tidyverse " + word,
                "type",
                "TUTORIAL",
                "programmingLanguage",
                "R",
                "level",
                "BEGINNER",
                "topics",
                List.of("r", "tidyverse"),
                "contentLanguage",
                "EN",
                "free",
                true));
        fixtures.published(Map.of(
                "title",
                "Python et R " + word,
                "type",
                "COURSE",
                "programmingLanguage",
                "BOTH",
                "level",
                "ADVANCED",
                "topics",
                List.of("python", "r"),
                "contentLanguage",
                "FR",
                "free",
                false));
        fixtures.published(Map.of(
                "title",
                "Git " + word,
                "type",
                "VIDEO",
                "programmingLanguage",
                "NONE",
                "level",
                "BEGINNER",
                "topics",
                List.of("git"),
                "contentLanguage",
                "FR",
                "free",
                true));
        // Proposed only: never counted.
        fixtures.proposed(Map.of("title", "Jupyter " + word, "programmingLanguage", "PYTHON"));

        Account reader = fixtures.member("Paul");
        JsonPath all = reader.as()
                .queryParam("q", word)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(4, all.getInt("total"));
        assertEquals(
                Map.of(
                        "COURSE",
                        1,
                        "TUTORIAL",
                        2,
                        "VIDEO",
                        1,
                        "BOOK",
                        0,
                        "NOTEBOOK",
                        0,
                        "EXERCISE",
                        0,
                        "DOCUMENTATION",
                        0,
                        "TOOL",
                        0),
                facet(all, "type"));
        // PYTHON and R count the resources in both.
        assertEquals(Map.of("PYTHON", 2, "R", 2, "BOTH", 1, "NONE", 1), facet(all, "programmingLanguage"));
        assertEquals(Map.of("true", 3, "false", 1), facet(all, "free"));
        assertEquals(Map.of("python", 2, "r", 2, "pandas", 1, "tidyverse", 1, "git", 1), facet(all, "topic"));

        // Python (with both) and French, free only: each facet counted under the other filters.
        JsonPath filtered = reader.as()
                .queryParam("q", word)
                .queryParam("programmingLanguage", "PYTHON")
                .queryParam("contentLanguage", "FR")
                .queryParam("type", "TUTORIAL", "COURSE")
                .queryParam("topic", "sql")
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(0, filtered.getInt("total"));
        // Without the topic filter sql, Python + FR + (TUTORIAL or COURSE) would give Pandas and « Python et R ».
        assertEquals(Map.of("python", 2, "r", 1, "pandas", 1, "sql", 0), facet(filtered, "topic"));
        JsonPath noTopic = reader.as()
                .queryParam("q", word)
                .queryParam("programmingLanguage", "PYTHON")
                .queryParam("contentLanguage", "FR")
                .queryParam("type", "TUTORIAL", "COURSE")
                .queryParam("freeOnly", true)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(1, noTopic.getInt("total"));
        assertEquals("Pandas " + word, noTopic.getString("items[0].title"));
        // type: Python + FR + free → Pandas (TUTORIAL); Git is NONE, Python et R is not free.
        assertEquals(1, facet(noTopic, "type").get("TUTORIAL"));
        assertEquals(0, facet(noTopic, "type").get("COURSE"));
        assertEquals(0, facet(noTopic, "type").get("VIDEO"));
        // programmingLanguage: FR + free + (TUTORIAL or COURSE) → Pandas only; R would find nothing.
        assertEquals(Map.of("PYTHON", 1, "R", 0, "BOTH", 0, "NONE", 0), facet(noTopic, "programmingLanguage"));
        // contentLanguage: Python + free + (TUTORIAL or COURSE) → Pandas (FR).
        assertEquals(Map.of("FR", 1, "EN", 0), facet(noTopic, "contentLanguage"));
        // free: Python + FR + (TUTORIAL or COURSE) → Pandas (free) and « Python et R » (not free).
        assertEquals(Map.of("true", 1, "false", 1), facet(noTopic, "free"));
        assertEquals(Map.of("BEGINNER", 1, "INTERMEDIATE", 0, "ADVANCED", 0), facet(noTopic, "level"));
    }

    @Test
    void anEditedPublishedResourceIsFoundByItsNewWordsAndFacetsAndAWithdrawnOneNoLonger() {
        String before = word();
        String after = word();
        Account animateur = fixtures.animateur("Claire");
        UUID resource = fixtures.propose(
                animateur,
                Map.of("title", "Séries temporelles " + before, "type", "COURSE", "topics", List.of("statistiques")));
        animateur
                .as()
                .body(Map.of("title", "Séries temporelles " + after, "type", "NOTEBOOK", "topics", List.of("git")))
                .patch(RESOURCES + "/" + resource)
                .then()
                .statusCode(200);
        Account reader = fixtures.member("Paul");
        reader.as().queryParam("q", before).get(RESOURCES).then().body("total", equalTo(0));
        JsonPath found = reader.as()
                .queryParam("q", after)
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(resource.toString()), found.getList("items.id"));
        assertEquals(1, facet(found, "type").get("NOTEBOOK"));
        assertEquals(0, facet(found, "type").get("COURSE"));
        assertEquals(Map.of("git", 1), facet(found, "topic"));

        fixtures.withdraw(animateur, resource);
        reader.as()
                .queryParam("q", after)
                .get(RESOURCES)
                .then()
                .body("total", equalTo(0))
                .body("items", equalTo(List.of()));
    }

    @Test
    void sortsByRatingOrNewestAndPagesThroughTheResults() {
        String word = word();
        UUID first = fixtures.published(Map.of("title", "Premier " + word));
        UUID second = fixtures.published(Map.of("title", "Deuxième " + word));
        UUID third = fixtures.published(Map.of("title", "Troisième " + word));
        Account reader = fixtures.member("Paul");
        reader.as()
                .body(Map.of("stars", 3))
                .put(RESOURCES + "/" + first + "/ratings/me")
                .then()
                .statusCode(200);
        reader.as()
                .body(Map.of("stars", 5))
                .put(RESOURCES + "/" + third + "/ratings/me")
                .then()
                .statusCode(200);
        List<String> byRating = reader.as()
                .queryParam("q", word)
                .queryParam("sort", "rating")
                .get(RESOURCES)
                .then()
                .extract()
                .path("items.id");
        assertEquals(List.of(third.toString(), first.toString(), second.toString()), byRating);
        reader.as()
                .queryParam("q", word)
                .queryParam("sort", "newest")
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get(RESOURCES)
                .then()
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("items.id", equalTo(List.of(first.toString())));
    }

    @Test
    void badFiltersAreRefusedWithFrenchExplanations() {
        Account reader = fixtures.member("Paul");
        reader.as().queryParam("sort", "popularity").get(RESOURCES).then().statusCode(400);
        reader.as().queryParam("type", "PODCAST").get(RESOURCES).then().statusCode(400);
        reader.as().queryParam("size", 1000).get(RESOURCES).then().statusCode(400);
        reader.as().queryParam("q", "x".repeat(201)).get(RESOURCES).then().statusCode(400);
    }

    private static Map<String, Integer> facet(JsonPath page, String name) {
        List<Map<String, Object>> counts = page.getList("facets." + name);
        return counts.stream()
                .collect(Collectors.toMap(c -> (String) c.get("value"), c -> ((Number) c.get("count")).intValue()));
    }
}
