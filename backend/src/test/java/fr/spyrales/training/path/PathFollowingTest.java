package fr.spyrales.training.path;

import static fr.spyrales.training.path.PathFixtures.PATHS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import fr.spyrales.training.path.PathFixtures.Built;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Following a path, ticking its steps, « Mes parcours » and « Pour commencer ». */
@QuarkusTest
class PathFollowingTest {
    static final String MY_PATHS = "/api/v1/me/paths";
    static final String SUGGESTIONS = "/api/v1/me/path-suggestions";

    @Inject
    PathFixtures fixtures;

    @Inject
    TestAccounts accounts;

    @Test
    void aFollowerTicksStepsAndReadsTheirProgress() {
        Built built = fixtures.published(3, Map.of());
        Account learner = fixtures.member("Inès");
        learner.as().get(PATHS + "/" + built.path()).then().body("myProgress", nullValue());
        fixtures.follow(learner, built.path());
        fixtures.follow(learner, built.path());
        fixtures.tick(learner, built.path(), built.steps().get(0));
        fixtures.tick(learner, built.path(), built.steps().get(0));
        learner.as()
                .get(PATHS + "/" + built.path())
                .then()
                .body("followerCount", equalTo(1))
                .body("myProgress.doneSteps", equalTo(1))
                .body("myProgress.totalSteps", equalTo(3))
                .body("myProgress.percent", equalTo(33))
                .body("steps.done", equalTo(List.of(true, false, false)));
        learner.as()
                .get(MY_PATHS)
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(built.path().toString()))
                .body("items[0].myProgress.percent", equalTo(33));
        learner.as()
                .delete(PATHS + "/" + built.path() + "/steps/" + built.steps().get(0) + "/done")
                .then()
                .statusCode(204);
        learner.as().get(PATHS + "/" + built.path()).then().body("myProgress.percent", equalTo(0));
        // Another member's progress is their own.
        fixtures.member("Paul").as().get(PATHS + "/" + built.path()).then().body("myProgress", nullValue());
    }

    @Test
    void onlyAFollowerTicksAndUnfollowingKeepsTheTicksForLater() {
        Built built = fixtures.published(2, Map.of());
        Account learner = fixtures.member("Inès");
        learner.as()
                .put(PATHS + "/" + built.path() + "/steps/" + built.steps().get(0) + "/done")
                .then()
                .statusCode(409)
                .body("detail", containsString("Suivez d'abord ce parcours"));
        fixtures.follow(learner, built.path());
        fixtures.tick(learner, built.path(), built.steps().get(1));
        learner.as().delete(PATHS + "/" + built.path() + "/follow").then().statusCode(204);
        learner.as().delete(PATHS + "/" + built.path() + "/follow").then().statusCode(204);
        learner.as()
                .get(PATHS + "/" + built.path())
                .then()
                .body("myProgress", nullValue())
                .body("followerCount", equalTo(0));
        learner.as().get(MY_PATHS).then().body("total", equalTo(0));
        fixtures.follow(learner, built.path());
        learner.as().get(PATHS + "/" + built.path()).then().body("myProgress.percent", equalTo(50));
    }

    @Test
    void aDraftCannotBeFollowedOrTickedByOthers() {
        Built draft = fixtures.draftWithSteps(1, Map.of());
        Account learner = fixtures.member("Inès");
        learner.as().post(PATHS + "/" + draft.path() + "/follow").then().statusCode(404);
        learner.as()
                .put(PATHS + "/" + draft.path() + "/steps/" + draft.steps().get(0) + "/done")
                .then()
                .statusCode(404);
        draft.author().as().post(PATHS + "/" + draft.path() + "/follow").then().statusCode(409);
    }

    @Test
    void suggestionsMeetMyLearningSkillsAtMyLevelAndLeaveOutWhatIFollow() {
        Built beginner = fixtures.published(1, Map.of("level", "BEGINNER", "skills", List.of("econometrie")));
        Built intermediate = fixtures.published(1, Map.of("level", "INTERMEDIATE", "skills", List.of("econometrie")));
        Built followedOne = fixtures.published(1, Map.of("level", "INTERMEDIATE", "skills", List.of("econometrie")));
        // Popular enough to come first among the suggestions of this skill and level.
        for (int i = 0; i < 6; i++) {
            fixtures.follow(fixtures.member("Fan" + i), intermediate.path());
        }
        Account learner = accounts.quickMember("Inès", "Apprenante", m -> {
            m.learningSkills.add("econometrie");
            m.skills.add(new fr.spyrales.member.SkillLevel("econometrie", 3));
        });
        fixtures.follow(learner, followedOne.path());
        learner.as()
                .get(SUGGESTIONS)
                .then()
                .statusCode(200)
                .body("size()", lessThanOrEqualTo(3))
                .body("id", hasItem(intermediate.path().toString()))
                .body("id", not(hasItem(beginner.path().toString())))
                .body("id", not(hasItem(followedOne.path().toString())))
                .body("level", everyItem(equalTo("INTERMEDIATE")))
                .body("myProgress", everyItem(nullValue()));
    }

    @Test
    void withoutLearningSkillsTheSuggestionsAreBeginnerPaths() {
        fixtures.published(1, Map.of("level", "BEGINNER", "skills", List.of("git")));
        fixtures.published(1, Map.of("level", "ADVANCED", "skills", List.of("git")));
        fixtures.member("Noé")
                .as()
                .get(SUGGESTIONS)
                .then()
                .statusCode(200)
                .body("size()", lessThanOrEqualTo(3))
                .body("size()", greaterThan(0))
                .body("level", everyItem(equalTo("BEGINNER")))
                .body("status", everyItem(equalTo("PUBLISHED")));
    }
}
