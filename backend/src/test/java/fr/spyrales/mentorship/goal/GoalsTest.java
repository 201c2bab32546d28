package fr.spyrales.mentorship.goal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Goals of a pairing: both parties work on them until it ends; nobody else reads them (supervisors get 403, others 404). */
@QuarkusTest
class GoalsTest {
    @Inject
    MentorshipFixtures fixtures;

    private static String goals(Pair pair) {
        return "/api/v1/mentorships/" + pair.id() + "/goals";
    }

    private static JsonPath list(Account who, Pair pair) {
        return who.as().get(goals(pair)).then().statusCode(200).extract().jsonPath();
    }

    private static String create(Account who, Pair pair, String title) {
        return who.as()
                .body(Map.of("title", title))
                .post(goals(pair))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void bothPartiesCreateEditTickUntickCommentAndDeleteGoals() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        // The request brought two goals, in the order the mentee wrote them.
        JsonPath initial = list(pair.mentor(), pair);
        assertEquals(
                List.of("Écrire mon premier script R", "Faire un graphique avec ggplot2"),
                initial.getList("items.title"));
        assertEquals(2, initial.getInt("progress.total"));
        assertEquals(0, initial.getInt("progress.done"));

        var created = pair.mentee()
                .as()
                .body(Map.of(
                        "title",
                        "  Publier un tableau de bord Quarto  ",
                        "details",
                        "Avec les données de fréquentation."))
                .post(goals(pair));
        String goalId = created.then()
                .statusCode(201)
                .contentType("application/json")
                .body("title", equalTo("Publier un tableau de bord Quarto"))
                .body("details", equalTo("Avec les données de fréquentation."))
                .body("done", equalTo(false))
                .body("doneAt", nullValue())
                .body("position", equalTo(2))
                .body("createdById", equalTo(pair.mentee().id().toString()))
                .body("createdAt", notNullValue())
                .body("comments", hasSize(0))
                .extract()
                .path("id");
        created.then().header("Location", endsWith("/api/v1/mentorships/" + pair.id() + "/goals/" + goalId));
        String goal = goals(pair) + "/" + goalId;
        pair.mentor().as().get(goal).then().statusCode(200).body("title", equalTo("Publier un tableau de bord Quarto"));

        // The mentor edits it, then ticks it.
        pair.mentor()
                .as()
                .body(Map.of("title", "Publier un tableau de bord Quarto sur le SSP Cloud"))
                .patch(goal)
                .then()
                .statusCode(200)
                .body("title", equalTo("Publier un tableau de bord Quarto sur le SSP Cloud"))
                .body("details", equalTo("Avec les données de fréquentation."));
        pair.mentor()
                .as()
                .body(Map.of("done", true))
                .patch(goal)
                .then()
                .statusCode(200)
                .body("done", equalTo(true))
                .body("doneAt", notNullValue());
        JsonPath ticked = list(pair.mentee(), pair);
        assertEquals(3, ticked.getInt("progress.total"));
        assertEquals(1, ticked.getInt("progress.done"));
        pair.mentee()
                .as()
                .get("/api/v1/mentorships/" + pair.id())
                .then()
                .body("goals.total", equalTo(3))
                .body("goals.done", equalTo(1));

        // The mentee unticks it and clears its details with an empty text.
        pair.mentee()
                .as()
                .body(Map.of("done", false, "details", ""))
                .patch(goal)
                .then()
                .statusCode(200)
                .body("done", equalTo(false))
                .body("doneAt", nullValue())
                .body("details", nullValue());
        assertEquals(0, list(pair.mentor(), pair).getInt("progress.done"));

        // Both comment; comments come oldest first, with their author.
        var comment = pair.mentee()
                .as()
                .body(Map.of("body", "Je bloque sur le déploiement."))
                .post(goal + "/comments");
        String commentId = comment.then()
                .statusCode(201)
                .body("authorId", equalTo(pair.mentee().id().toString()))
                .body("authorName", equalTo("Léa Novice"))
                .body("body", equalTo("Je bloque sur le déploiement."))
                .extract()
                .path("id");
        comment.then().header("Location", endsWith(goal + "/comments/" + commentId));
        pair.mentor()
                .as()
                .get(goal + "/comments/" + commentId)
                .then()
                .statusCode(200)
                .body("id", equalTo(commentId));
        pair.mentor()
                .as()
                .body(Map.of("body", "Regardons-le ensemble jeudi."))
                .post(goal + "/comments")
                .then()
                .statusCode(201);
        JsonPath commented = list(pair.mentor(), pair);
        assertEquals(
                List.of("Je bloque sur le déploiement.", "Regardons-le ensemble jeudi."),
                commented.getList("items[2].comments.body"));
        assertEquals(List.of("Léa Novice", "Claire Mentor"), commented.getList("items[2].comments.authorName"));

        // Either party deletes any goal, with its comments.
        pair.mentor().as().delete(goal).then().statusCode(204);
        pair.mentee()
                .as()
                .delete(goals(pair) + "/" + initial.getString("items[0].id"))
                .then()
                .statusCode(204);
        JsonPath after = list(pair.mentee(), pair);
        assertEquals(List.of("Faire un graphique avec ggplot2"), after.getList("items.title"));
        assertEquals(1, after.getInt("progress.total"));
        pair.mentee().as().get(goal).then().statusCode(404).contentType("application/problem+json");
        pair.mentee().as().get(goal + "/comments/" + commentId).then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MentorshipStatus.class)
    void goalsChangeWhilePendingAcceptedOrPausedOnly(MentorshipStatus status) {
        Pair pair = fixtures.pairIn(status);
        JsonPath before = list(pair.mentee(), pair);
        String goal = goals(pair) + "/" + before.getString("items[0].id");
        boolean open = MentorshipStatus.OPEN.contains(status);
        int expected = open ? 201 : 409;
        // The mentor works on the goals once they have accepted the request.
        boolean mentorMay = open && status != MentorshipStatus.PENDING;

        pair.mentee()
                .as()
                .body(Map.of("title", "Nouvel objectif"))
                .post(goals(pair))
                .then()
                .statusCode(expected);
        pair.mentor()
                .as()
                .body(Map.of("body", "Un commentaire"))
                .post(goal + "/comments")
                .then()
                .statusCode(mentorMay ? 201 : 409);
        pair.mentor().as().body(Map.of("done", true)).patch(goal).then().statusCode(mentorMay ? 200 : 409);
        var deletion = pair.mentee().as().delete(goals(pair) + "/" + before.getString("items[1].id"));
        deletion.then().statusCode(open ? 204 : 409);

        if (!open) {
            deletion.then()
                    .contentType("application/problem+json")
                    .body("detail", containsString("ses objectifs ne peuvent plus être modifiés"));
            JsonPath after = list(pair.mentor(), pair);
            assertEquals(before.getList("items"), after.getList("items"), "a refused change changes nothing");
        }
    }

    @Test
    void theMentorReadsTheGoalsOfARequestButChangesThemOnlyOnceAccepted() {
        Pair pair = fixtures.pairIn(MentorshipStatus.PENDING);
        JsonPath goalsAsked = list(pair.mentor(), pair);
        assertEquals(
                List.of("Écrire mon premier script R", "Faire un graphique avec ggplot2"),
                goalsAsked.getList("items.title"));
        String goal = goals(pair) + "/" + goalsAsked.getString("items[0].id");
        String refusal = "Le mentorat n'a pas encore commencé : vous pourrez modifier et commenter ses objectifs après"
                + " avoir accepté la demande.";

        pair.mentor()
                .as()
                .body(Map.of("title", "Objectif du mentor"))
                .post(goals(pair))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo(refusal));
        pair.mentor()
                .as()
                .body(Map.of("title", "Autre titre"))
                .patch(goal)
                .then()
                .statusCode(409)
                .body("detail", equalTo(refusal));
        pair.mentor().as().delete(goal).then().statusCode(409).body("detail", equalTo(refusal));
        assertEquals(goalsAsked.getList("items"), list(pair.mentee(), pair).getList("items"), "nothing changed");

        pair.mentor()
                .as()
                .post("/api/v1/mentorships/" + pair.id() + "/accept")
                .then()
                .statusCode(200);
        pair.mentor()
                .as()
                .body(Map.of("title", "Autre titre"))
                .patch(goal)
                .then()
                .statusCode(200);
    }

    @Test
    void aFinishedPairingSaysWhyItsGoalsAreFrozen() {
        Pair completed = fixtures.pairIn(MentorshipStatus.COMPLETED);
        completed
                .mentor()
                .as()
                .body(Map.of("title", "Encore un"))
                .post(goals(completed))
                .then()
                .statusCode(409)
                .body("detail", equalTo("Ce mentorat est terminé : ses objectifs ne peuvent plus être modifiés."));
        Pair declined = fixtures.pairIn(MentorshipStatus.DECLINED);
        declined.mentee()
                .as()
                .body(Map.of("title", "Encore un"))
                .post(goals(declined))
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        equalTo(
                                "Cette demande de mentorat a été déclinée : ses objectifs ne peuvent plus être modifiés."));
    }

    @Test
    void aStrangerSeesNothingAndChangesNothing() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        JsonPath before = list(pair.mentee(), pair);
        String goal = goals(pair) + "/" + before.getString("items[0].id");
        Account stranger = fixtures.stranger();

        stranger.as().get(goals(pair)).then().statusCode(404).contentType("application/problem+json");
        stranger.as().get(goal).then().statusCode(404);
        stranger.as()
                .body(Map.of("title", "Intrusion"))
                .post(goals(pair))
                .then()
                .statusCode(404);
        stranger.as().body(Map.of("done", true)).patch(goal).then().statusCode(404);
        stranger.as()
                .body(Map.of("body", "Coucou"))
                .post(goal + "/comments")
                .then()
                .statusCode(404);
        stranger.as().delete(goal).then().statusCode(404);

        assertEquals(before.getList("items"), list(pair.mentee(), pair).getList("items"));
    }

    @Test
    void anAnimateurNeitherReadsNorWritesGoals() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        String goal = goals(pair) + "/" + list(pair.mentee(), pair).getString("items[0].id");
        String comment = goal + "/comments/"
                + pair.mentor()
                        .as()
                        .body(Map.of("body", "Commence par le chapitre 3."))
                        .post(goal + "/comments")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        JsonPath before = list(pair.mentee(), pair);
        Account animateur = fixtures.animateur();

        for (String path : List.of(goals(pair), goal, comment)) {
            animateur
                    .as()
                    .get(path)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body(
                            "detail",
                            equalTo(
                                    "Le contenu d'un binôme est privé : seules les deux personnes du binôme y ont accès."));
        }
        animateur
                .as()
                .body(Map.of("title", "Objectif imposé"))
                .post(goals(pair))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("deux personnes du binôme"));
        animateur.as().body(Map.of("done", true)).patch(goal).then().statusCode(403);
        animateur
                .as()
                .body(Map.of("body", "Bravo"))
                .post(goal + "/comments")
                .then()
                .statusCode(403);
        animateur.as().delete(goal).then().statusCode(403);

        assertEquals(before.getList("items"), list(pair.mentee(), pair).getList("items"));
    }

    @Test
    void aGoalIsOnlyReachableThroughItsOwnPairing() {
        Pair mine = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        Pair other = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        String otherGoalId = list(other.mentee(), other).getString("items[0].id");
        String throughMine = goals(mine) + "/" + otherGoalId;

        mine.mentee().as().get(throughMine).then().statusCode(404).body("detail", containsString("objectif"));
        mine.mentee()
                .as()
                .body(Map.of("title", "Détourné"))
                .patch(throughMine)
                .then()
                .statusCode(404);
        mine.mentee()
                .as()
                .body(Map.of("body", "Détourné"))
                .post(throughMine + "/comments")
                .then()
                .statusCode(404);
        mine.mentee().as().delete(throughMine).then().statusCode(404);
        mine.mentee().as().get(goals(mine) + "/" + UUID.randomUUID()).then().statusCode(404);

        // A comment of the other pairing, reached through one of mine.
        String otherGoal = goals(other) + "/" + otherGoalId;
        String otherComment = other.mentor()
                .as()
                .body(Map.of("body", "Privé"))
                .post(otherGoal + "/comments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String myGoalId = list(mine.mentee(), mine).getString("items[0].id");
        mine.mentee()
                .as()
                .get(goals(mine) + "/" + myGoalId + "/comments/" + otherComment)
                .then()
                .statusCode(404);

        JsonPath untouched = list(other.mentee(), other);
        assertEquals("Écrire mon premier script R", untouched.getString("items[0].title"));
        assertEquals(1, untouched.getList("items[0].comments").size());
    }

    @Test
    void aPairingHasAtMostTenGoals() {
        Pair pair = fixtures.pairIn(MentorshipStatus.PENDING); // two goals from the request
        for (int i = 3; i <= 10; i++) {
            create(pair.mentee(), pair, "Objectif " + i);
        }
        pair.mentee()
                .as()
                .body(Map.of("title", "Objectif 11"))
                .post(goals(pair))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("au plus 10 objectifs"));
        JsonPath full = list(pair.mentee(), pair);
        assertEquals(10, full.getInt("progress.total"));
        pair.mentee()
                .as()
                .delete(goals(pair) + "/" + full.getString("items[4].id"))
                .then()
                .statusCode(204);
        pair.mentee()
                .as()
                .body(Map.of("title", "Objectif 11"))
                .post(goals(pair))
                .then()
                .statusCode(201)
                .body("position", equalTo(10));
        assertEquals("Objectif 11", list(pair.mentee(), pair).getString("items[9].title"));
    }

    @Test
    void racingAdditionsNeverPassTheLimit() throws Exception {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        for (int i = 3; i <= 9; i++) {
            create(pair.mentee(), pair, "Objectif " + i);
        }
        List<Callable<Integer>> additions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Account who = i % 2 == 0 ? pair.mentee() : pair.mentor();
            additions.add(() -> who.as()
                    .body(Map.of("title", "Le dixième"))
                    .post(goals(pair))
                    .statusCode());
        }
        List<Integer> statuses = Race.of(additions);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 422).count(), statuses.toString());
        JsonPath full = list(pair.mentor(), pair);
        assertEquals(10, full.getInt("progress.total"));
        assertEquals(
                List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), full.getList("items.position"), "one position each, none twice");
    }

    @Test
    void badInputsAreRefusedFieldByField() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        String goal = goals(pair) + "/" + list(pair.mentee(), pair).getString("items[0].id");
        Account mentee = pair.mentee();

        mentee.as()
                .body("{}")
                .post(goals(pair))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("title")))
                .body("errors[0].message", equalTo("Donnez un titre à l'objectif."));
        mentee.as()
                .body(Map.of("title", "x".repeat(201), "details", "y".repeat(2001)))
                .post(goals(pair))
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("title", "details"))
                .body(
                        "errors.message",
                        hasItems(
                                "Le titre ne doit pas dépasser 200 caractères.",
                                "Le détail ne doit pas dépasser 2 000 caractères."));
        mentee.as()
                .body(Map.of("title", "Objectif", "priority", 1))
                .post(goals(pair))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("priority"));
        mentee.as()
                .body(Map.of("title", "   "))
                .patch(goal)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", equalTo("Le titre ne peut pas être vide."));
        mentee.as()
                .body(Map.of("done", "peut-être"))
                .patch(goal)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("done"));
        mentee.as()
                .body(Map.of("body", " "))
                .post(goal + "/comments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("Écrivez un commentaire."));
        mentee.as()
                .body(Map.of("body", "z".repeat(2001)))
                .post(goal + "/comments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body"));
        mentee.as().body("[]").post(goals(pair)).then().statusCode(400).contentType("application/problem+json");
        mentee.as()
                .body(Map.of("done", true))
                .patch(goals(pair) + "/pas-un-uuid")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        assertEquals(2, list(mentee, pair).getInt("progress.total"));
        assertEquals(0, list(mentee, pair).getInt("progress.done"));
    }
}
