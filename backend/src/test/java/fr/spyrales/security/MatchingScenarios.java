package fr.spyrales.security;

import static org.awaitility.Awaitility.await;

import fr.spyrales.matching.MatchingFixtures;
import fr.spyrales.security.AuthorisationMatrix.Caller;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Contexts of the matching operations. A run is computed for a small cohort of this scenario's own (a mentee and
 * a mentor who suits her) by another animateur than the caller, and only its mentee's pair is kept, so that a
 * confirmation sends one request only. Every call that starts background work waits for it to end.
 */
@ApplicationScoped
public class MatchingScenarios {
    private static final String RUNS = "/api/v1/matching/runs";
    private static final String SKILL = "series-temporelles";

    @Inject
    MatchingFixtures matching;

    @Inject
    Cast cast;

    @Inject
    EntityManager em;

    /** A computed run, not yet confirmed, whose proposal holds this mentee's pair only. */
    record Cohort(UUID run, Account mentee, String name) {}

    public Map<String, Scenario> all() {
        return Map.ofEntries(
                Map.entry("suggestMentors", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("getMatchingDefaults", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("listMatchingRuns", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("startMatchingRun", (caller, row) -> {
                    Account me = cast.who(caller);
                    return Call.by(me).body(Map.of()).afterwards(response -> untilFinished(me, response, "RUNNING"));
                }),
                Map.entry("getMatchingRun", onRun((cohort, call) -> call)),
                Map.entry("listMatchingProposals", onRun((cohort, call) -> call)),
                Map.entry(
                        "removeMatchingProposal",
                        onRun((cohort, call) ->
                                call.path("menteeId", cohort.mentee().id()))),
                Map.entry("restoreMatchingProposal", onRun((cohort, call) -> {
                    Account animateur = cast.who(Caller.ANIMATEUR);
                    animateur
                            .as()
                            .post(RUNS + "/" + cohort.run() + "/proposals/"
                                    + cohort.mentee().id() + "/remove")
                            .then()
                            .statusCode(200);
                    return call.path("menteeId", cohort.mentee().id());
                })),
                Map.entry(
                        "confirmMatchingRun",
                        onRun((cohort, call) ->
                                call.afterwards(response -> untilFinished(call.caller(), response, "CONFIRMING")))));
    }

    private Scenario onRun(BiFunction<Cohort, Call, Call> complete) {
        return (caller, row) -> {
            Cohort cohort = cohort();
            return complete.apply(cohort, Call.by(cast.who(caller)).path("id", cohort.run()))
                    .afterwards(response -> leave(cohort));
        };
    }

    private Cohort cohort() {
        String name = MatchingFixtures.uniqueName("Matrice");
        Account mentee = matching.mentee(name, "MJ", "OCC", Map.of(), Set.of(SKILL));
        // Free places to spare: whoever else is in the cohort, this mentee gets a pair.
        matching.mentor("Xavier", name, "INSEE", "OCC", 5, Map.of(SKILL, 3));
        Account animateur = cast.who(Caller.ANIMATEUR);
        UUID run = UUID.fromString(animateur
                .as()
                .body(Map.of())
                .post(RUNS)
                .then()
                .statusCode(202)
                .extract()
                .path("id"));
        String computed = awaitStatusOtherThan(animateur, run, "RUNNING");
        if (!computed.equals("DONE")) {
            throw new IllegalStateException("the scenario's run ended " + computed + ", not DONE");
        }
        matching.keepOnly(run, List.of(mentee.id()));
        return new Cohort(run, mentee, name);
    }

    /** The scenario's members stop looking for or offering mentorship, so that later runs do not count them. */
    private void leave(Cohort cohort) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE member SET wants_mentor = false, can_mentor = false WHERE last_name = :name")
                        .setParameter("name", cohort.name())
                        .executeUpdate());
    }

    /** Waits until the run the supervisor started or confirmed has left this status: the worker is idle again. */
    private static void untilFinished(Account supervisor, Response response, String busy) {
        if (response.statusCode() == 202) {
            awaitStatusOtherThan(supervisor, UUID.fromString(response.path("id")), busy);
        }
    }

    /** The run's status once it has left the busy one. */
    private static String awaitStatusOtherThan(Account supervisor, UUID run, String busy) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> supervisor
                                .as()
                                .get(RUNS + "/" + run)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("status"),
                        status -> !busy.equals(status));
    }
}
