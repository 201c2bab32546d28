package fr.spyrales.training.path;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.training.path.PathFixtures.Built;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A goal of a pairing points to a path; both parties, and only they, see the mentee's progress on it. */
@QuarkusTest
class PathGoalLinkTest {
    @Inject
    PathFixtures paths;

    @Inject
    MentorshipFixtures pairings;

    private static String goals(Pair pair) {
        return "/api/v1/mentorships/" + pair.id() + "/goals";
    }

    @Test
    void bothPartiesSeeTheLinkedPathWithTheMenteesProgressAndNobodyElse() {
        Built built = paths.published(4, Map.of());
        Pair pair = pairings.pairIn(MentorshipStatus.ACCEPTED);
        String goal = pair.mentor()
                .as()
                .body(Map.of("title", "Suivre le parcours R", "pathId", built.path()))
                .post(goals(pair))
                .then()
                .statusCode(201)
                .body("path.id", equalTo(built.path().toString()))
                .body("path.title", equalTo("Débuter en analyse de données avec R"))
                .body("path.status", equalTo("PUBLISHED"))
                .body("path.menteeFollows", equalTo(false))
                .body("path.menteeProgress.totalSteps", equalTo(4))
                .body("path.menteeProgress.percent", equalTo(0))
                .extract()
                .path("id");
        paths.follow(pair.mentee(), built.path());
        paths.tick(pair.mentee(), built.path(), built.steps().get(0));
        // The mentor's own ticks do not count: the progress is the mentee's.
        paths.follow(pair.mentor(), built.path());
        paths.tick(pair.mentor(), built.path(), built.steps().get(1));
        paths.tick(pair.mentor(), built.path(), built.steps().get(2));
        for (var party : new fr.spyrales.support.TestAccounts.Account[] {pair.mentor(), pair.mentee()}) {
            party.as()
                    .get(goals(pair) + "/" + goal)
                    .then()
                    .statusCode(200)
                    .body("path.menteeFollows", equalTo(true))
                    .body("path.menteeProgress.doneSteps", equalTo(1))
                    .body("path.menteeProgress.percent", equalTo(25));
            party.as()
                    .get(goals(pair))
                    .then()
                    .statusCode(200)
                    .body("items.find { it.id == '" + goal + "' }.path.menteeProgress.percent", equalTo(25));
        }
        pairings.stranger().as().get(goals(pair) + "/" + goal).then().statusCode(404);
        pairings.stranger().as().get(goals(pair)).then().statusCode(404);
    }

    @Test
    void onlyAPublishedPathCanBeLinkedAndNothingIsWrittenOtherwise() {
        Built draft = paths.draftWithSteps(1, Map.of());
        Pair pair = pairings.pairIn(MentorshipStatus.ACCEPTED);
        int before = pair.mentor().as().get(goals(pair)).then().extract().path("items.size()");
        for (UUID bad : new UUID[] {draft.path(), UUID.randomUUID()}) {
            pair.mentor()
                    .as()
                    .body(Map.of("title", "Suivre un brouillon", "pathId", bad))
                    .post(goals(pair))
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("pathId"));
        }
        pair.mentor().as().get(goals(pair)).then().body("items.size()", equalTo(before));
    }

    @Test
    void aGoalIsLinkedLaterAndUnlinkedWithNull() {
        Built built = paths.published(1, Map.of());
        Pair pair = pairings.pairIn(MentorshipStatus.ACCEPTED);
        String goal = pair.mentee()
                .as()
                .body(Map.of("title", "Apprendre R"))
                .post(goals(pair))
                .then()
                .statusCode(201)
                .body("path", nullValue())
                .extract()
                .path("id");
        pair.mentee()
                .as()
                .body(Map.of("pathId", built.path()))
                .patch(goals(pair) + "/" + goal)
                .then()
                .statusCode(200)
                .body("path.id", equalTo(built.path().toString()));
        pair.mentee()
                .as()
                .body(Map.of("done", true))
                .patch(goals(pair) + "/" + goal)
                .then()
                .statusCode(200)
                .body("path.id", equalTo(built.path().toString()));
        Map<String, Object> unlink = new HashMap<>();
        unlink.put("pathId", null);
        pair.mentor()
                .as()
                .body(unlink)
                .patch(goals(pair) + "/" + goal)
                .then()
                .statusCode(200)
                .body("path", nullValue());
    }

    @Test
    void anArchivedPathStaysLinkedAndSaysSo() {
        Built built = paths.published(1, Map.of());
        Pair pair = pairings.pairIn(MentorshipStatus.ACCEPTED);
        String goal = pair.mentor()
                .as()
                .body(Map.of("title", "Suivre le parcours", "pathId", built.path()))
                .post(goals(pair))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        built.author()
                .as()
                .delete(PathFixtures.PATHS + "/" + built.path())
                .then()
                .statusCode(204);
        pair.mentee()
                .as()
                .get(goals(pair) + "/" + goal)
                .then()
                .statusCode(200)
                .body("path.status", equalTo("ARCHIVED"));
    }
}
