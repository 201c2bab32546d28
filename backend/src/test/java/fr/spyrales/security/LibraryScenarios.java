package fr.spyrales.security;

import fr.spyrales.security.AuthorisationMatrix.Caller;
import fr.spyrales.support.TestAccounts.Account;
import fr.spyrales.training.library.LibraryFixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Contexts of the library operations: a resource proposed by the owner (a plain member), still waiting for review
 * for the operations on a proposal, published by an animateur of its own for the ratings, marks and withdrawal.
 */
@ApplicationScoped
public class LibraryScenarios {
    @Inject
    LibraryFixtures library;

    @Inject
    Cast cast;

    public Map<String, Scenario> all() {
        return Map.ofEntries(
                Map.entry(
                        "searchResources",
                        (caller, row) -> Call.by(cast.who(caller))
                                .query("q", "économétrie")
                                .query("level", "BEGINNER")),
                Map.entry(
                        "proposeResource",
                        (caller, row) -> Call.by(cast.who(caller)).body(LibraryFixtures.body(Map.of()))),
                Map.entry(
                        "checkResourceUrl",
                        (caller, row) -> Call.by(cast.who(caller)).query("url", LibraryFixtures.uniqueUrl())),
                Map.entry("listResourceProposals", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("listMyResources", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("listMyBookmarks", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("getResource", proposed((c, call) -> call)),
                Map.entry("updateResource", proposed((c, call) -> call.body(Map.of("title", "Un titre plus précis")))),
                Map.entry("deleteResource", proposed((c, call) -> call)),
                Map.entry("publishResource", proposed((c, call) -> call)),
                Map.entry(
                        "rejectResource",
                        proposed((c, call) -> call.body(Map.of("reason", "Ce contenu est payant sans le dire.")))),
                Map.entry(
                        "withdrawResource",
                        published((c, call) -> call.body(Map.of("reason", "Le lien ne fonctionne plus.")))),
                Map.entry("listResourceRatings", published((c, call) -> call)),
                Map.entry("rateResource", published((c, call) -> call.body(Map.of("stars", 4, "comment", "Clair.")))),
                Map.entry("deleteMyResourceRating", published((c, call) -> call)),
                Map.entry("bookmarkResource", published((c, call) -> call)),
                Map.entry("unbookmarkResource", published((c, call) -> call)),
                Map.entry("markResourceDone", published((c, call) -> call)),
                Map.entry("unmarkResourceDone", published((c, call) -> call)));
    }

    /** The resource and the member who proposed it. */
    record Context(UUID resource, Account owner) {}

    private Scenario proposed(BiFunction<Context, Call, Call> complete) {
        return (caller, row) -> {
            Account owner = library.member("Léa");
            Context context = new Context(library.propose(owner, Map.of()), owner);
            return on(caller, context, complete);
        };
    }

    private Scenario published(BiFunction<Context, Call, Call> complete) {
        return (caller, row) -> {
            Account owner = library.member("Léa");
            Context context = new Context(library.propose(owner, Map.of()), owner);
            library.publish(library.animateur("Inès"), context.resource());
            return on(caller, context, complete);
        };
    }

    private Call on(Caller caller, Context context, BiFunction<Context, Call, Call> complete) {
        Account who = cast.who(caller, Map.of(Caller.OWNER, context.owner()));
        return complete.apply(context, Call.by(who).path("id", context.resource()));
    }
}
