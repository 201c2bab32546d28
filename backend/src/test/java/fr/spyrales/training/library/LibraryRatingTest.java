package fr.spyrales.training.library;

import static fr.spyrales.training.library.LibraryFixtures.RESOURCES;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Ratings: one per member, on published resources, with an average kept exact under concurrent ratings. */
@QuarkusTest
class LibraryRatingTest {
    @Inject
    LibraryFixtures fixtures;

    @Test
    void aMemberRatesOnceAndChangesOrRemovesTheirRating() {
        UUID resource = fixtures.published(Map.of());
        String path = RESOURCES + "/" + resource;
        Account lea = fixtures.member("Léa");
        Account paul = fixtures.member("Paul");
        lea.as()
                .body(Map.of("stars", 5, "comment", "Très clair."))
                .put(path + "/ratings/me")
                .then()
                .statusCode(200)
                .body("stars", equalTo(5))
                .body("displayName", equalTo("Léa Bibliothèque"))
                .body("mine", equalTo(true));
        lea.as().body(Map.of("stars", 4)).put(path + "/ratings/me").then().statusCode(200);
        paul.as().body(Map.of("stars", 2)).put(path + "/ratings/me").then().statusCode(200);
        lea.as()
                .get(path)
                .then()
                .body("ratingCount", equalTo(2))
                .body("ratingAverage", equalTo(3.0f))
                .body("myRating.stars", equalTo(4))
                .body("myRating.comment", nullValue());
        paul.as()
                .get(path + "/ratings")
                .then()
                .body("total", equalTo(2))
                .body("items[0].displayName", equalTo("Paul Bibliothèque"))
                .body("items[0].mine", equalTo(true))
                .body("items[1].mine", equalTo(false));
        paul.as().delete(path + "/ratings/me").then().statusCode(204);
        paul.as().delete(path + "/ratings/me").then().statusCode(204);
        paul.as().get(path).then().body("ratingCount", equalTo(1)).body("ratingAverage", equalTo(4.0f));
    }

    @Test
    void theAverageHasOneDecimal() {
        UUID resource = fixtures.published(Map.of());
        for (int stars : new int[] {5, 4, 4}) {
            fixtures.member("Note")
                    .as()
                    .body(Map.of("stars", stars))
                    .put(RESOURCES + "/" + resource + "/ratings/me")
                    .then()
                    .statusCode(200);
        }
        fixtures.member("Paul")
                .as()
                .get(RESOURCES + "/" + resource)
                .then()
                .body("ratingAverage", equalTo(4.3f))
                .body("ratingCount", equalTo(3));
    }

    @Test
    void onlyPublishedResourcesAreRatedAndBadRatingsAreRefused() {
        var proposed = fixtures.proposed(Map.of());
        proposed.proposer()
                .as()
                .body(Map.of("stars", 5))
                .put(RESOURCES + "/" + proposed.resource() + "/ratings/me")
                .then()
                .statusCode(409);
        UUID resource = fixtures.published(Map.of());
        Account lea = fixtures.member("Léa");
        for (Object stars : new Object[] {0, 6, "cinq"}) {
            lea.as()
                    .body(Map.of("stars", stars))
                    .put(RESOURCES + "/" + resource + "/ratings/me")
                    .then()
                    .statusCode(400);
        }
        lea.as()
                .body(Map.of("stars", 3, "comment", "x".repeat(2001)))
                .put(RESOURCES + "/" + resource + "/ratings/me")
                .then()
                .statusCode(400);
        lea.as()
                .body(Map.of())
                .put(RESOURCES + "/" + resource + "/ratings/me")
                .then()
                .statusCode(400);
        lea.as()
                .get(RESOURCES + "/" + resource)
                .then()
                .body("ratingCount", equalTo(0))
                .body("myRating", nullValue());
    }

    @Test
    void twentyConcurrentRatingsKeepTheAverageExact() throws Exception {
        UUID resource = fixtures.published(Map.of());
        List<Account> raters = new ArrayList<>();
        List<Callable<Integer>> calls = new ArrayList<>();
        int expectedSum = 0;
        for (int i = 0; i < 20; i++) {
            Account rater = fixtures.member("Note" + i);
            int stars = 1 + (i % 5);
            expectedSum += stars;
            raters.add(rater);
            calls.add(() -> rater.as()
                    .body(Map.of("stars", stars))
                    .put(RESOURCES + "/" + resource + "/ratings/me")
                    .statusCode());
            // Half of them change their mind at the same time: still one rating each.
            if (i % 2 == 0) {
                calls.add(() -> rater.as()
                        .body(Map.of("stars", stars))
                        .put(RESOURCES + "/" + resource + "/ratings/me")
                        .statusCode());
            }
        }
        List<Integer> statuses = Race.of(calls);
        assertEquals(List.of(200), statuses.stream().distinct().toList(), statuses.toString());
        float average = Math.round(expectedSum * 10f / 20) / 10f;
        raters.get(0)
                .as()
                .get(RESOURCES + "/" + resource)
                .then()
                .body("ratingCount", equalTo(20))
                .body("ratingAverage", equalTo(average));
        raters.get(0).as().get(RESOURCES + "/" + resource + "/ratings").then().body("total", equalTo(20));
    }
}
