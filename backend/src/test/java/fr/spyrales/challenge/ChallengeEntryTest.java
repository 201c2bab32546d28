package fr.spyrales.challenge;

import static fr.spyrales.challenge.ChallengeFixtures.CHALLENGES;
import static fr.spyrales.challenge.ChallengeFixtures.entry;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import fr.spyrales.challenge.ChallengeFixtures.Pool;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Submitting, editing and withdrawing an entry while the challenge is open; who sees the entries when. */
@QuarkusTest
class ChallengeEntryTest {
    @Inject
    ChallengeFixtures fixtures;

    @Test
    void aMemberSubmitsEditsAndWithdrawsTheirEntryWhileTheChallengeIsOpen() {
        UUID challenge = fixtures.open(fixtures.animateur());
        Account claire = fixtures.member("Claire");
        String mine = CHALLENGES + "/" + challenge + "/entries/me";
        claire.as()
                .body(entry(Map.of()))
                .put(mine)
                .then()
                .statusCode(201)
                .body("authorName", equalTo("Claire Nageur"))
                .body("language", equalTo("PYTHON"));
        claire.as()
                .body(Map.of(
                        "text",
                        "Pas encore fini : il me manque les départements d'outre-mer.",
                        "language",
                        "R",
                        "vestiaire",
                        true,
                        "blockedBy",
                        "La jointure sur les codes de département."))
                .put(mine)
                .then()
                .statusCode(200)
                .body("link", nullValue())
                .body("vestiaire", equalTo(true))
                .body("blockedBy", equalTo("La jointure sur les codes de département."));
        claire.as().get(CHALLENGES + "/" + challenge).then().body("myEntry", equalTo(true));
        claire.as().get(mine).then().statusCode(200).body("language", equalTo("R"));
        claire.as().delete(mine).then().statusCode(204);
        claire.as().get(mine).then().statusCode(404);
        claire.as().delete(mine).then().statusCode(404);
        claire.as().get(CHALLENGES + "/" + challenge).then().body("entryCount", equalTo(0));
    }

    @Test
    void anEntryGivesALinkOrATextAndOnlyHttpsLinks() {
        UUID challenge = fixtures.open(fixtures.animateur());
        Account claire = fixtures.member("Claire");
        String mine = CHALLENGES + "/" + challenge + "/entries/me";
        claire.as()
                .body(entry(Map.of("link", "http://github.com/claire/piscine")))
                .put(mine)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("link"))
                .body("errors.message", hasItem("Indiquez une adresse en https://."));
        claire.as()
                .body(entry(Map.of("link", "javascript:alert(1)")))
                .put(mine)
                .then()
                .statusCode(400);
        claire.as()
                .body(Map.of("text", "   ", "language", "OTHER"))
                .put(mine)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("text"));
        claire.as()
                .body(entry(Map.of("blockedBy", "Rien ne m'a bloqué.")))
                .put(mine)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("blockedBy"));
        claire.as()
                .body(Map.of("link", "https://gitlab.com/claire/piscine", "language", "OTHER"))
                .put(mine)
                .then()
                .statusCode(201)
                .body("text", equalTo(""));
    }

    @Test
    void entriesAreRefusedBeforeTheOpeningAndAfterTheClosing() {
        Account animateur = fixtures.animateur();
        UUID upcoming = fixtures.upcoming(animateur);
        Account claire = fixtures.member("Claire");
        claire.as()
                .body(entry(Map.of()))
                .put(CHALLENGES + "/" + upcoming + "/entries/me")
                .then()
                .statusCode(409)
                .body("detail", startsWith("Le défi n'est pas ouvert : il n'a pas encore commencé"));

        UUID closing = fixtures.open(animateur);
        fixtures.enter(claire, closing, Map.of());
        fixtures.close(closing);
        String mine = CHALLENGES + "/" + closing + "/entries/me";
        claire.as()
                .body(entry(Map.of("text", "Une correction après coup.")))
                .put(mine)
                .then()
                .statusCode(409)
                .body("detail", startsWith("Le défi n'est pas ouvert : il est clos"));
        claire.as().delete(mine).then().statusCode(409);
        fixtures.member("Léa").as().body(entry(Map.of())).put(mine).then().statusCode(409);
        claire.as().get(mine).then().statusCode(200).body("text", equalTo("Le pic le plus tardif est en Guyane."));
    }

    @Test
    void beforeTheClosingEachSeesOnlyTheirOwnEntryAnimateursIncludedAndEveryoneSeesTheCount() {
        Pool pool = fixtures.pool(2);
        Account claire = pool.entrants().get(0);
        Account lea = pool.entrants().get(1);
        String entries = CHALLENGES + "/" + pool.challenge() + "/entries";

        lea.as()
                .get(entries)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", containsInAnyOrder(pool.entries().get(1).toString()));
        pool.animateur().as().get(entries).then().statusCode(200).body("total", equalTo(0));
        fixtures.admin().as().get(entries).then().body("items", hasSize(0));
        pool.animateur()
                .as()
                .get(CHALLENGES + "/" + pool.challenge())
                .then()
                .body("entryCount", equalTo(2))
                .body("myEntry", equalTo(false));
        lea.as().get(entries + "/" + pool.entries().get(0) + "/comments").then().statusCode(404);
        lea.as().put(entries + "/" + pool.entries().get(0) + "/kudos").then().statusCode(404);
        pool.animateur()
                .as()
                .put(entries + "/" + pool.entries().get(0) + "/highlight")
                .then()
                .statusCode(404);

        fixtures.close(pool.challenge());
        pool.animateur()
                .as()
                .get(entries)
                .then()
                .body("total", equalTo(2))
                .body(
                        "items.id",
                        containsInAnyOrder(
                                pool.entries().get(0).toString(),
                                pool.entries().get(1).toString()));
        claire.as().get(entries).then().body("items", hasSize(2));
    }
}
