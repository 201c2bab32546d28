package fr.spyrales.training.library;

import static fr.spyrales.support.KeysetPaging.nextOf;
import static fr.spyrales.support.KeysetPaging.refused;
import static fr.spyrales.support.KeysetPaging.sameByPageAndByCursor;
import static fr.spyrales.training.library.LibraryFixtures.RESOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Keyset paging of the library search (`after`): the rows of paging by number in every order, the average rating
 * (a numeric key, and no rating at all) included; bad cursors are 400s.
 */
@QuarkusTest
class LibraryKeysetTest {
    @Inject
    LibraryFixtures fixtures;

    @Test
    void walkingByCursorReadsEachResourceOnceInTheOrderOfPagingByNumberForEverySort() {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "k");
        List<UUID> resources = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            resources.add(fixtures.published(Map.of("title", "Cours " + word + (i % 2 == 0 ? " " + word : ""))));
        }
        // Averages 4, 4, 3 (two ratings: 4 and 2) and four resources without ratings.
        Account lea = fixtures.member("Léa");
        Account paul = fixtures.member("Paul");
        rate(lea, resources.get(1), 4);
        rate(lea, resources.get(4), 4);
        rate(lea, resources.get(5), 4);
        rate(paul, resources.get(5), 2);
        for (String sort : List.of("relevance", "newest", "rating")) {
            List<String> ids =
                    sameByPageAndByCursor(() -> paul.as().queryParam("q", word).queryParam("sort", sort), RESOURCES, 2);
            assertEquals(7, ids.size(), sort);
            if (sort.equals("rating")) {
                assertEquals(resources.get(5).toString(), ids.get(2), "the average 3 after the two 4s");
            }
        }
        String next = nextOf(paul.as().queryParam("q", word).queryParam("sort", "rating"), RESOURCES, 0, 2);
        refused(paul.as().queryParam("q", word).queryParam("sort", "newest"), RESOURCES, next);
        refused(paul.as().queryParam("q", word).queryParam("sort", "rating").queryParam("page", 1), RESOURCES, next);
        // The rating order's keys: average, number of ratings, publication, id; a count that is not an integer.
        refused(
                paul.as().queryParam("sort", "rating"),
                RESOURCES,
                "eyJvIjoicmVzb3VyY2VzOnJhdGluZyIsImsiOlsiNCIsIjEuNSIsIjIwMjYtMTEtMzBUMTA6MDA6MDBaIiwiMGY1M2M1YWUtMWIwZS00YzVlLTk0NDYtM2U2ZjRkNWYwZjRjIl19");
    }

    private static void rate(Account rater, UUID resource, int stars) {
        rater.as()
                .body(Map.of("stars", stars))
                .put(RESOURCES + "/" + resource + "/ratings/me")
                .then()
                .statusCode(200);
    }
}
