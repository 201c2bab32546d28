package fr.spyrales.training.library;

import static fr.spyrales.training.library.LibraryFixtures.RESOURCES;
import static fr.spyrales.training.library.LibraryFixtures.body;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a French explanation on the field, and nothing is written. */
@QuarkusTest
class LibraryInputTest {
    @Inject
    LibraryFixtures fixtures;

    @Test
    void aBadProposalIsRefusedFieldByFieldAndNothingIsStored() {
        Account lea = fixtures.member("Léa");
        Map<String, Map<String, Object>> cases = Map.ofEntries(
                Map.entry("title", Map.of("title", "R")),
                Map.entry("url", Map.of("url", "http://formation.example.fr/cours")),
                Map.entry("topics", Map.of("topics", List.of())),
                Map.entry("durationMinutes", Map.of("durationMinutes", 0)),
                Map.entry("description", Map.of("description", "x".repeat(10001))),
                Map.entry("author", Map.of("author", "x".repeat(201))));
        cases.forEach((field, change) -> lea.as()
                .body(body(change))
                .post(RESOURCES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString(field))));
        lea.as()
                .body(body(Map.of("topics", List.of("econometrie", "astrologie"))))
                .post(RESOURCES)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("topics"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("astrologie"));
        lea.as()
                .body(body(Map.of("topics", List.of("r", "python", "sql", "git", "dataviz", "statistiques", "pandas"))))
                .post(RESOURCES)
                .then()
                .statusCode(400);
        lea.as().body(body(Map.of("type", "PODCAST"))).post(RESOURCES).then().statusCode(400);
        Map<String, Object> missing = new HashMap<>(body(Map.of()));
        missing.remove("free");
        lea.as().body(missing).post(RESOURCES).then().statusCode(400);
        lea.as().body("{\"title\": ").post(RESOURCES).then().statusCode(400);
        lea.as().get("/api/v1/me/resources").then().body("total", equalTo(0));
    }

    @Test
    void aBadEditChangesNothing() {
        var proposed = fixtures.proposed(Map.of("title", "Titre d'origine"));
        String path = RESOURCES + "/" + proposed.resource();
        Account lea = proposed.proposer();
        lea.as()
                .body(Map.of("title", "Nouveau titre", "url", "ftp://x"))
                .patch(path)
                .then()
                .statusCode(400);
        lea.as()
                .body(Map.of("title", "Nouveau titre", "topics", List.of("inconnu")))
                .patch(path)
                .then()
                .statusCode(400);
        lea.as().body(Map.of("title", "   ")).patch(path).then().statusCode(400);
        lea.as().get(path).then().body("title", equalTo("Titre d'origine"));
        lea.as()
                .body(Map.of("durationMinutes", 0, "author", ""))
                .patch(path)
                .then()
                .statusCode(200)
                .body("durationMinutes", org.hamcrest.Matchers.nullValue())
                .body("author", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aModerationWithoutAReasonIsRefused() {
        var proposed = fixtures.proposed(Map.of());
        Account karim = fixtures.animateur("Karim");
        String path = RESOURCES + "/" + proposed.resource();
        karim.as().body(Map.of("reason", "Non")).post(path + "/reject").then().statusCode(400);
        karim.as().body(Map.of()).post(path + "/reject").then().statusCode(400);
        karim.as().get(path).then().body("status", equalTo("PROPOSED"));
        karim.as().get(RESOURCES + "/url-check").then().statusCode(400);
        karim.as()
                .queryParam("url", "pas une adresse")
                .get(RESOURCES + "/url-check")
                .then()
                .statusCode(400);
        karim.as().get(RESOURCES + "/" + UUID.randomUUID()).then().statusCode(404);
        karim.as().get(RESOURCES + "/pas-un-uuid").then().statusCode(400);
    }

    @Test
    void bookmarksAndDoneMarksAreIdempotentAndListedNewestFirst() {
        UUID first = fixtures.published(Map.of());
        UUID second = fixtures.published(Map.of());
        Account lea = fixtures.member("Léa");
        for (UUID id : List.of(first, second, second)) {
            lea.as().put(RESOURCES + "/" + id + "/bookmark").then().statusCode(204);
        }
        lea.as().put(RESOURCES + "/" + first + "/done").then().statusCode(204);
        lea.as().put(RESOURCES + "/" + first + "/done").then().statusCode(204);
        lea.as()
                .get("/api/v1/me/bookmarks")
                .then()
                .body("total", equalTo(2))
                .body("items[0].id", equalTo(second.toString()))
                .body("items[0].bookmarked", equalTo(true))
                .body("items[1].done", equalTo(true));
        lea.as().delete(RESOURCES + "/" + second + "/bookmark").then().statusCode(204);
        lea.as().delete(RESOURCES + "/" + second + "/bookmark").then().statusCode(204);
        lea.as().delete(RESOURCES + "/" + first + "/done").then().statusCode(204);
        lea.as().get("/api/v1/me/bookmarks").then().body("total", equalTo(1));
        lea.as()
                .get(RESOURCES + "/" + first)
                .then()
                .body("done", equalTo(false))
                .body("bookmarked", equalTo(true));
        var proposed = fixtures.proposed(Map.of());
        proposed.proposer()
                .as()
                .put(RESOURCES + "/" + proposed.resource() + "/bookmark")
                .then()
                .statusCode(409);
        proposed.proposer()
                .as()
                .put(RESOURCES + "/" + proposed.resource() + "/done")
                .then()
                .statusCode(409);
    }
}
