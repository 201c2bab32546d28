package fr.spyrales.challenge;

import static fr.spyrales.challenge.ChallengeFixtures.CHALLENGES;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.challenge.ChallengeFixtures.Pool;
import fr.spyrales.mail.DeliveredMails;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.notification.Inbox;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Kudos, comments and highlights, once the challenge is closed; what the entries' authors hear of them. */
@QuarkusTest
class EntryReactionTest {
    @Inject
    ChallengeFixtures fixtures;

    @Inject
    Inbox inbox;

    @Test
    void aMemberGivesOneKudosPerEntryTakesItBackAndNeverToTheirOwn() {
        Pool pool = fixtures.pool(2);
        fixtures.close(pool.challenge());
        Account claire = pool.entrants().get(0);
        Account lea = pool.entrants().get(1);
        String claires = entry(pool, 0);

        lea.as().put(claires + "/kudos").then().statusCode(204);
        lea.as().put(claires + "/kudos").then().statusCode(204);
        assertEquals(1, kudos(lea, pool, 0));
        fixtures.member("Paul").as().put(claires + "/kudos").then().statusCode(204);
        assertEquals(2, kudos(claire, pool, 0));
        lea.as()
                .get(CHALLENGES + "/" + pool.challenge() + "/entries")
                .then()
                .body("items.find { it.id == '" + pool.entries().get(0) + "' }.kudosGivenByMe", equalTo(true))
                .body("items.find { it.id == '" + pool.entries().get(1) + "' }.kudosGivenByMe", equalTo(false))
                .body("items[0].id", equalTo(pool.entries().get(0).toString()));

        claire.as()
                .put(claires + "/kudos")
                .then()
                .statusCode(422)
                .body("detail", equalTo(ChallengeRefusal.OWN_ENTRY.detail));
        lea.as().delete(claires + "/kudos").then().statusCode(204);
        lea.as().delete(claires + "/kudos").then().statusCode(204);
        assertEquals(1, kudos(lea, pool, 0));
    }

    @Test
    void twoKudosFromOneMemberAtOnceCountOnce() throws Exception {
        Pool pool = fixtures.pool(1);
        fixtures.close(pool.challenge());
        Account lea = fixtures.member("Léa");
        String kudos = entry(pool, 0) + "/kudos";
        List<Integer> statuses = Race.of(List.<Callable<Integer>>of(
                () -> lea.as().put(kudos).statusCode(),
                () -> lea.as().put(kudos).statusCode()));
        assertEquals(2, Collections.frequency(statuses, 204), statuses.toString());
        assertEquals(1, kudos(lea, pool, 0));
    }

    @Test
    void noKudosNorCommentBeforeTheClosing() {
        Pool pool = fixtures.pool(1);
        Account claire = pool.entrants().get(0);
        claire.as()
                .body(Map.of("body", "Je me félicite."))
                .post(entry(pool, 0) + "/comments")
                .then()
                .statusCode(409)
                .body("detail", equalTo(ChallengeRefusal.NOT_CLOSED_YET.detail));
        claire.as().put(entry(pool, 0) + "/kudos").then().statusCode(422);
        claire.as().get(entry(pool, 0) + "/comments").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aCommentReachesTheAuthorAndIsDeletedByItsWriterOrAnAnimateur() {
        Pool pool = fixtures.pool(1);
        fixtures.close(pool.challenge());
        Account claire = pool.entrants().get(0);
        Account lea = fixtures.member("Léa");
        String comments = entry(pool, 0) + "/comments";

        UUID first = comment(lea, comments, "Très clair, merci pour la carte !");
        UUID second = comment(lea, comments, "Et le graphique est lisible.");
        comment(claire, comments, "Merci !");
        claire.as()
                .get(comments)
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items[0].body", equalTo("Très clair, merci pour la carte !"))
                .body("items[0].authorName", equalTo("Léa Nageur"));
        claire.as()
                .get(CHALLENGES + "/" + pool.challenge() + "/entries/me")
                .then()
                .body("commentCount", equalTo(3));
        assertEquals(2, inbox.count(claire, NotificationKind.CHALLENGE_ENTRY_COMMENTED));
        assertEquals(0, inbox.count(lea, NotificationKind.CHALLENGE_ENTRY_COMMENTED));
        Mail mail = await().atMost(DeliveredMails.PATIENCE)
                .until(
                        () -> inbox.mailsWithSubject(claire, "Nouveau commentaire sur votre participation"),
                        found -> !found.isEmpty())
                .get(0);
        assertTrue(mail.getText().contains("Les hospitalisations par département"), mail.getText());
        assertTrue(!mail.getText().contains("Très clair"), "the mail quotes nobody: " + mail.getText());

        claire.as().delete(comments + "/" + first).then().statusCode(403);
        lea.as().delete(comments + "/" + first).then().statusCode(204);
        lea.as().delete(comments + "/" + first).then().statusCode(404);
        pool.animateur().as().delete(comments + "/" + second).then().statusCode(204);
        claire.as().get(comments).then().body("items", hasSize(1)).body("items[0].body", equalTo("Merci !"));
    }

    @Test
    void anAnimateurHighlightsAnEntryWhichComesFirstAndItsAuthorHearsOfIt() {
        Pool pool = fixtures.pool(2);
        Account lea = pool.entrants().get(1);
        fixtures.close(pool.challenge());
        fixtures.member("Paul").as().put(entry(pool, 0) + "/kudos").then().statusCode(204);

        lea.as().put(entry(pool, 1) + "/highlight").then().statusCode(403);
        pool.animateur().as().put(entry(pool, 1) + "/highlight").then().statusCode(204);
        pool.animateur().as().put(entry(pool, 1) + "/highlight").then().statusCode(204);
        assertEquals(1, inbox.count(lea, NotificationKind.CHALLENGE_ENTRY_HIGHLIGHTED));
        lea.as()
                .get(CHALLENGES + "/" + pool.challenge() + "/entries")
                .then()
                .body("items[0].id", equalTo(pool.entries().get(1).toString()))
                .body("items[0].highlighted", equalTo(true))
                .body("items[1].kudos", equalTo(1));
        pool.animateur().as().delete(entry(pool, 1) + "/highlight").then().statusCode(204);
        lea.as()
                .get(CHALLENGES + "/" + pool.challenge() + "/entries")
                .then()
                .body("items[0].id", equalTo(pool.entries().get(0).toString()));
    }

    private static String entry(Pool pool, int index) {
        return CHALLENGES + "/" + pool.challenge() + "/entries/"
                + pool.entries().get(index);
    }

    private static int kudos(Account viewer, Pool pool, int index) {
        return viewer.as()
                .get(CHALLENGES + "/" + pool.challenge() + "/entries")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.id == '" + pool.entries().get(index) + "' }.kudos");
    }

    private static UUID comment(Account author, String comments, String body) {
        return UUID.fromString(author.as()
                .body(Map.of("body", body))
                .post(comments)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }
}
