package fr.spyrales.training.path;

import static fr.spyrales.training.path.PathFixtures.PATHS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import fr.spyrales.support.TestAccounts.Account;
import fr.spyrales.training.path.PathFixtures.Built;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a member's export says of their paths, and what their erasure does to them. */
@QuarkusTest
class PathPersonalDataTest {
    @Inject
    PathFixtures fixtures;

    @Test
    void theExportListsMyPathsMyFollowsAndMyTicks() {
        Built built = fixtures.published(2, Map.of());
        Account learner = fixtures.member("Inès");
        fixtures.follow(learner, built.path());
        fixtures.tick(learner, built.path(), built.steps().get(1));
        built.author()
                .as()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("learningPaths.authored[0].pathId", equalTo(built.path().toString()))
                .body("learningPaths.authored[0].status", equalTo("PUBLISHED"));
        learner.as()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("learningPaths.followed[0].pathId", equalTo(built.path().toString()))
                .body(
                        "learningPaths.stepsDone[0].stepId",
                        equalTo(built.steps().get(1).toString()))
                .body("learningPaths.stepsDone[0].position", equalTo(2))
                .body("learningPaths.authored", hasSize(0));
    }

    @Test
    void erasureRemovesProgressDeletesDraftsAndKeepsPublishedPathsWithoutAuthor() {
        Built built = fixtures.published(1, Map.of());
        UUID draft = fixtures.draft(built.author(), Map.of());
        Account learner = fixtures.member("Inès");
        fixtures.follow(learner, built.path());
        fixtures.tick(learner, built.path(), built.steps().get(0));
        Account reader = fixtures.member("Paul");
        fixtures.follow(reader, built.path());

        learner.as().delete("/api/v1/me").then().statusCode(204);
        reader.as()
                .get(PATHS + "/" + built.path())
                .then()
                .body("followerCount", equalTo(1))
                .body("author.displayName", equalTo("Claire Mentor"));

        built.author().as().delete("/api/v1/me").then().statusCode(204);
        reader.as()
                .get(PATHS + "/" + built.path())
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("author", nullValue())
                .body("stepCount", equalTo(1));
        fixtures.animateur().as().get(PATHS + "/" + draft).then().statusCode(404);
    }
}
