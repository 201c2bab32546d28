package fr.spyrales.training.path;

import static fr.spyrales.training.path.PathFixtures.PATHS;
import static fr.spyrales.training.path.PathFixtures.body;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import fr.spyrales.support.TestAccounts.Account;
import fr.spyrales.training.path.PathFixtures.Built;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Writing, publishing, archiving and deleting a path: who may, and what everyone else sees. */
@QuarkusTest
class PathTest {
    @Inject
    PathFixtures fixtures;

    @Test
    void aMentorWritesADraftThatOnlyTheyAndTheAnimateursSee() {
        Account mentor = fixtures.mentor("Claire");
        UUID path = UUID.fromString(mentor.as()
                .body(body(Map.of()))
                .post(PATHS)
                .then()
                .statusCode(201)
                .header("Location", containsString(PATHS + "/"))
                .body("status", equalTo("DRAFT"))
                .body("author.displayName", equalTo("Claire Mentor"))
                .body("skills", equalTo(List.of("statistiques", "dataviz")))
                .body("stepCount", equalTo(0))
                .body("canEdit", equalTo(true))
                .body("myProgress", nullValue())
                .extract()
                .path("id"));
        fixtures.member("Paul").as().get(PATHS + "/" + path).then().statusCode(404);
        fixtures.animateur().as().get(PATHS + "/" + path).then().statusCode(200).body("canEdit", equalTo(true));
        mentor.as()
                .queryParam("mine", true)
                .get(PATHS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(path.toString()));
        fixtures.member("Paul").as().get(PATHS).then().statusCode(200).body("items.id", not(hasItem(path.toString())));
    }

    @Test
    void aMemberWhoCannotMentorMayNotCreateAPathButAnAnimateurMay() {
        fixtures.member("Paul")
                .as()
                .body(body(Map.of()))
                .post(PATHS)
                .then()
                .statusCode(403)
                .body("detail", containsString("mentors et les animateurs"));
        fixtures.animateur().as().body(body(Map.of())).post(PATHS).then().statusCode(201);
    }

    @Test
    void onlyTheAuthorAndTheAnimateursEditPublishAndArchive() {
        Built built = fixtures.draftWithSteps(1, Map.of());
        Account otherMentor = fixtures.mentor("Luc");
        UUID path = built.path();
        // Another mentor does not even see the draft.
        otherMentor
                .as()
                .body(Map.of("title", "Mon titre"))
                .patch(PATHS + "/" + path)
                .then()
                .statusCode(404);
        fixtures.publish(built.author(), path);
        otherMentor
                .as()
                .body(Map.of("title", "Mon titre"))
                .patch(PATHS + "/" + path)
                .then()
                .statusCode(403);
        otherMentor.as().delete(PATHS + "/" + path).then().statusCode(403);
        otherMentor
                .as()
                .body(Map.of("resourceId", built.resources().get(0)))
                .post(PATHS + "/" + path + "/steps")
                .then()
                .statusCode(403);
        otherMentor.as().get(PATHS + "/" + path).then().statusCode(200).body("canEdit", equalTo(false));
        fixtures.animateur()
                .as()
                .body(Map.of("title", "Analyse de données avec R, premiers pas", "estimatedMinutes", 0))
                .patch(PATHS + "/" + path)
                .then()
                .statusCode(200)
                .body("title", equalTo("Analyse de données avec R, premiers pas"))
                .body("estimatedMinutes", nullValue())
                .body("author.displayName", equalTo("Claire Mentor"));
    }

    @Test
    void publishingNeedsAStep() {
        Account mentor = fixtures.mentor("Claire");
        UUID path = fixtures.draft(mentor, Map.of());
        mentor.as()
                .post(PATHS + "/" + path + "/publish")
                .then()
                .statusCode(422)
                .body("detail", containsString("au moins une étape"));
        mentor.as().get(PATHS + "/" + path).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void publishingIsRefusedWhileAStepPointsToAWithdrawnResourceAndNamesTheStep() {
        Built built = fixtures.draftWithSteps(2, Map.of());
        Account animateur = fixtures.animateur();
        fixtures.withdraw(animateur, built.resources().get(1));
        built.author()
                .as()
                .post(PATHS + "/" + built.path() + "/publish")
                .then()
                .statusCode(422)
                .body("detail", containsString("L'étape 2"))
                .body("detail", containsString("retirée"))
                .body("stepId", equalTo(built.steps().get(1).toString()));
        built.author().as().get(PATHS + "/" + built.path()).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void aResourceStillInReviewCannotBecomeAStep() {
        Account mentor = fixtures.mentor("Claire");
        UUID path = fixtures.draft(mentor, Map.of());
        UUID proposed = fixtures.proposedResource(mentor, "Mon cours en relecture " + UUID.randomUUID());
        mentor.as()
                .body(Map.of("resourceId", proposed))
                .post(PATHS + "/" + path + "/steps")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("resourceId"))
                .body("errors[0].message", containsString("relecture"));
        mentor.as()
                .body(Map.of("resourceId", UUID.randomUUID()))
                .post(PATHS + "/" + path + "/steps")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("resourceId"));
        mentor.as().get(PATHS + "/" + path).then().body("stepCount", equalTo(0));
    }

    @Test
    void aWithdrawnResourceInsideAPublishedPathShowsPlainlyAndStillCounts() {
        Built built = fixtures.published(2, Map.of());
        Account learner = fixtures.member("Inès");
        fixtures.follow(learner, built.path());
        fixtures.tick(learner, built.path(), built.steps().get(0));
        fixtures.withdraw(fixtures.animateur(), built.resources().get(0));
        learner.as()
                .get(PATHS + "/" + built.path())
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("steps[0].resource.status", equalTo("WITHDRAWN"))
                .body("steps[0].done", equalTo(true))
                .body("steps[1].resource.status", equalTo("PUBLISHED"))
                .body("myProgress.doneSteps", equalTo(1))
                .body("myProgress.totalSteps", equalTo(2))
                .body("myProgress.percent", equalTo(50));
        fixtures.tick(learner, built.path(), built.steps().get(1));
        learner.as().get(PATHS + "/" + built.path()).then().body("myProgress.percent", equalTo(100));
        Account newcomer = fixtures.member("Noé");
        fixtures.follow(newcomer, built.path());
    }

    @Test
    void deletingADraftRemovesItAndDeletingAPublishedPathArchivesIt() {
        Built draft = fixtures.draftWithSteps(1, Map.of());
        draft.author().as().delete(PATHS + "/" + draft.path()).then().statusCode(204);
        draft.author().as().get(PATHS + "/" + draft.path()).then().statusCode(404);

        Built built = fixtures.published(1, Map.of("title", "Parcours bientôt archivé " + UUID.randomUUID()));
        Account learner = fixtures.member("Inès");
        fixtures.follow(learner, built.path());
        fixtures.tick(learner, built.path(), built.steps().get(0));
        built.author().as().delete(PATHS + "/" + built.path()).then().statusCode(204);
        learner.as()
                .get(PATHS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(built.path().toString())));
        learner.as()
                .get("/api/v1/me/paths")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + built.path() + "' }.status", equalTo("ARCHIVED"))
                .body("items.find { it.id == '" + built.path() + "' }.myProgress.percent", equalTo(100));
        Account newcomer = fixtures.member("Noé");
        newcomer.as().post(PATHS + "/" + built.path() + "/follow").then().statusCode(409);
        built.author()
                .as()
                .body(Map.of("title", "Encore un titre"))
                .patch(PATHS + "/" + built.path())
                .then()
                .statusCode(409);
        // Deleting it again changes nothing; publishing brings it back.
        built.author().as().delete(PATHS + "/" + built.path()).then().statusCode(204);
        fixtures.publish(built.author(), built.path());
        fixtures.follow(newcomer, built.path());
    }

    @Test
    void badInputIsRefusedWithNothingWritten() {
        Account mentor = fixtures.mentor("Claire");
        List<Map<String, Object>> bad = List.of(
                Map.of("title", "R"),
                Map.of("skills", List.of()),
                Map.of("skills", List.of("statistiques", "dataviz", "sql", "git", "econometrie", "python")),
                Map.of("skills", List.of("cobol-avance")),
                Map.of("skills", List.of("sql", "sql")),
                Map.of("level", "EXPERT"),
                Map.of("programmingLanguage", "JULIA"),
                Map.of("estimatedMinutes", 0),
                Map.of("goal", "  "));
        for (Map<String, Object> change : bad) {
            mentor.as().body(body(change)).post(PATHS).then().statusCode(400).contentType("application/problem+json");
        }
        Map<String, Object> missing = new HashMap<>(body(Map.of()));
        missing.remove("level");
        mentor.as()
                .body(missing)
                .post(PATHS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(containsString("level")));
        mentor.as().queryParam("mine", true).get(PATHS).then().statusCode(200).body("total", equalTo(0));
        UUID path = fixtures.draft(mentor, Map.of());
        mentor.as()
                .body(Map.of("title", "Un titre valide", "skills", List.of("inconnue")))
                .patch(PATHS + "/" + path)
                .then()
                .statusCode(400);
        mentor.as().get(PATHS + "/" + path).then().body("title", equalTo("Débuter en analyse de données avec R"));
    }

    @Test
    void theListFindsPublishedPathsByWordsLevelLanguageAndSkill() {
        String word = "Cartographie" + UUID.randomUUID().toString().substring(0, 6);
        Built built = fixtures.published(
                1,
                Map.of(
                        "title",
                        word + " des communes avec Python",
                        "level",
                        "INTERMEDIATE",
                        "programmingLanguage",
                        "BOTH",
                        "skills",
                        List.of("cartographie")));
        Account reader = fixtures.member("Inès");
        reader.as()
                .queryParam("q", word.toLowerCase())
                .get(PATHS)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(built.path().toString()))
                .body("items[0].stepCount", equalTo(1))
                .body("items[0].followerCount", equalTo(0));
        reader.as()
                .queryParam("q", word)
                .queryParam("level", "INTERMEDIATE")
                .queryParam("programmingLanguage", "PYTHON")
                .queryParam("skill", "cartographie")
                .get(PATHS)
                .then()
                .body("total", equalTo(1));
        reader.as()
                .queryParam("q", word)
                .queryParam("level", "BEGINNER")
                .get(PATHS)
                .then()
                .body("total", equalTo(0));
        reader.as()
                .queryParam("q", word)
                .queryParam("skill", "sql")
                .get(PATHS)
                .then()
                .body("total", equalTo(0));
    }
}
