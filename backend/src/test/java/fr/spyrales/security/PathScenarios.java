package fr.spyrales.security;

import fr.spyrales.security.AuthorisationMatrix.Caller;
import fr.spyrales.support.TestAccounts.Account;
import fr.spyrales.training.path.PathFixtures;
import fr.spyrales.training.path.PathFixtures.Built;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Contexts of the learning path operations: a fresh path whose owner is its author (a member who can mentor), as a
 * draft (seen by its author and the animateurs only) or published (seen by every member).
 */
@ApplicationScoped
public class PathScenarios {
    @Inject
    PathFixtures paths;

    @Inject
    Cast cast;

    /** The caller's part of a context: who calls, and the path prepared for them. */
    record Context(Account who, Built built) {}

    public Map<String, Scenario> all() {
        return Map.ofEntries(
                Map.entry(
                        "createPath", (caller, row) -> Call.by(cast.who(caller)).body(PathFixtures.body(Map.of()))),
                Map.entry(
                        "listPaths", (caller, row) -> Call.by(cast.who(caller)).query("q", "analyse")),
                Map.entry("getPath", onDraft(1, (c, call) -> call)),
                Map.entry(
                        "updatePath",
                        onDraft(1, (c, call) -> call.body(Map.of("goal", "Savoir tracer un premier graphique.")))),
                Map.entry("deletePath", onPublished((c, call) -> call)),
                Map.entry("publishPath", onDraft(1, (c, call) -> call)),
                Map.entry(
                        "addPathStep",
                        onDraft(
                                1,
                                (c, call) -> call.body(Map.of(
                                        "resourceId",
                                        paths.publishedResource(
                                                paths.animateur(),
                                                "Une ressource de plus " + java.util.UUID.randomUUID()),
                                        "position",
                                        1)))),
                Map.entry(
                        "getPathStep",
                        onPublished((c, call) ->
                                call.path("stepId", c.built().steps().get(0)))),
                Map.entry(
                        "updatePathStep",
                        onDraft(
                                2,
                                (c, call) -> call.path(
                                                "stepId", c.built().steps().get(1))
                                        .body(Map.of("position", 1, "note", "Commencez par celle-ci.")))),
                Map.entry(
                        "deletePathStep",
                        onDraft(
                                2,
                                (c, call) ->
                                        call.path("stepId", c.built().steps().get(0)))),
                Map.entry("followPath", onPublished((c, call) -> call)),
                Map.entry("unfollowPath", onPublished(followed((c, call) -> call))),
                Map.entry(
                        "markPathStepDone",
                        onPublished(followed((c, call) ->
                                call.path("stepId", c.built().steps().get(0))))),
                Map.entry("unmarkPathStepDone", onPublished(followed((c, call) -> {
                    if (Cast.isMember(c.who())) {
                        paths.tick(c.who(), c.built().path(), c.built().steps().get(0));
                    }
                    return call.path("stepId", c.built().steps().get(0));
                }))),
                Map.entry("listMyPaths", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("listPathSuggestions", (caller, row) -> Call.by(cast.who(caller))));
    }

    /** The caller follows the path first (an anonymous caller cannot). */
    private static BiFunction<Context, Call, Call> followed(BiFunction<Context, Call, Call> complete) {
        return (c, call) -> {
            if (Cast.isMember(c.who())) {
                c.who()
                        .as()
                        .post(PathFixtures.PATHS + "/" + c.built().path() + "/follow")
                        .then()
                        .statusCode(204);
            }
            return complete.apply(c, call);
        };
    }

    private Scenario onDraft(int steps, BiFunction<Context, Call, Call> complete) {
        return on(false, steps, complete);
    }

    private Scenario onPublished(BiFunction<Context, Call, Call> complete) {
        return on(true, 2, complete);
    }

    private Scenario on(boolean published, int steps, BiFunction<Context, Call, Call> complete) {
        return (caller, row) -> {
            Built built = published ? paths.published(steps, Map.of()) : paths.draftWithSteps(steps, Map.of());
            Account who = cast.who(caller, Map.of(Caller.OWNER, built.author()));
            return complete.apply(new Context(who, built), Call.by(who).path("id", built.path()));
        };
    }
}
