package fr.spyrales.security;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.security.AuthorisationMatrix.Caller;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;

/**
 * Contexts of the animateurs' console: its queues and the list of pairings (nothing to prepare), a reminder about a
 * pairing stalled for months (a fresh one per call: one reminder a week per line), the closing or reassignment of such a
 * pairing (to a fresh mentor with a free place) and the mentors it may go to, and an account to suspend or, for the
 * reinstatement, already suspended.
 */
@ApplicationScoped
public class AnimationScenarios {
    @Inject
    MentorshipFixtures mentorships;

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    @Inject
    Cast cast;

    public Map<String, Scenario> all() {
        return Map.ofEntries(
                Map.entry("getAnimationQueues", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("listAnimationPairings", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("exportAnimationPairings", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry(
                        "searchMembersAsAdmin",
                        (caller, row) -> Call.by(cast.who(caller)).query("q", "Passant")),
                Map.entry(
                        "sendAnimationReminder",
                        (caller, row) -> Call.by(cast.who(caller))
                                .body(Map.of(
                                        "queue",
                                        "STALLED_PAIRING",
                                        "targetId",
                                        stalledPairing(),
                                        "recipients",
                                        "BOTH"))),
                Map.entry(
                        "closeAnimationPairing",
                        (caller, row) -> Call.by(cast.who(caller))
                                .path("id", stalledPairing())
                                .body(Map.of("reason", "Sans nouvelles depuis un an, nous clôturons ce mentorat."))),
                Map.entry(
                        "reassignAnimationPairing",
                        (caller, row) -> Call.by(cast.who(caller))
                                .path("id", stalledPairing())
                                .body(Map.of(
                                        "mentorId",
                                        mentorships.mentor(1).id(),
                                        "reason",
                                        "Votre mentor n'est plus disponible : voici une autre mentore."))),
                Map.entry(
                        "listAnimationMentorCandidates",
                        (caller, row) -> Call.by(cast.who(caller)).path("id", stalledPairing())),
                Map.entry("suspendMember", (caller, row) -> {
                    Account holder = accounts.quickMember("Sam", "Suspendu", m -> {});
                    return Call.by(cast.who(caller, Map.of(Caller.OWNER, holder)))
                            .path("id", holder.id())
                            .body(Map.of("reason", "Messages répétés hors charte"));
                }),
                Map.entry("reinstateMember", (caller, row) -> {
                    Account holder = accounts.quickMember("Sam", "Suspendu", m -> {});
                    mentorships
                            .admin()
                            .as()
                            .body(Map.of("reason", "Messages répétés hors charte"))
                            .post("/api/v1/animation/members/" + holder.id() + "/suspend")
                            .then()
                            .statusCode(200);
                    return Call.by(cast.who(caller, Map.of(Caller.OWNER, holder)))
                            .path("id", holder.id())
                            .body(Map.of("reason", "Engagement pris après échange"));
                }));
    }

    /** A pairing under way for a year without any session: in the console's « sans séance » queue. */
    private UUID stalledPairing() {
        Pair pair = mentorships.pairIn(MentorshipStatus.ACCEPTED);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE mentorship SET started_at = now() - interval '52 weeks',"
                                + " requested_at = now() - interval '53 weeks' WHERE id = :id")
                        .setParameter("id", pair.id())
                        .executeUpdate());
        return pair.id();
    }
}
