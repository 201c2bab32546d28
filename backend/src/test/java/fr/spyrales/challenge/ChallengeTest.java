package fr.spyrales.challenge;

import static fr.spyrales.challenge.ChallengeFixtures.CHALLENGES;
import static fr.spyrales.challenge.ChallengeFixtures.body;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Publishing, reading, editing, cancelling and listing challenges. */
@QuarkusTest
class ChallengeTest {
    @Inject
    ChallengeFixtures fixtures;

    @Inject
    EntityManager em;

    @Test
    void anAnimateurPublishesAChallengeOnAVerifiedOpenDatasetWithItsDatesAtParisTime() {
        Account animateur = fixtures.animateur();
        animateur
                .as()
                .body(body(Map.of(
                        "opensAt", "2026-01-12T08:00:00Z",
                        "closesAt", "2099-07-19T21:59:00Z",
                        "task", "Un *indice* <script>alert(1)</script>")))
                .post(CHALLENGES)
                .then()
                .statusCode(201)
                .header("Location", containsString(CHALLENGES + "/"))
                .body("dataset.state", equalTo("VERIFIED"))
                .body("dataset.producer", equalTo("Santé publique France"))
                .body("dataset.licence", equalTo("lov2"))
                .body("opensAt", equalTo("2026-01-12T09:00:00+01:00"))
                .body("closesAt", equalTo("2099-07-19T23:59:00+02:00"))
                .body("state", equalTo("OPEN"))
                .body("entryCount", equalTo(0))
                .body("myEntry", equalTo(false))
                .body("publishedBy", equalTo("Karim Animateur"))
                .body("taskHtml", containsString("<em>indice</em>"))
                .body("taskHtml", not(containsString("<script")));
    }

    @Test
    void onlyAnimateursAndAdminsPublish() {
        fixtures.member("Paul")
                .as()
                .body(body(Map.of()))
                .post(CHALLENGES)
                .then()
                .statusCode(403);
        fixtures.admin().as().body(body(Map.of())).post(CHALLENGES).then().statusCode(201);
    }

    @Test
    void aChallengeOnADatasetThatIsNotOpenIsNotCreated() {
        String title = "Brouillon " + UUID.randomUUID();
        Account animateur = fixtures.animateur();
        animateur
                .as()
                .body(body(Map.of("title", title, "dataset", Map.of("reference", "brouillon-prive"))))
                .post(CHALLENGES)
                .then()
                .statusCode(422)
                .body("detail", containsString("Seules les données ouvertes sont acceptées"))
                .body("errors.field", hasItem("dataset"));
        animateur
                .as()
                .body(body(Map.of("title", title, "dataset", Map.of("reference", "tableaux-de-bord-internes"))))
                .post(CHALLENGES)
                .then()
                .statusCode(422);
        assertEquals(0L, challengesTitled(title));
    }

    @Test
    void aDatasetPublishedElsewhereWaitsForAReview() {
        fixtures.animateur()
                .as()
                .body(body(Map.of(
                        "dataset",
                        Map.of(
                                "title", "Estimations de population",
                                "producer", "Insee",
                                "url", "https://www.insee.fr/fr/statistiques/1893198",
                                "licence", "lov2"))))
                .post(CHALLENGES)
                .then()
                .statusCode(201)
                .body("dataset.state", equalTo("TO_REVIEW"))
                .body("dataset.pending", equalTo("OUTSIDE"));
    }

    @Test
    void theClosingComesAfterTheOpeningAndIsNotPast() {
        Account animateur = fixtures.animateur();
        animateur
                .as()
                .body(body(Map.of("opensAt", "2099-03-16T09:00:00+01:00", "closesAt", "2099-03-16T09:00:00+01:00")))
                .post(CHALLENGES)
                .then()
                .statusCode(422)
                .body("detail", containsString("après son ouverture"));
        animateur
                .as()
                .body(body(Map.of("opensAt", "2020-03-09T09:00:00+01:00", "closesAt", "2020-03-16T09:00:00+01:00")))
                .post(CHALLENGES)
                .then()
                .statusCode(422)
                .body("detail", containsString("déjà passée"));
        UUID challenge = fixtures.open(animateur);
        animateur
                .as()
                .body(Map.of("closesAt", "2020-03-16T09:00:00+01:00"))
                .patch(CHALLENGES + "/" + challenge)
                .then()
                .statusCode(422);
    }

    @Test
    void animateursEditAChallengeAndMembersCannot() {
        Account publisher = fixtures.animateur();
        UUID challenge = fixtures.open(publisher);
        fixtures.member("Paul")
                .as()
                .body(Map.of("title", "Un autre titre"))
                .patch(CHALLENGES + "/" + challenge)
                .then()
                .statusCode(403);
        fixtures.animateur()
                .as()
                .body(Map.of(
                        "title",
                        "  Les hospitalisations, semaine 2  ",
                        "suggestedLevel",
                        2,
                        "dataset",
                        Map.of("reference", "decisions-de-justice-anonymisees")))
                .patch(CHALLENGES + "/" + challenge)
                .then()
                .statusCode(200)
                .body("title", equalTo("Les hospitalisations, semaine 2"))
                .body("suggestedLevel", equalTo(2))
                .body("dataset.state", equalTo("TO_REVIEW"))
                .body("dataset.pending", equalTo("LICENCE"));
        fixtures.animateur()
                .as()
                .body(Map.of("dataset", Map.of("reference", "brouillon-prive")))
                .patch(CHALLENGES + "/" + challenge)
                .then()
                .statusCode(422);
        publisher.as().get(CHALLENGES + "/" + challenge).then().body("dataset.pending", equalTo("LICENCE"));
    }

    @Test
    void animateursCancelAChallengeBeforeItOpensAndOnlyAdminsAfter() {
        Account animateur = fixtures.animateur();
        UUID upcoming = fixtures.upcoming(animateur);
        fixtures.member("Paul").as().delete(CHALLENGES + "/" + upcoming).then().statusCode(403);
        animateur.as().delete(CHALLENGES + "/" + upcoming).then().statusCode(204);
        animateur.as().get(CHALLENGES + "/" + upcoming).then().statusCode(404);

        UUID open = fixtures.open(animateur);
        animateur
                .as()
                .delete(CHALLENGES + "/" + open)
                .then()
                .statusCode(409)
                .body("detail", containsString("administrateurs"));
        fixtures.admin().as().delete(CHALLENGES + "/" + open).then().statusCode(204);
        animateur.as().get(CHALLENGES + "/" + open).then().statusCode(404);
    }

    @Test
    void theListPutsEachChallengeInItsPeriodAroundTheBoundaries() {
        Account animateur = fixtures.animateur();
        UUID justOpened = fixtures.open(animateur);
        fixtures.window(justOpened, "now() - interval '1 millisecond'", "now() + interval '7 days'");
        UUID justClosed = fixtures.open(animateur);
        fixtures.window(justClosed, "now() - interval '7 days'", "now() - interval '1 millisecond'");
        UUID opensSoon = fixtures.open(animateur);
        fixtures.window(opensSoon, "now() + interval '1 minute'", "now() + interval '7 days'");
        Account member = fixtures.member("Paul");

        List<String> current = ids(member, "current");
        List<String> upcoming = ids(member, "upcoming");
        List<String> past = ids(member, "past");
        assertEquals(
                List.of(true, false, false),
                List.of(
                        current.contains(justOpened.toString()),
                        upcoming.contains(justOpened.toString()),
                        past.contains(justOpened.toString())));
        assertEquals(
                List.of(false, false, true),
                List.of(
                        current.contains(justClosed.toString()),
                        upcoming.contains(justClosed.toString()),
                        past.contains(justClosed.toString())));
        assertEquals(
                List.of(false, true, false),
                List.of(
                        current.contains(opensSoon.toString()),
                        upcoming.contains(opensSoon.toString()),
                        past.contains(opensSoon.toString())));
        assertEquals(justClosed.toString(), past.get(0), "the past, newest first");
        member.as()
                .get(CHALLENGES + "/" + justClosed)
                .then()
                .body("state", equalTo("CLOSED"))
                .body("closesAt", matchesPattern(".*\\+0[12]:00$"));
        member.as().queryParam("period", "someday").get(CHALLENGES).then().statusCode(400);
    }

    private static List<String> ids(Account member, String period) {
        return member.as()
                .queryParam("period", period)
                .queryParam("size", 100)
                .get(CHALLENGES)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    private long challengesTitled(String title) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM challenge WHERE title = :title")
                                .setParameter("title", title)
                                .getSingleResult())
                        .longValue());
    }
}
