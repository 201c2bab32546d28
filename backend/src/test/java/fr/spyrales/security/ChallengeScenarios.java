package fr.spyrales.security;

import fr.spyrales.challenge.ChallengeFixtures;
import fr.spyrales.security.AuthorisationMatrix.Caller;
import fr.spyrales.support.TestAccounts.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Contexts of the challenge operations: a challenge published by an animateur of its own, with the owner's entry;
 * open for the operations on one's own entry, closed for kudos, comments and highlights, upcoming for its
 * cancellation. On a comment, the owner is the comment's author.
 */
@ApplicationScoped
public class ChallengeScenarios {
    @Inject
    ChallengeFixtures challenges;

    @Inject
    Cast cast;

    /** The challenge, the owner's entry in it (null when there is none) and the owner. */
    record Context(UUID challenge, UUID entry, Account owner) {}

    public Map<String, Scenario> all() {
        return Map.ofEntries(
                Map.entry(
                        "createChallenge",
                        (caller, row) -> Call.by(cast.who(caller)).body(ChallengeFixtures.body(Map.of()))),
                Map.entry(
                        "listChallenges",
                        (caller, row) -> Call.by(cast.who(caller)).query("period", "current")),
                Map.entry("getChallenge", open((c, call) -> call)),
                Map.entry(
                        "updateChallenge",
                        open((c, call) -> call.body(Map.of("title", "Les hospitalisations, semaine 2")))),
                Map.entry("deleteChallenge", upcoming()),
                Map.entry("getMyChallengeEntry", open((c, call) -> call)),
                Map.entry("putMyChallengeEntry", open((c, call) -> call.body(ChallengeFixtures.entry(Map.of())))),
                Map.entry("deleteMyChallengeEntry", open((c, call) -> call)),
                Map.entry("listChallengeEntries", closed((c, call) -> call)),
                Map.entry("giveKudos", closed((c, call) -> call.path("entryId", c.entry()))),
                Map.entry("takeBackKudos", closed((c, call) -> call.path("entryId", c.entry()))),
                Map.entry("listEntryComments", closed((c, call) -> call.path("entryId", c.entry()))),
                Map.entry(
                        "addEntryComment",
                        closed((c, call) ->
                                call.path("entryId", c.entry()).body(Map.of("body", "Très clair, merci !")))),
                Map.entry("deleteEntryComment", onComment()),
                Map.entry("highlightEntry", closed((c, call) -> call.path("entryId", c.entry()))),
                Map.entry("unhighlightEntry", closed((c, call) -> call.path("entryId", c.entry()))));
    }

    private Scenario open(BiFunction<Context, Call, Call> complete) {
        return (caller, row) -> {
            Context context = withEntry();
            return complete.apply(context, on(caller, context));
        };
    }

    private Scenario closed(BiFunction<Context, Call, Call> complete) {
        return (caller, row) -> {
            Context context = withEntry();
            challenges.close(context.challenge());
            return complete.apply(context, on(caller, context));
        };
    }

    /** A challenge that opens tomorrow: what animateurs may still cancel. */
    private Scenario upcoming() {
        return (caller, row) -> {
            UUID challenge = challenges.upcoming(challenges.animateur());
            return Call.by(cast.who(caller)).path("id", challenge);
        };
    }

    /** A comment of the owner's on someone else's entry, in a closed challenge. */
    private Scenario onComment() {
        return (caller, row) -> {
            Context context = withEntry();
            challenges.close(context.challenge());
            Account commenter = challenges.member("Léa");
            UUID comment = UUID.fromString(commenter
                    .as()
                    .body(Map.of("body", "Belle analyse !"))
                    .post(ChallengeFixtures.CHALLENGES + "/" + context.challenge() + "/entries/" + context.entry()
                            + "/comments")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
            Account who = cast.who(caller, Map.of(Caller.OWNER, commenter));
            return Call.by(who)
                    .path("id", context.challenge())
                    .path("entryId", context.entry())
                    .path("commentId", comment);
        };
    }

    private Call on(Caller caller, Context context) {
        return Call.by(cast.who(caller, Map.of(Caller.OWNER, context.owner()))).path("id", context.challenge());
    }

    private Context withEntry() {
        UUID challenge = challenges.open(challenges.animateur());
        Account owner = challenges.member("Claire");
        return new Context(challenge, challenges.enter(owner, challenge, Map.of()), owner);
    }
}
