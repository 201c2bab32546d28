package fr.spyrales.security;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.security.AuthorisationMatrix.Caller;
import fr.spyrales.support.TestAccounts.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/** Contexts of the mentorship operations: a pairing in the row's state, with a goal, a comment or a session. */
@ApplicationScoped
public class PairingScenarios {
    private static final String MENTORSHIPS = "/api/v1/mentorships/";
    /** Sessions are dated in the programme's time zone: never in its future, never before the pairing began. */
    private static final ZoneId PROGRAMME_ZONE = ZoneId.of("Europe/Paris");

    @Inject
    MentorshipFixtures mentorships;

    @Inject
    Cast cast;

    public Map<String, Scenario> all() {
        return Map.ofEntries(
                Map.entry("requestMentorship", (caller, row) -> {
                    Account mentor = mentorships.mentor(1);
                    Account me = cast.who(caller);
                    if (Cast.isMember(me)) {
                        me.as()
                                .body(Map.of("wantsMentor", true))
                                .patch("/api/v1/me")
                                .then()
                                .statusCode(200);
                    }
                    return Call.by(me)
                            .body(Map.of(
                                    "mentorId",
                                    mentor.id(),
                                    "message",
                                    "Pourriez-vous m'aider à débuter en R ?",
                                    "goals",
                                    List.of("Écrire mon premier script R")));
                }),
                Map.entry("listMyMentorships", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry(
                        "getMentorshipEligibility",
                        (caller, row) -> Call.by(cast.who(caller))
                                .query("mentorId", mentorships.mentor(1).id())),
                Map.entry("getMentorship", onPairing((pair, call) -> call)),
                Map.entry(
                        "updateMentorship",
                        onPairing((pair, call) -> call.body(
                                Map.of("plannedEndDate", today().plusMonths(2).toString())))),
                Map.entry("acceptMentorship", onPairing((pair, call) -> call)),
                Map.entry("declineMentorship", onPairing((pair, call) -> call.body(Map.of("reason", "NO_TIME")))),
                Map.entry("withdrawMentorship", onPairing((pair, call) -> call.body(Map.of()))),
                Map.entry("pauseMentorship", onPairing((pair, call) -> call.body(Map.of()))),
                Map.entry("resumeMentorship", onPairing((pair, call) -> call.body(Map.of()))),
                Map.entry("completeMentorship", onPairing((pair, call) -> call.body(Map.of()))),
                Map.entry(
                        "cancelMentorship",
                        onPairing((pair, call) -> call.body(Map.of("reason", "Changement de poste")))),
                Map.entry("listMentorshipGoals", onPairing((pair, call) -> call)),
                Map.entry(
                        "createMentorshipGoal",
                        onPairing((pair, call) -> call.body(Map.of("title", "Publier un tableau de bord")))),
                Map.entry("getMentorshipGoal", onPairing((pair, call) -> call.path("goalId", goal(pair)))),
                Map.entry(
                        "updateMentorshipGoal",
                        onPairing(
                                (pair, call) -> call.path("goalId", goal(pair)).body(Map.of("done", true)))),
                Map.entry("deleteMentorshipGoal", onPairing((pair, call) -> call.path("goalId", goal(pair)))),
                Map.entry(
                        "commentMentorshipGoal",
                        onPairing((pair, call) ->
                                call.path("goalId", goal(pair)).body(Map.of("body", "J'ai trouvé un bon tutoriel.")))),
                Map.entry("getMentorshipGoalComment", onPairing((pair, call) -> {
                    UUID goal = goal(pair);
                    return call.path("goalId", goal).path("commentId", comment(pair, goal));
                })),
                Map.entry("listMentorshipSessions", onPairing((pair, call) -> call)),
                Map.entry("createMentorshipSession", onPairing((pair, call) -> call.body(session()))),
                Map.entry("getMentorshipSession", onPairing((pair, call) -> call.path("sessionId", session(pair)))),
                Map.entry(
                        "updateMentorshipSession",
                        onPairing((pair, call) ->
                                call.path("sessionId", session(pair)).body(Map.of("durationMinutes", 90)))),
                Map.entry("deleteMentorshipSession", onPairing((pair, call) -> call.path("sessionId", session(pair)))),
                Map.entry("planNextMentorshipSession", onPairing((pair, call) -> call.body(nextSession()))),
                Map.entry("getNextMentorshipSession", onPairing((pair, call) -> {
                    planNextSession(pair);
                    return call;
                })),
                Map.entry("cancelNextMentorshipSession", onPairing((pair, call) -> {
                    planNextSession(pair);
                    return call;
                })),
                Map.entry("getNextMentorshipSessionCalendar", onPairing((pair, call) -> {
                    planNextSession(pair);
                    return call;
                })),
                Map.entry(
                        "reportMentorshipProblem",
                        onPairing((pair, call) -> call.body(
                                Map.of("message", "Les séances sont annulées au dernier moment depuis un mois.")))),
                Map.entry("listMentorshipReports", onPairing((pair, call) -> {
                    report(pair);
                    return call;
                })),
                Map.entry(
                        "resolveMentorshipReport",
                        onPairing((pair, call) -> call.path("reportId", report(pair))
                                .body(Map.of("note", "Nous avons parlé avec vous deux.")))),
                Map.entry(
                        "listOpenMentorshipReports",
                        (caller, row) -> Call.by(cast.who(caller)).query("status", "OPEN")),
                Map.entry("giveMentorshipFeedback", onPairing((pair, call) -> call.body(feedback()))),
                Map.entry("getMentorshipFeedback", onPairing((pair, call) -> {
                    pair.mentee()
                            .as()
                            .body(feedback())
                            .post(MENTORSHIPS + pair.id() + "/feedback")
                            .then()
                            .statusCode(201);
                    return call;
                })));
    }

    /** A new pairing in the row's state; its mentee and mentor fill their columns, the caller calls on it. */
    private Scenario onPairing(BiFunction<Pair, Call, Call> complete) {
        return (caller, row) -> {
            Pair pair = mentorships.pairIn(row.pairing()
                    .orElseThrow(() -> new IllegalStateException(
                            row.operation() + " works on a pairing: give its state in the « pairing » column")));
            Account account = cast.who(caller, Map.of(Caller.MENTEE, pair.mentee(), Caller.MENTOR, pair.mentor()));
            return complete.apply(pair, Call.by(account).path("id", pair.id()));
        };
    }

    /** One of the goals the mentee gave with the request. */
    private static UUID goal(Pair pair) {
        return UUID.fromString(pair.mentee()
                .as()
                .get(MENTORSHIPS + pair.id() + "/goals")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id"));
    }

    private static UUID comment(Pair pair, UUID goal) {
        return UUID.fromString(pair.mentee()
                .as()
                .body(Map.of("body", "Premier script écrit, il tourne."))
                .post(MENTORSHIPS + pair.id() + "/goals/" + goal + "/comments")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    /** A problem the mentee reported to the animateurs. */
    private static UUID report(Pair pair) {
        return UUID.fromString(pair.mentee()
                .as()
                .body(Map.of("message", "Mon mentor ne répond plus à mes messages."))
                .post(MENTORSHIPS + pair.id() + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    private static UUID session(Pair pair) {
        return UUID.fromString(pair.mentee()
                .as()
                .body(session())
                .post(MENTORSHIPS + pair.id() + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    private static Map<String, Object> session() {
        return Map.of(
                "heldOn",
                today().toString(),
                "durationMinutes",
                60,
                "topics",
                "Import de fichiers CSV",
                "notes",
                "Prochaine fois : les jointures.");
    }

    /** The next session, planned by the mentee. */
    private static void planNextSession(Pair pair) {
        pair.mentee()
                .as()
                .body(nextSession())
                .put(MENTORSHIPS + pair.id() + "/next-session")
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> nextSession() {
        return Map.of(
                "startsAt",
                java.time.OffsetDateTime.now().plusDays(3).withNano(0).toString(),
                "videoUrl",
                "https://webconf.numerique.gouv.fr/seance-lea",
                "note",
                "Apporter le fichier CSV.");
    }

    private static Map<String, Object> feedback() {
        return Map.of("rating", 5, "comment", "Des séances très concrètes.");
    }

    private static LocalDate today() {
        return LocalDate.now(PROGRAMME_ZONE);
    }
}
