package fr.spyrales.training.path;

import static fr.spyrales.training.path.PathFixtures.PATHS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import fr.spyrales.training.path.PathFixtures.Built;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The steps of a path stay numbered 1..n, in the order the editors chose, whatever they do and however fast. */
@QuarkusTest
class PathStepsTest {
    @Inject
    PathFixtures fixtures;

    @Test
    void aStepAddedAtAPositionShiftsTheFollowingOnes() {
        Built built = fixtures.draftWithSteps(3, Map.of());
        UUID resource = fixtures.publishedResource(fixtures.animateur(), "Introduction " + UUID.randomUUID());
        String added = built.author()
                .as()
                .body(Map.of("resourceId", resource, "position", 1, "checkpoint", "Tracez un *histogramme*."))
                .post(PATHS + "/" + built.path() + "/steps")
                .then()
                .statusCode(201)
                .body("position", equalTo(1))
                .body("checkpointHtml", containsString("<em>histogramme</em>"))
                .extract()
                .path("id");
        List<String> expected = new ArrayList<>(List.of(added));
        built.steps().forEach(s -> expected.add(s.toString()));
        assertEquals(expected, fixtures.order(built.author(), built.path()));
        assertPositionsWhole(built);
    }

    @Test
    void movingAStepRenumbersTheOthersWithoutGaps() {
        Built built = fixtures.draftWithSteps(4, Map.of());
        UUID last = built.steps().get(3);
        built.author()
                .as()
                .body(Map.of("position", 1))
                .patch(PATHS + "/" + built.path() + "/steps/" + last)
                .then()
                .statusCode(200)
                .body("position", equalTo(1));
        List<UUID> s = built.steps();
        assertEquals(
                List.of(s.get(3), s.get(0), s.get(1), s.get(2)).stream()
                        .map(UUID::toString)
                        .toList(),
                fixtures.order(built.author(), built.path()));
        built.author()
                .as()
                .body(Map.of("position", 3, "note", "Nouvelle note"))
                .patch(PATHS + "/" + built.path() + "/steps/" + last)
                .then()
                .statusCode(200)
                .body("note", equalTo("Nouvelle note"));
        assertEquals(
                List.of(s.get(0), s.get(1), s.get(3), s.get(2)).stream()
                        .map(UUID::toString)
                        .toList(),
                fixtures.order(built.author(), built.path()));
        assertPositionsWhole(built);
    }

    @Test
    void removingAStepClosesTheGap() {
        Built built = fixtures.draftWithSteps(3, Map.of());
        built.author()
                .as()
                .delete(PATHS + "/" + built.path() + "/steps/" + built.steps().get(1))
                .then()
                .statusCode(204);
        assertEquals(
                List.of(built.steps().get(0).toString(), built.steps().get(2).toString()),
                fixtures.order(built.author(), built.path()));
        assertPositionsWhole(built);
    }

    @Test
    void aPositionBeyondTheEndOrAResourceTwiceIsRefusedAndNothingMoves() {
        Built built = fixtures.draftWithSteps(2, Map.of());
        built.author()
                .as()
                .body(Map.of("position", 3))
                .patch(PATHS + "/" + built.path() + "/steps/" + built.steps().get(0))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("position"));
        built.author()
                .as()
                .body(Map.of("position", 0))
                .patch(PATHS + "/" + built.path() + "/steps/" + built.steps().get(0))
                .then()
                .statusCode(400);
        built.author()
                .as()
                .body(Map.of("resourceId", built.resources().get(0)))
                .post(PATHS + "/" + built.path() + "/steps")
                .then()
                .statusCode(409)
                .body("detail", containsString("déjà une étape"));
        built.author()
                .as()
                .body(Map.of(
                        "resourceId", fixtures.publishedResource(fixtures.animateur(), "Un de plus"), "position", 4))
                .post(PATHS + "/" + built.path() + "/steps")
                .then()
                .statusCode(400);
        assertEquals(built.steps().stream().map(UUID::toString).toList(), fixtures.order(built.author(), built.path()));
    }

    @Test
    void aPublishedPathKeepsItsLastStep() {
        Built built = fixtures.published(1, Map.of());
        built.author()
                .as()
                .delete(PATHS + "/" + built.path() + "/steps/" + built.steps().get(0))
                .then()
                .statusCode(409);
        built.author().as().get(PATHS + "/" + built.path()).then().body("stepCount", equalTo(1));
    }

    @Test
    void aStepOfAnotherPathIsNotFound() {
        Built one = fixtures.draftWithSteps(1, Map.of());
        Built other = fixtures.draftWithSteps(1, Map.of());
        one.author()
                .as()
                .body(Map.of("note", "Piratage"))
                .patch(PATHS + "/" + one.path() + "/steps/" + other.steps().get(0))
                .then()
                .statusCode(404);
    }

    @Test
    void concurrentMovesLeaveTheStepsNumberedOneToNWithoutGaps() throws Exception {
        Built built = fixtures.draftWithSteps(6, Map.of());
        Account author = built.author();
        List<Callable<Integer>> moves = IntStream.range(0, 12)
                .<Callable<Integer>>mapToObj(i -> () -> author.as()
                        .body(Map.of("position", 1 + (i * 5) % 6))
                        .patch(PATHS + "/" + built.path() + "/steps/"
                                + built.steps().get(i % 6))
                        .then()
                        .extract()
                        .statusCode())
                .toList();
        List<Integer> answers = Race.of(moves);
        assertEquals(List.of(200), answers.stream().distinct().toList());
        assertPositionsWhole(built);
        assertEquals(6, fixtures.order(author, built.path()).size());
    }

    @Test
    void concurrentAdditionsAllGetTheirOwnPlace() throws Exception {
        Built built = fixtures.draftWithSteps(0, Map.of());
        Account animateur = fixtures.animateur();
        List<UUID> resources = IntStream.range(0, 8)
                .mapToObj(i -> fixtures.publishedResource(animateur, "Ressource " + i + " " + UUID.randomUUID()))
                .toList();
        List<Integer> answers = Race.of(resources.stream()
                .<Callable<Integer>>map(r -> () -> built.author()
                        .as()
                        .body(Map.of("resourceId", r, "position", 1))
                        .post(PATHS + "/" + built.path() + "/steps")
                        .then()
                        .extract()
                        .statusCode())
                .toList());
        assertEquals(List.of(201), answers.stream().distinct().toList());
        assertPositionsWhole(built);
        assertEquals(8, fixtures.order(built.author(), built.path()).size());
    }

    private void assertPositionsWhole(Built built) {
        List<Integer> positions = built.author()
                .as()
                .get(PATHS + "/" + built.path())
                .then()
                .statusCode(200)
                .extract()
                .path("steps.position");
        assertEquals(IntStream.rangeClosed(1, positions.size()).boxed().toList(), positions);
    }
}
