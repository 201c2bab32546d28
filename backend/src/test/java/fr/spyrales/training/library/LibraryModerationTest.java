package fr.spyrales.training.library;

import static fr.spyrales.training.library.LibraryFixtures.RESOURCES;
import static fr.spyrales.training.library.LibraryFixtures.body;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.mail.DeliveredMails;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.notification.Inbox;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A proposal's life: who sees it, who edits, publishes, rejects, withdraws and deletes it, and who hears of it. */
@QuarkusTest
class LibraryModerationTest {
    @Inject
    LibraryFixtures fixtures;

    @Inject
    Inbox inbox;

    @Test
    void aMembersProposalWaitsForReviewAndAnAnimateursIsPublishedAtOnce() {
        Account lea = fixtures.member("Léa");
        lea.as()
                .body(body(Map.of()))
                .post(RESOURCES)
                .then()
                .statusCode(201)
                .header("Location", containsString(RESOURCES + "/"))
                .body("status", equalTo("PROPOSED"))
                .body("publishedAt", nullValue())
                .body("proposedBy.displayName", equalTo("Léa Bibliothèque"))
                .body("topics", equalTo(List.of("econometrie", "r")))
                .body("descriptionHtml", containsString("<strong>complet</strong>"))
                .body("canEdit", equalTo(true))
                .body("canModerate", equalTo(false));
        Account karim = fixtures.animateur("Karim");
        karim.as()
                .body(body(Map.of()))
                .post(RESOURCES)
                .then()
                .statusCode(201)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", not(nullValue()));
    }

    @Test
    void aProposalIsSeenByItsProposerAndTheAnimateursOnly() {
        var proposed = fixtures.proposed(Map.of());
        String path = RESOURCES + "/" + proposed.resource();
        proposed.proposer().as().get(path).then().statusCode(200);
        fixtures.animateur("Karim").as().get(path).then().statusCode(200).body("canModerate", equalTo(true));
        Account other = fixtures.member("Paul");
        other.as().get(path).then().statusCode(404);
        other.as().get(path + "/ratings").then().statusCode(404);
        other.as().put(path + "/bookmark").then().statusCode(404);
        other.as().body(Map.of("title", "Un autre titre")).patch(path).then().statusCode(404);
        other.as().delete(path).then().statusCode(404);
        other.as().post(path + "/publish").then().statusCode(404);
        // Nor does the search show it to anyone, the proposer included.
        proposed.proposer()
                .as()
                .queryParam("q", "Économétrie appliquée")
                .get(RESOURCES)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(proposed.resource().toString())));
    }

    @Test
    void theProposerCanNeverPublishTheirOwnProposalEvenAsAnAnimateur() {
        Account lea = fixtures.member("Léa");
        UUID resource = fixtures.propose(lea, Map.of());
        lea.as().post(RESOURCES + "/" + resource + "/publish").then().statusCode(403);
        // A member made animateur later still cannot publish what they proposed.
        Account nadia = fixtures.member("Nadia");
        UUID hers = fixtures.propose(nadia, Map.of());
        Account nadiaAnimateur = fixtures.animateur("Nadia");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> TrainingResource.update("proposedBy = ?1 where id = ?2", nadiaAnimateur.id(), hers));
        nadiaAnimateur
                .as()
                .post(RESOURCES + "/" + hers + "/publish")
                .then()
                .statusCode(403)
                .body("detail", containsString("un autre animateur doit la relire"));
        lea.as().get(RESOURCES + "/" + resource).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void publishingTellsTheProposerInTheAppAndByMail() {
        var proposed = fixtures.proposed(Map.of("title", "Séries temporelles pour débuter"));
        Account karim = fixtures.animateur("Karim");
        karim.as()
                .post(RESOURCES + "/" + proposed.resource() + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", not(nullValue()));
        Map<String, Object> notice = inbox.only(proposed.proposer(), NotificationKind.RESOURCE_PUBLISHED);
        assertEquals("/ressources/" + proposed.resource(), notice.get("link"));
        Mail mail = onlyMail(proposed.proposer(), "Votre ressource « Séries temporelles pour débuter » est publiée");
        assertTrue(mail.getText().contains("/ressources/" + proposed.resource()), mail.getText());
        // Published: the proposer no longer edits it, nor deletes it; a second publication is a conflict.
        String path = RESOURCES + "/" + proposed.resource();
        proposed.proposer()
                .as()
                .body(Map.of("title", "Autre titre"))
                .patch(path)
                .then()
                .statusCode(403);
        proposed.proposer().as().delete(path).then().statusCode(409).body("detail", containsString("Retirez-la"));
        karim.as().delete(path).then().statusCode(409);
        karim.as().post(path + "/publish").then().statusCode(409);
    }

    @Test
    void aRejectedProposalShowsItsReasonToTheProposerAndGoesBackToReviewOnceEdited() {
        var proposed = fixtures.proposed(Map.of("title", "Cartographie avec R"));
        Account karim = fixtures.animateur("Karim");
        String path = RESOURCES + "/" + proposed.resource();
        karim.as()
                .body(Map.of("reason", "Le lien mène à une page payante."))
                .post(path + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        inbox.only(proposed.proposer(), NotificationKind.RESOURCE_REJECTED);
        Mail mail = onlyMail(proposed.proposer(), "Votre ressource « Cartographie avec R » n'a pas été retenue");
        assertTrue(mail.getText().contains("« Le lien mène à une page payante. »"), mail.getText());
        proposed.proposer()
                .as()
                .get(path)
                .then()
                .body("moderationNote", equalTo("Le lien mène à une page payante."))
                .body("canEdit", equalTo(true));
        karim.as()
                .body(Map.of("reason", "Encore une fois."))
                .post(path + "/reject")
                .then()
                .statusCode(409);
        karim.as()
                .body(Map.of("reason", "Pas publiée."))
                .post(path + "/withdraw")
                .then()
                .statusCode(409);

        proposed.proposer()
                .as()
                .body(Map.of("free", false, "description", "Payant, avec un essai gratuit."))
                .patch(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("free", equalTo(false))
                .body("moderationNote", nullValue());
    }

    @Test
    void aWithdrawnResourceLeavesTheSearchButStaysReadableAndCanBePublishedAgain() {
        String word = "Zyxtorion" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        UUID resource = fixtures.published(Map.of("title", "Tutoriel " + word));
        Account reader = fixtures.member("Paul");
        reader.as().put(RESOURCES + "/" + resource + "/bookmark").then().statusCode(204);
        Account karim = fixtures.animateur("Karim");
        karim.as()
                .body(Map.of("reason", "Le lien ne fonctionne plus."))
                .post(RESOURCES + "/" + resource + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        reader.as().queryParam("q", word).get(RESOURCES).then().body("total", equalTo(0));
        reader.as()
                .get(RESOURCES + "/" + resource)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("moderationNote", nullValue());
        reader.as()
                .get("/api/v1/me/bookmarks")
                .then()
                .body("items.find { it.id == '" + resource + "' }.status", equalTo("WITHDRAWN"));
        reader.as()
                .body(Map.of("stars", 4))
                .put(RESOURCES + "/" + resource + "/ratings/me")
                .then()
                .statusCode(409);
        reader.as().post(RESOURCES + "/" + resource + "/publish").then().statusCode(403);
        fixtures.animateur("Inès")
                .as()
                .post(RESOURCES + "/" + resource + "/publish")
                .then()
                .statusCode(200);
        reader.as().queryParam("q", word).get(RESOURCES).then().body("total", equalTo(1));
    }

    @Test
    void aProposalIsDeletedByItsProposerOrAnAnimateurButNotByAnotherMember() {
        var first = fixtures.proposed(Map.of());
        first.proposer().as().delete(RESOURCES + "/" + first.resource()).then().statusCode(204);
        first.proposer().as().get(RESOURCES + "/" + first.resource()).then().statusCode(404);
        var second = fixtures.proposed(Map.of());
        fixtures.reject(fixtures.animateur("Karim"), second.resource());
        fixtures.animateur("Inès")
                .as()
                .delete(RESOURCES + "/" + second.resource())
                .then()
                .statusCode(204);
    }

    @Test
    void theQueueListsProposalsOldestFirstForAnimateursOnlyAndMyListHasMineInAnyState() {
        var older = fixtures.proposed(Map.of("title", "Premier cours proposé"));
        UUID newer = fixtures.propose(older.proposer(), Map.of("title", "Second cours proposé"));
        Account karim = fixtures.animateur("Karim");
        List<String> queue = karim.as()
                .queryParam("size", 100)
                .get(RESOURCES + "/proposals")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertTrue(queue.indexOf(older.resource().toString()) < queue.indexOf(newer.toString()), queue.toString());
        older.proposer().as().get(RESOURCES + "/proposals").then().statusCode(403);

        fixtures.reject(karim, older.resource());
        older.proposer()
                .as()
                .get("/api/v1/me/resources")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].id", equalTo(newer.toString()))
                .body("items[1].status", equalTo("REJECTED"))
                .body("items[1].moderationNote", equalTo("Ce contenu est payant sans que ce soit indiqué."))
                .body("items[1].proposedBy.displayName", equalTo("Léa Bibliothèque"));
    }

    private Mail onlyMail(Account to, String subject) {
        List<Mail> mails = await().atMost(DeliveredMails.PATIENCE)
                .until(() -> inbox.mailsWithSubject(to, subject), found -> !found.isEmpty());
        assertEquals(1, mails.size());
        Mail mail = mails.get(0);
        assertTrue(mail.getText().startsWith("Bonjour "), mail.getText());
        assertTrue(!mail.getText().contains("{"), "unrendered template expression: " + mail.getText());
        return mail;
    }
}
