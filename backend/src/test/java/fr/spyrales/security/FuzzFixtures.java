package fr.spyrales.security;

import static org.awaitility.Awaitility.await;

import fr.spyrales.challenge.ChallengeFixtures;
import fr.spyrales.event.EventFixtures;
import fr.spyrales.event.EventFixtures.Started;
import fr.spyrales.matching.MatchingFixtures;
import fr.spyrales.project.ProjectFixtures;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import fr.spyrales.training.library.LibraryFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Builds a {@link FuzzWorld} through the API, as its members would: a member who has a completed pairing, one
 * under way (with goals, a comment and a session) and a request waiting for their answer as a mentor; notifications;
 * an animateur, an administrator, a free mentor, and a finished matching run that proposes one of this world's mentees.
 */
@ApplicationScoped
public class FuzzFixtures {
    private static final String MENTORSHIPS = "/api/v1/mentorships";
    private static final String RUNS = "/api/v1/matching/runs";

    @Inject
    TestAccounts accounts;

    @Inject
    MatchingFixtures matching;

    @Inject
    ChallengeFixtures challenges;

    @Inject
    fr.spyrales.survey.SurveyFixtures surveys;

    @Inject
    LibraryFixtures library;

    @Inject
    EventFixtures events;

    @Inject
    fr.spyrales.tchap.TchapFixtures tchap;

    @Inject
    fr.spyrales.support.PartnerFixtures partners;

    @Inject
    fr.spyrales.partner.webhook.WebhookTestData webhooks;

    @Inject
    EntityManager em;

    /**
     * A new world. The matching run (the costly part) is computed again only once the previous one is confirmed:
     * until then later worlds point at it, with the mentee it proposes.
     */
    FuzzWorld build(FuzzWorld previous) {
        String name = MatchingFixtures.uniqueName("Fuzz");
        UUID organization = UUID.fromString(TestAccounts.anonymous()
                .get("/api/v1/organizations?size=1")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id"));
        Account member = accounts.member("Camille", name);
        member.as()
                .body(Map.of(
                        "wantsMentor",
                        true,
                        "canMentor",
                        true,
                        "mentorCapacity",
                        3,
                        "organizationId",
                        organization,
                        "skills",
                        List.of(Map.of("code", "r", "level", 3)),
                        "learningSkills",
                        List.of("python")))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        Account pastMentor = matching.mentor("Claire", name, "INSEE", "OCC", 2, Map.of("python", 4));
        Account currentMentor = matching.mentor("Hugo", name, "MJ", "IDF", 2, Map.of("python", 3));
        Account freeMentor = matching.mentor("Inès", name, "SSMSI", "BRE", 3, Map.of("python", 3, "r", 4));
        Account waitingMentee = matching.mentee(name, "INSEE", "OCC", Map.of("r", 1), Set.of("r"));
        Account cohortMentee = matching.mentee(name, "MJ", "IDF", Map.of(), Set.of("python"));
        Account animateur = withRole(accounts.quickMember("Karim", name, m -> m.wantsMentor = true), "animateur");
        Account admin = withRole(accounts.quickMember("Nadia", name, m -> {}), "admin");
        List<UUID> everyone = java.util.Collections.synchronizedList(new ArrayList<>(
                Stream.of(member, pastMentor, currentMentor, freeMentor, waitingMentee, cohortMentee, animateur, admin)
                        .map(Account::id)
                        .toList()));

        Map<String, List<UUID>> ids = new LinkedHashMap<>();
        ids.put("members", List.copyOf(everyone));
        ids.put("mentors", List.of(freeMentor.id(), currentMentor.id(), member.id()));
        UUID underWay = pairings(ids, member, pastMentor, currentMentor, waitingMentee);
        // The animateur waits for an answer as a mentee: withdraw has someone to act.
        ids.put(
                "mentorships",
                Stream.concat(ids.get("mentorships").stream(), Stream.of(request(animateur, freeMentor.id())))
                        .toList());
        pairingContent(ids, member, underWay);
        project(ids, member, animateur);
        challenges(ids, member, animateur);
        paths(ids, member, animateur);
        library(ids, member, animateur);
        events(ids, member, animateur, freeMentor);
        // A Tchap room announcing nothing: the fuzzer's edits reach its rules, and no notice is ever queued for it.
        ids.put("rooms", List.of(tchap.create(animateur, java.util.Map.of())));
        // A survey campaign open to the world's members, written without mailing the whole test database.
        ids.put("surveys", List.of(surveys.openQuietly("Enquête de satisfaction — fuzz")));
        ids.put(
                "notifications",
                member
                        .as()
                        .get("/api/v1/me/notifications?size=100")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id", String.class)
                        .stream()
                        .map(UUID::fromString)
                        .toList());
        boolean reuseRun =
                previous != null && runStillUnconfirmed(previous.ids("runs").get(0));
        ids.put("runs", reuseRun ? previous.ids("runs") : List.of(finishedRun(admin, cohortMentee)));
        ids.put("proposals", reuseRun ? previous.ids("proposals") : List.of(cohortMentee.id(), waitingMentee.id()));

        // A partner client holding every scope, with its webhook endpoint and one delivery waiting (the worker does not
        // run in tests): a fresh client per world, so that its ten-minute token never expires during one.
        var partner = partners.create(java.util.Set.of(
                "members:read",
                "mentorships:read",
                "events:read",
                "resources:read",
                "resources:write",
                "projects:read",
                "stats:read"));
        UUID endpoint = webhooks.endpoint(partner.id(), "http://127.0.0.1:9/hook", "event.created")
                .id();
        ids.put("webhooks", List.of(endpoint));
        ids.put("deliveries", List.of(webhooks.delivery(endpoint, "{\"type\":\"event.created\"}")));

        Map<FuzzCaller, Account> callers = new EnumMap<>(FuzzCaller.class);
        callers.put(FuzzCaller.PARTNER, partners.caller(partner));
        callers.put(FuzzCaller.MEMBER, member);
        callers.put(FuzzCaller.ANIMATEUR, animateur);
        callers.put(FuzzCaller.ADMIN, admin);
        return new FuzzWorld(callers, ids, organization, everyone, emailTokens(member));
    }

    /** A completed pairing and one under way where the member is the mentee, one waiting for the member as mentor. */
    private UUID pairings(
            Map<String, List<UUID>> ids,
            Account member,
            Account pastMentor,
            Account currentMentor,
            Account waitingMentee) {
        UUID completed = request(member, pastMentor.id());
        pastMentor.as().post(MENTORSHIPS + "/" + completed + "/accept").then().statusCode(200);
        member.as()
                .body("{}")
                .post(MENTORSHIPS + "/" + completed + "/complete")
                .then()
                .statusCode(200);
        UUID underWay = request(member, currentMentor.id());
        currentMentor.as().post(MENTORSHIPS + "/" + underWay + "/accept").then().statusCode(200);
        ids.put("mentorships", List.of(underWay, request(waitingMentee, member.id()), completed));
        return underWay;
    }

    /** Goals (from the request), a comment and a session in the pairing under way. */
    private void pairingContent(Map<String, List<UUID>> ids, Account member, UUID underWay) {
        List<UUID> goals = member
                .as()
                .get(MENTORSHIPS + "/" + underWay + "/goals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class)
                .stream()
                .map(UUID::fromString)
                .toList();
        ids.put("goals", goals);
        ids.put(
                "comments",
                List.of(created(member.as()
                        .body(Map.of("body", "Voici le tutoriel dont je parlais."))
                        .post(MENTORSHIPS + "/" + underWay + "/goals/" + goals.get(0) + "/comments"))));
        ids.put(
                "sessions",
                List.of(created(member.as()
                        .body(Map.of(
                                "heldOn",
                                // The pairing's days are Paris days: between 23:00 and midnight UTC, tomorrow's.
                                LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                                        .toString(),
                                "durationMinutes",
                                45,
                                "topics",
                                "Premiers pas avec pandas"))
                        .post(MENTORSHIPS + "/" + underWay + "/sessions"))));
        ids.put(
                "reports",
                List.of(created(member.as()
                        .body(Map.of("message", "Nos séances sont souvent décalées."))
                        .post(MENTORSHIPS + "/" + underWay + "/reports"))));
    }

    /** A project the member leads, with the animateur's request to join it waiting for an answer and his report on it. */
    private void project(Map<String, List<UUID>> ids, Account member, Account animateur) {
        UUID project = created(member.as()
                .body(Map.of(
                        "title", "Fuzz sur les données ouvertes",
                        "summary", "Un projet du monde du fuzzer.",
                        "languages", "R",
                        "maxTeamSize", 5,
                        "openDataAttestation", true))
                .post("/api/v1/projects"));
        ids.put("projects", List.of(project));
        // A verified dataset and one waiting for an animateur: /projects/{id}/datasets/{datasetId} and
        // /datasets/{id}/review|recheck reach them.
        ids.put(
                "datasets",
                List.of(
                        created(member.as()
                                .body(Map.of("reference", ProjectFixtures.COVID_ID))
                                .post("/api/v1/projects/" + project + "/datasets")),
                        created(member.as()
                                .body(Map.of("reference", ProjectFixtures.OTHER_OPEN))
                                .post("/api/v1/projects/" + project + "/datasets"))));
        ids.put(
                "join-requests",
                List.of(created(animateur
                        .as()
                        .body(Map.of("message", "Puis-je rejoindre l'équipe ?"))
                        .post("/api/v1/projects/" + project + "/join-requests"))));
        // The animateur's open report on it: /animation/project-reports/{id}/decision reaches it.
        ids.put(
                "project-reports",
                List.of(created(animateur
                        .as()
                        .body(Map.of("reason", "OTHER", "comment", "Le résumé ne dit pas d'où viennent les données."))
                        .post("/api/v1/projects/" + project + "/reports"))));
    }

    /**
     * An open challenge with the member's entry, and a closed one with the member's and the animateur's entries, a
     * kudos and a comment of the member's on the animateur's entry.
     */
    private void challenges(Map<String, List<UUID>> ids, Account member, Account animateur) {
        UUID open = challenges.open(animateur);
        UUID openEntry = challenges.enter(member, open, Map.of());
        UUID closed = challenges.open(animateur);
        UUID mine = challenges.enter(member, closed, Map.of());
        UUID theirs = challenges.enter(animateur, closed, Map.of("link", "https://gitlab.com/karim/piscine"));
        challenges.close(closed);
        String theirPath = ChallengeFixtures.CHALLENGES + "/" + closed + "/entries/" + theirs;
        member.as().put(theirPath + "/kudos").then().statusCode(204);
        UUID comment =
                created(member.as().body(Map.of("body", "Très clair, merci !")).post(theirPath + "/comments"));
        ids.put("challenges", List.of(open, closed));
        ids.put("entries", List.of(openEntry, mine, theirs));
        ids.put(
                "comments",
                Stream.concat(ids.get("comments").stream(), Stream.of(comment)).toList());
    }

    /**
     * A published path of the member's with two steps on resources the animateur published, a draft of theirs, and a
     * third published resource that no path holds yet (addPathStep's resourceId, a goal's pathId reach them).
     */
    private void paths(Map<String, List<UUID>> ids, Account member, Account animateur) {
        List<UUID> resources = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            resources.add(created(animateur
                    .as()
                    .body(Map.of(
                            "title",
                            "Cours du fuzzer n° " + i,
                            "url",
                            "https://exemple.gouv.fr/fuzz/" + UUID.randomUUID(),
                            "type",
                            "TUTORIAL",
                            "programmingLanguage",
                            "PYTHON",
                            "level",
                            "BEGINNER",
                            "topics",
                            List.of("statistiques"),
                            "contentLanguage",
                            "FR",
                            "free",
                            true))
                    .post("/api/v1/resources")));
        }
        Map<String, Object> path = Map.of(
                "title", "Parcours du fuzzer",
                "goal", "Atteindre chaque gestionnaire des parcours.",
                "level", "BEGINNER",
                "programmingLanguage", "PYTHON",
                "skills", List.of("statistiques"));
        UUID published = created(member.as().body(path).post("/api/v1/paths"));
        List<UUID> steps = new ArrayList<>();
        for (UUID resource : resources.subList(0, 2)) {
            steps.add(created(
                    member.as().body(Map.of("resourceId", resource)).post("/api/v1/paths/" + published + "/steps")));
        }
        member.as().post("/api/v1/paths/" + published + "/publish").then().statusCode(200);
        member.as().post("/api/v1/paths/" + published + "/follow").then().statusCode(204);
        UUID draft = created(member.as().body(path).post("/api/v1/paths"));
        ids.put("paths", List.of(published, draft));
        ids.put("steps", steps);
        ids.put("pathResources", List.of(resources.get(2), resources.get(0)));
    }

    /**
     * Resources of the library: one the animateur published (rated and bookmarked by the member), the member's
     * proposal waiting for review, and one withdrawn.
     */
    private void library(Map<String, List<UUID>> ids, Account member, Account animateur) {
        UUID published = library.propose(animateur, Map.of("title", "Fuzz : économétrie appliquée"));
        member.as()
                .body(Map.of("stars", 4))
                .put(LibraryFixtures.RESOURCES + "/" + published + "/ratings/me")
                .then()
                .statusCode(200);
        member.as()
                .put(LibraryFixtures.RESOURCES + "/" + published + "/bookmark")
                .then()
                .statusCode(204);
        UUID proposed = library.propose(member, Map.of("title", "Fuzz : une proposition"));
        UUID withdrawn = library.propose(animateur, Map.of("title", "Fuzz : une ressource retirée"));
        library.withdraw(animateur, withdrawn);
        ids.put("resources", List.of(published, proposed, withdrawn));
    }

    /**
     * Events the animateur organises: an upcoming one with a single seat, taken by the free mentor, where the member
     * waits (registrations, the waitlist, cancellations and capacity changes reach it), and one that started five
     * minutes ago where the member is confirmed (attendance and check-in reach it). The registrants' ids are what
     * /events/{id}/registrations/{memberId} names.
     */
    private void events(Map<String, List<UUID>> ids, Account member, Account animateur, Account freeMentor) {
        UUID upcoming = events.event(animateur, 1);
        events.register(freeMentor, upcoming);
        events.register(member, upcoming);
        Started started = events.startedWith(animateur, member, 5);
        ids.put("events", List.of(upcoming, started.event()));
        ids.put("registrations", List.of(member.id(), freeMentor.id()));
    }

    /**
     * Live secrets of links: the confirmation of an account not yet confirmed and a password reset of the member, as
     * mailed, and a calendar feed address (getMyCalendar's token).
     */
    private List<String> emailTokens(Account member) {
        String unconfirmed = TestAccounts.newEmail();
        accounts.register(unconfirmed, "Zoé", "Attente");
        TestAccounts.anonymous()
                .body(Map.of("email", member.email()))
                .post("/api/v1/auth/password-reset")
                .then()
                .statusCode(202);
        // Someone who is none of the fuzzer's callers: their rotations would replace it.
        String feed = accounts.quickMember("Fanny", "Flux", m -> {})
                .as()
                .post("/api/v1/me/calendar-feed")
                .then()
                .statusCode(200)
                .extract()
                .path("url");
        return List.of(
                accounts.lastToken(unconfirmed),
                accounts.lastToken(member.email()),
                java.net.URI.create(feed).getQuery().substring("token=".length()));
    }

    /**
     * A member to be erased by deleteMyAccount, with a request waiting for a mentor of the world: erasing the
     * world's own member would leave the next requests nobody to act as.
     */
    Account disposableMember(FuzzWorld world) {
        Account member = accounts.quickMember("Léo", "Jetable", m -> m.wantsMentor = true);
        world.memberIds().add(member.id());
        request(member, world.ids("mentors").get(0));
        return member;
    }

    /** Takes a world's members out of the matching cohort, so that the runs of later tests do not meet them. */
    void retire(FuzzWorld world) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE member SET wants_mentor = false, can_mentor = false WHERE id = ANY(CAST(:ids AS uuid[]))")
                        .setParameter(
                                "ids",
                                world.memberIds().stream().map(UUID::toString).toArray(String[]::new))
                        .executeUpdate());
    }

    /**
     * Reinstates the accounts an admin's fuzzed request suspended: a suspended member of the world would answer 401 to
     * every later request of the run.
     */
    void liftSuspensions(FuzzWorld world) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "DELETE FROM member_suspension WHERE member_id = ANY(CAST(:ids AS uuid[]))")
                        .setParameter(
                                "ids",
                                world.memberIds().stream().map(UUID::toString).toArray(String[]::new))
                        .executeUpdate());
    }

    /** Runs one statement about one member in its own transaction, committed or rolled back. */
    void sql(String statement, UUID id, boolean rollBack) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery(statement)
                        .setParameter("id", id.toString())
                        .executeUpdate();
                if (rollBack) {
                    throw new IllegalStateException("rolled back on purpose");
                }
            });
        } catch (RuntimeException rolledBack) {
            if (!rollBack) {
                throw rolledBack;
            }
        }
    }

    /**
     * Waits until no matching run computes or sends requests (or only this one, when given): their background
     * writes would look like writes of the refused requests sent meanwhile.
     */
    void awaitQuietRuns(UUID run) {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> QuarkusTransaction.requiringNew()
                                .call(() -> ((Number) em.createNativeQuery(
                                                        "SELECT count(*) FROM matching_run WHERE status IN ('RUNNING', 'CONFIRMING')"
                                                                + " AND (CAST(:run AS uuid) IS NULL OR id = CAST(:run AS uuid))")
                                                .setParameter("run", run == null ? null : run.toString())
                                                .getSingleResult())
                                        .longValue())
                        == 0);
    }

    /** A finished run whose proposal keeps only this world's mentee: a confirmation sends no one else a request. */
    private UUID finishedRun(Account admin, Account cohortMentee) {
        UUID run = created(admin.as().body("{}").post(RUNS));
        awaitQuietRuns(run);
        matching.keepOnly(run, List.of(cohortMentee.id()));
        return run;
    }

    private boolean runStillUnconfirmed(UUID run) {
        return QuarkusTransaction.requiringNew()
                .call(() -> "DONE"
                        .equals(em.createNativeQuery("SELECT status FROM matching_run WHERE id = :id")
                                .setParameter("id", run)
                                .getSingleResult()));
    }

    private static UUID request(Account mentee, UUID mentor) {
        return created(mentee.as()
                .body(Map.of(
                        "mentorId",
                        mentor,
                        "message",
                        "Pouvez-vous m'accompagner ?",
                        "goals",
                        List.of("Nettoyer un jeu de données", "Publier un tableau de bord")))
                .post(MENTORSHIPS));
    }

    private static UUID created(io.restassured.response.Response response) {
        return UUID.fromString(response.then()
                .statusCode(org.hamcrest.Matchers.oneOf(201, 202))
                .extract()
                .path("id"));
    }

    private Account withRole(Account account, String role) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO member_role (member_id, role) VALUES (:id, :role)")
                        .setParameter("id", account.id())
                        .setParameter("role", role)
                        .executeUpdate());
        return account;
    }
}
