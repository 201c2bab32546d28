package fr.spyrales.challenge;

import static fr.spyrales.challenge.ChallengeFixtures.CHALLENGES;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fr.spyrales.challenge.ChallengeFixtures.Pool;
import fr.spyrales.privacy.MemberErased;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a member's export says of their challenge entries, kudos and comments, and what their erasure does. */
@QuarkusTest
class ChallengePersonalDataTest {
    @Inject
    ChallengeFixtures fixtures;

    @Test
    void theExportListsMyEntriesMyKudosMyCommentsAndTheChallengesIPublished() {
        Pool pool = fixtures.pool(2);
        fixtures.close(pool.challenge());
        Account claire = pool.entrants().get(0);
        String leas = CHALLENGES + "/" + pool.challenge() + "/entries/"
                + pool.entries().get(1);
        claire.as().put(leas + "/kudos").then().statusCode(204);
        claire.as()
                .body(Map.of("body", "Bien vu pour la Guyane."))
                .post(leas + "/comments")
                .then()
                .statusCode(201);
        claire.as()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("challenges.entries", hasSize(1))
                .body(
                        "challenges.entries[0].challengeId",
                        equalTo(pool.challenge().toString()))
                .body("challenges.entries[0].challengeTitle", equalTo("Les hospitalisations par département"))
                .body("challenges.entries[0].text", equalTo("Ce que j'ai trouvé, numéro 0."))
                .body(
                        "challenges.kudosGiven[0].entryId",
                        equalTo(pool.entries().get(1).toString()))
                .body("challenges.comments[0].body", equalTo("Bien vu pour la Guyane."));
        pool.animateur()
                .as()
                .get("/api/v1/me/export")
                .then()
                .body(
                        "challenges.published[0].challengeId",
                        equalTo(pool.challenge().toString()));
    }

    @Test
    void erasureDeletesMyEntriesKudosAndCommentsAndKeepsTheChallengesIPublished() {
        Pool pool = fixtures.pool(2);
        fixtures.close(pool.challenge());
        Account claire = pool.entrants().get(0);
        Account lea = pool.entrants().get(1);
        String entries = CHALLENGES + "/" + pool.challenge() + "/entries/";
        claire.as().put(entries + pool.entries().get(1) + "/kudos").then().statusCode(204);
        claire.as()
                .body(Map.of("body", "Bien vu pour la Guyane."))
                .post(entries + pool.entries().get(1) + "/comments")
                .then()
                .statusCode(201);
        lea.as().put(entries + pool.entries().get(0) + "/kudos").then().statusCode(204);
        lea.as()
                .body(Map.of("body", "Belle carte !"))
                .post(entries + pool.entries().get(0) + "/comments")
                .then()
                .statusCode(201);

        claire.as().delete("/api/v1/me").then().statusCode(204);

        lea.as()
                .get(CHALLENGES + "/" + pool.challenge() + "/entries")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(pool.entries().get(1).toString()))
                .body("items[0].kudos", equalTo(0))
                .body("items[0].commentCount", equalTo(0));
        lea.as().get(CHALLENGES + "/" + pool.challenge()).then().body("entryCount", equalTo(1));

        UUID published = pool.challenge();
        pool.animateur().as().delete("/api/v1/me").then().statusCode(204);
        lea.as()
                .get(CHALLENGES + "/" + published)
                .then()
                .statusCode(200)
                .body("publishedBy", equalTo(MemberErased.ERASED_NAME));
    }
}
