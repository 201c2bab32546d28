package fr.spyrales.mentorship.goal;

import static fr.spyrales.support.Backstops.assertRefusedBy;
import static org.hamcrest.Matchers.equalTo;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** At most 50 comments per goal and 10 goals per pairing: the service explains, the database holds the line on its own. */
@QuarkusTest
class GoalCeilingTest {
    @Inject
    MentorshipFixtures fixtures;

    @Inject
    EntityManager em;

    private static String goals(Pair pair) {
        return "/api/v1/mentorships/" + pair.id() + "/goals";
    }

    private static List<String> goalIds(Pair pair) {
        return pair.mentee()
                .as()
                .get(goals(pair))
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    private void insertComments(String goal, int count) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        INSERT INTO mentorship_goal_comment (id, goal_id, body)
                        SELECT gen_random_uuid(), :goal, 'Commentaire ' || n FROM generate_series(1, :count) n""")
                        .setParameter("goal", UUID.fromString(goal))
                        .setParameter("count", count)
                        .executeUpdate());
    }

    private void insertGoals(UUID pairing, int count) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        INSERT INTO mentorship_goal (id, mentorship_id, title, position)
                        SELECT gen_random_uuid(), :id, 'Objectif ' || n, 100 + n FROM generate_series(1, :count) n""")
                        .setParameter("id", pairing)
                        .setParameter("count", count)
                        .executeUpdate());
    }

    @Test
    void aGoalTakesFiftyCommentsThenTheConversationMovesToAnotherGoal() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        List<String> ids = goalIds(pair);
        insertComments(ids.get(0), GoalService.MAX_COMMENTS - 1);
        String comments = goals(pair) + "/" + ids.get(0) + "/comments";

        pair.mentor()
                .as()
                .body(Map.of("body", "Le cinquantième"))
                .post(comments)
                .then()
                .statusCode(201);
        pair.mentee()
                .as()
                .body(Map.of("body", "Un de trop"))
                .post(comments)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo(
                                "Un objectif compte au plus 50 commentaires : poursuivez l'échange dans un nouvel objectif."));
        pair.mentee()
                .as()
                .get(goals(pair) + "/" + ids.get(0))
                .then()
                .statusCode(200)
                .body("comments.size()", equalTo(50));
        pair.mentee()
                .as()
                .body(Map.of("body", "Sur l'autre objectif"))
                .post(goals(pair) + "/" + ids.get(1) + "/comments")
                .then()
                .statusCode(201);
    }

    @Test
    void theDatabaseRefusesAFiftyFirstCommentOnItsOwn() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        String goal = goalIds(pair).get(0);
        insertComments(goal, GoalService.MAX_COMMENTS);
        assertRefusedBy("mentorship_goal_comment_ceiling", () -> insertComments(goal, 1));
    }

    @Test
    void theDatabaseRefusesAnEleventhGoalOnItsOwn() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        insertGoals(pair.id(), GoalService.MAX_GOALS - goalIds(pair).size());
        assertRefusedBy("mentorship_goal_ceiling", () -> insertGoals(pair.id(), 1));
        pair.mentee()
                .as()
                .body(Map.of("title", "Un onzième"))
                .post(goals(pair))
                .then()
                .statusCode(422);
    }
}
