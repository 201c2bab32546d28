package fr.spyrales.training.library;

import static fr.spyrales.training.library.LibraryFixtures.RESOURCES;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a member's export says of their library, and what their erasure does to it. */
@QuarkusTest
class LibraryPersonalDataTest {
    @Inject
    LibraryFixtures fixtures;

    @Test
    void theExportListsMyProposalsRatingsBookmarksAndDoneMarks() {
        Account lea = fixtures.member("Léa");
        UUID proposal = fixtures.propose(lea, Map.of("title", "Ma proposition"));
        UUID resource = fixtures.published(Map.of("title", "Une ressource publiée"));
        lea.as().body(Map.of("stars", 4, "comment", "Utile.")).put(RESOURCES + "/" + resource + "/ratings/me");
        lea.as().put(RESOURCES + "/" + resource + "/bookmark").then().statusCode(204);
        lea.as().put(RESOURCES + "/" + resource + "/done").then().statusCode(204);
        lea.as()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("library.proposals[0].resourceId", equalTo(proposal.toString()))
                .body("library.proposals[0].status", equalTo("PROPOSED"))
                .body("library.ratings[0].title", equalTo("Une ressource publiée"))
                .body("library.ratings[0].stars", equalTo(4))
                .body("library.ratings[0].comment", equalTo("Utile."))
                .body("library.bookmarks[0].resourceId", equalTo(resource.toString()))
                .body("library.done[0].resourceId", equalTo(resource.toString()));
    }

    @Test
    void erasureKeepsPublishedResourcesWithoutTheirProposerAndRemovesTheRest() {
        Account lea = fixtures.member("Léa");
        UUID pending = fixtures.propose(lea, Map.of());
        UUID published = fixtures.propose(lea, Map.of());
        Account karim = fixtures.animateur("Karim");
        fixtures.publish(karim, published);
        UUID rated = fixtures.published(Map.of());
        lea.as()
                .body(Map.of("stars", 1))
                .put(RESOURCES + "/" + rated + "/ratings/me")
                .then()
                .statusCode(200);
        fixtures.member("Paul")
                .as()
                .body(Map.of("stars", 5))
                .put(RESOURCES + "/" + rated + "/ratings/me")
                .then()
                .statusCode(200);
        lea.as().put(RESOURCES + "/" + rated + "/bookmark").then().statusCode(204);

        lea.as().delete("/api/v1/me").then().statusCode(204);

        karim.as().get(RESOURCES + "/" + pending).then().statusCode(404);
        karim.as()
                .get(RESOURCES + "/" + published)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("proposedBy", nullValue());
        karim.as()
                .get(RESOURCES + "/" + rated)
                .then()
                .body("ratingCount", equalTo(1))
                .body("ratingAverage", equalTo(5.0f));
        karim.as().get(RESOURCES + "/" + rated + "/ratings").then().body("total", equalTo(1));
    }
}
