package fr.spyrales.privacy;

import static fr.spyrales.support.TestAccounts.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.matching.MatchingFixtures;
import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.notification.ReminderService;
import fr.spyrales.support.ApiContract;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The export holds every piece of a member's data, and the erasure leaves none of their words anywhere in the
 * database while the other members keep their pairings.
 */
@QuarkusTest
class PersonalDataTest {
    private static final String ERASED = "contenu supprimé";
    private static final String ERASED_NAME = "Membre supprimé";

    @Inject
    TestAccounts accounts;

    @Inject
    MentorshipFixtures mentorships;

    @Inject
    MatchingFixtures matching;

    @Inject
    ReminderService reminders;

    @Inject
    ErasureSabotage sabotage;

    @Inject
    EntityManager em;

    /**
     * A member with data in every table that holds personal data. Every text they write carries {@code mark},
     * every text their counterparts write carries {@code theirMark}: a search for either finds each piece.
     */
    private record Story(
            Account leaver,
            String firstName,
            String lastName,
            String mark,
            String theirMark,
            Account mentor,
            Account mentee,
            Account refused,
            Account askedLast,
            Account animateur,
            UUID completed,
            UUID cancelled,
            UUID declined,
            UUID pending,
            UUID run,
            String hiddenFeedback) {

        String mine(String what) {
            return what + " " + mark;
        }

        String theirs(String what) {
            return what + " " + theirMark;
        }
    }

    /** Letters without vowels: no French stemming shortens them, so they are found even in the search vectors. */
    private static String word() {
        String consonants = "bcdfghjklmnpqrstvwxz";
        StringBuilder word = new StringBuilder("Kz");
        for (int i = 0; i < 8; i++) {
            word.append(consonants.charAt(ThreadLocalRandom.current().nextInt(consonants.length())));
        }
        return word.toString();
    }

    private Story story() {
        String first = word();
        String last = word();
        String mark = word().toLowerCase(Locale.ROOT);
        String theirMark = word().toLowerCase(Locale.ROOT);
        Account leaver = accounts.member(first, last);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO member_role (member_id, role) VALUES (:id, 'animateur')")
                        .setParameter("id", leaver.id())
                        .executeUpdate());
        Story s = new Story(
                leaver,
                first,
                last,
                mark,
                theirMark,
                mentorships.mentor(2),
                mentorships.mentee(),
                mentorships.mentee(),
                mentorships.mentor(1),
                mentorships.animateur(),
                null,
                null,
                null,
                null,
                null,
                "avis caché " + word());
        leaver.as()
                .body(Map.of(
                        "bio",
                        s.mine("présentation"),
                        "jobTitle",
                        s.mine("poste"),
                        "availability",
                        s.mine("disponibilité"),
                        "tchapHandle",
                        "@" + mark + ":agent.tchap.gouv.fr",
                        "skills",
                        List.of(Map.of("code", "python", "level", 3)),
                        "learningSkills",
                        List.of("r"),
                        "emailOptOuts",
                        List.of("REMINDER_NO_SESSION"),
                        "wantsMentor",
                        true,
                        "canMentor",
                        true,
                        "mentorCapacity",
                        2))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);

        // As mentee: a whole pairing, with goals, comments, sessions, history and feedback on both sides.
        UUID completed = request(leaver, s.mentor(), s.mine("message"), s.mine("objectif"));
        String path = "/api/v1/mentorships/" + completed;
        s.mentor().as().post(path + "/accept").then().statusCode(200);
        UUID theirGoal = UUID.fromString(s.mentor()
                .as()
                .body(Map.of("title", s.theirs("objectif du mentor"), "details", s.theirs("détail")))
                .post(path + "/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        String myGoal = leaver.as()
                .get(path + "/goals")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        leaver.as()
                .body(Map.of("details", s.mine("détail")))
                .patch(path + "/goals/" + myGoal)
                .then()
                .statusCode(200);
        leaver.as()
                .body(Map.of("body", s.mine("commentaire")))
                .post(path + "/goals/" + theirGoal + "/comments")
                .then()
                .statusCode(201);
        s.mentor()
                .as()
                .body(Map.of("body", s.theirs("commentaire du mentor")))
                .post(path + "/goals/" + myGoal + "/comments")
                .then()
                .statusCode(201);
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        leaver.as()
                .body(Map.of(
                        "heldOn", today, "durationMinutes", 45, "topics", s.mine("sujets"), "notes", s.mine("notes")))
                .post(path + "/sessions")
                .then()
                .statusCode(201);
        s.mentor()
                .as()
                .body(Map.of(
                        "heldOn",
                        today,
                        "durationMinutes",
                        60,
                        "topics",
                        s.theirs("sujets du mentor"),
                        "notes",
                        s.theirs("notes du mentor")))
                .post(path + "/sessions")
                .then()
                .statusCode(201);
        leaver.as()
                .body(Map.of("comment", s.mine("pause")))
                .post(path + "/pause")
                .then()
                .statusCode(200);
        s.mentor()
                .as()
                .body(Map.of("comment", s.theirs("reprise")))
                .post(path + "/resume")
                .then()
                .statusCode(200);
        leaver.as()
                .body(Map.of("comment", s.mine("clôture")))
                .post(path + "/complete")
                .then()
                .statusCode(200);
        leaver.as()
                .body(Map.of("rating", 5, "comment", s.mine("avis")))
                .post(path + "/feedback")
                .then()
                .statusCode(201);
        s.mentor()
                .as()
                .body(Map.of("rating", 4, "comment", s.theirs("avis du mentor")))
                .post(path + "/feedback")
                .then()
                .statusCode(201);
        leaver.as()
                .body(Map.of("message", s.mine("signalement")))
                .post(path + "/reports")
                .then()
                .statusCode(201);
        UUID reported = UUID.fromString(s.mentor()
                .as()
                .body(fr.spyrales.project.ProjectFixtures.body(Map.of()))
                .post(fr.spyrales.project.ProjectFixtures.PROJECTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        leaver.as()
                .body(Map.of("reason", "OTHER", "comment", s.mine("projet signalé")))
                .post(fr.spyrales.project.ProjectFixtures.PROJECTS + "/" + reported + "/reports")
                .then()
                .statusCode(201);

        // As mentor: a pairing the mentee cancelled and rated, the rating still hidden from the leaver.
        UUID cancelled =
                request(s.mentee(), leaver, s.theirs("demande de la mentorée"), s.theirs("objectif de la mentorée"));
        leaver.as().post("/api/v1/mentorships/" + cancelled + "/accept").then().statusCode(200);
        s.mentee()
                .as()
                .body(Map.of("reason", s.theirs("annulation")))
                .post("/api/v1/mentorships/" + cancelled + "/cancel")
                .then()
                .statusCode(200);
        s.mentee()
                .as()
                .body(Map.of("rating", 2, "comment", s.hiddenFeedback()))
                .post("/api/v1/mentorships/" + cancelled + "/feedback")
                .then()
                .statusCode(201);

        // A request the leaver let wait (a reminder went out), then declined in their own words.
        UUID declined = request(s.refused(), leaver, s.theirs("demande refusée"), s.theirs("objectif refusé"));
        mentorships.backdate(declined, 6);
        reminders.sendDueReminders();
        leaver.as()
                .body(Map.of("reason", "OTHER", "comment", s.mine("refus")))
                .post("/api/v1/mentorships/" + declined + "/decline")
                .then()
                .statusCode(200);

        // A request of the leaver still waiting, and a batch matching that proposed them a mentor.
        UUID pending = request(leaver, s.askedLast(), s.mine("dernière demande"), s.mine("objectif en attente"));
        UUID run = matching.proposedPair(s.animateur(), leaver, s.mentor());
        return new Story(
                leaver,
                first,
                last,
                mark,
                theirMark,
                s.mentor(),
                s.mentee(),
                s.refused(),
                s.askedLast(),
                s.animateur(),
                completed,
                cancelled,
                declined,
                pending,
                run,
                s.hiddenFeedback());
    }

    private static UUID request(Account mentee, Account mentor, String message, String goal) {
        return UUID.fromString(mentee.as()
                .body(Map.of("mentorId", mentor.id(), "message", message, "goals", List.of(goal)))
                .post("/api/v1/mentorships")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    @Test
    void theExportHoldsEveryPieceOfMyDataAndOnlyTheFeedbackRevealedToMe() {
        Story s = story();
        var response = s.leaver()
                .as()
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body("profile.email", equalTo(s.leaver().email()))
                .body("profile.firstName", equalTo(s.firstName()))
                .body("profile.bio", equalTo(s.mine("présentation")))
                .body("profile.roles", hasItem("animateur"))
                .body("profile.skills.code", hasItem("python"))
                .body("profile.learningSkills.code", hasItem("r"))
                .body("profile.emailOptOuts", hasItem("REMINDER_NO_SESSION"))
                .body("account.emailVerifiedAt", notNullValue())
                .body("account.sessions", hasSize(greaterThanOrEqualTo(1)))
                .body("account.mailLinks.purpose", hasItem("VERIFY"))
                .body("securityEvents.items.action", hasItem("LOGIN"))
                .body("securityEvents.items.outcome", hasItem("SUCCESS"))
                .body(
                        "mentorships.items.id",
                        hasItems(
                                s.completed().toString(),
                                s.cancelled().toString(),
                                s.declined().toString(),
                                s.pending().toString()))
                .body(
                        pairing(s.completed()) + ".history.comment",
                        hasItems(s.mine("pause"), s.theirs("reprise"), s.mine("clôture")))
                .body(pairing(s.cancelled()) + ".myRole", equalTo("MENTOR"))
                .body(pairing(s.declined()) + ".history.find { it.toStatus == 'DECLINED' }.reason", equalTo("OTHER"))
                .body(
                        inPairing("mentorshipGoals", s.completed()) + ".goals.comments.flatten().body",
                        hasItems(s.mine("commentaire"), s.theirs("commentaire du mentor")))
                .body(
                        inPairing("mentorshipSessions", s.completed()) + ".sessions.notes",
                        hasItems(s.mine("notes"), s.theirs("notes du mentor")))
                .body(inPairing("mentorshipFeedback", s.completed()) + ".given.comment", equalTo(s.mine("avis")))
                .body(
                        inPairing("mentorshipFeedback", s.completed()) + ".received.comment",
                        equalTo(s.theirs("avis du mentor")))
                .body(inPairing("mentorshipFeedback", s.cancelled()) + ".given", nullValue())
                .body(inPairing("mentorshipFeedback", s.cancelled()) + ".received", nullValue())
                .body(inPairing("mentorshipFeedback", s.cancelled()) + ".receivedHidden", equalTo(true))
                .body(
                        "notifications.items.kind",
                        hasItems("MENTORSHIP_ACCEPTED", "MENTORSHIP_REQUESTED", "MENTORSHIP_CANCELLED"))
                .body(
                        "notifications.remindersSent.find { it.mentorshipId == '" + s.declined() + "' }.kind",
                        equalTo("REMINDER_PENDING_REQUEST"))
                .body("mentorshipReports.filed.message", hasItem(s.mine("signalement")))
                .body("projectReports.filed.comment", hasItem(s.mine("projet signalé")))
                .body("matching.proposals.find { it.runId == '" + s.run() + "' }.role", equalTo("MENTEE"))
                .body("matching.proposals.find { it.runId == '" + s.run() + "' }.counterpart", equalTo("Claire Mentor"))
                .extract();

        String export = response.asString();
        for (String piece : List.of(
                "présentation",
                "poste",
                "disponibilité",
                "message",
                "objectif",
                "détail",
                "commentaire",
                "sujets",
                "notes",
                "pause",
                "clôture",
                "avis",
                "refus",
                "dernière demande",
                "objectif en attente",
                "signalement",
                "projet signalé")) {
            assertTrue(export.contains(s.mine(piece)), "the export misses what the member wrote: " + s.mine(piece));
        }
        for (String piece : List.of(
                "objectif du mentor",
                "commentaire du mentor",
                "sujets du mentor",
                "notes du mentor",
                "reprise",
                "avis du mentor",
                "demande de la mentorée",
                "annulation",
                "demande refusée")) {
            assertTrue(
                    export.contains(s.theirs(piece)),
                    "the export misses what the member reads of their pairings: " + s.theirs(piece));
        }
        assertFalse(
                export.contains(s.hiddenFeedback()),
                "feedback not yet revealed to the member must not reach them through the export");
        Set<String> contract = new TreeSet<>();
        ApiContract.committed()
                .document()
                .at("/components/schemas/PersonalDataExport/properties")
                .fieldNames()
                .forEachRemaining(contract::add);
        assertEquals(
                contract,
                new TreeSet<>(response.jsonPath().getMap("$").keySet()),
                "the export and its schema in openapi.yaml list the same sections (run make openapi after adding one)");
    }

    @Test
    void erasureLeavesNoneOfMyWordsInTheDatabaseWhileMyCounterpartsKeepTheirPairings() {
        Story s = story();
        s.leaver().as().delete("/api/v1/me").then().statusCode(204);

        for (String needle :
                List.of(s.mark(), s.firstName(), s.lastName(), s.leaver().email())) {
            assertEquals(
                    List.of(),
                    columnsContaining(needle),
                    "the database still holds « " + needle + " » after the erasure");
        }
        assertEquals(List.of(), tablesWithRowsOf(s.leaver().id()), "rows that only served the erased member are left");

        String completed = "/api/v1/mentorships/" + s.completed();
        s.mentor()
                .as()
                .get(completed)
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("mentee.displayName", equalTo(ERASED_NAME))
                .body("message", equalTo(ERASED))
                .body(
                        "history.findAll { it.actorId == '" + s.leaver().id() + "' && it.comment != null }.comment",
                        everyItem(equalTo(ERASED)))
                .body("history.comment", hasItem(s.theirs("reprise")));
        s.mentor()
                .as()
                .get(completed + "/goals")
                .then()
                .statusCode(200)
                .body("items.title", hasItems(ERASED, s.theirs("objectif du mentor")))
                .body("items.comments.flatten().body", hasItems(ERASED, s.theirs("commentaire du mentor")));
        s.mentor()
                .as()
                .get(completed + "/sessions")
                .then()
                .statusCode(200)
                .body("items.topics", hasItems(ERASED, s.theirs("sujets du mentor")))
                .body("items.notes", hasItems(ERASED, s.theirs("notes du mentor")))
                .body("totalMinutes", equalTo(105));
        s.mentor()
                .as()
                .get(completed + "/feedback")
                .then()
                .statusCode(200)
                .body("theirs.rating", equalTo(5))
                .body("theirs.comment", equalTo(ERASED))
                .body("mine.comment", equalTo(s.theirs("avis du mentor")));
        s.mentee()
                .as()
                .get("/api/v1/mentorships/" + s.cancelled())
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("mentor.displayName", equalTo(ERASED_NAME))
                .body("message", equalTo(s.theirs("demande de la mentorée")));
        s.refused()
                .as()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("items.find { it.kind == 'MENTORSHIP_DECLINED' }.title", containsString(ERASED_NAME))
                .body("items.find { it.kind == 'MENTORSHIP_DECLINED' }.body", containsString("« " + ERASED + " »"));
        s.askedLast()
                .as()
                .get("/api/v1/mentorships/" + s.pending())
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("message", equalTo(ERASED))
                .body("history[-1].reason", equalTo("ACCOUNT_DELETED"));
        s.animateur()
                .as()
                .get("/api/v1/matching/runs/" + s.run() + "/proposals")
                .then()
                .statusCode(200)
                .body("items[0].mentee.displayName", equalTo(ERASED_NAME));
        s.leaver().as().get("/api/v1/me/export").then().statusCode(401);
    }

    @Test
    void anErasureThatFailsHalfwayLeavesEverythingAsItWas() {
        Account me = accounts.member(word(), word());
        me.as().body(Map.of("wantsMentor", true)).patch("/api/v1/me").then().statusCode(200);
        Account mentor = mentorships.mentor(1);
        String mark = word();
        UUID pairing = request(me, mentor, "message " + mark, "objectif " + mark);
        mentor.as().post("/api/v1/mentorships/" + pairing + "/accept").then().statusCode(200);
        sabotage.failNextErasureOf(me.id());

        me.as().delete("/api/v1/me").then().statusCode(500);

        me.as().get("/api/v1/me").then().statusCode(200).body("email", equalTo(me.email()));
        anonymous()
                .body(Map.of("refreshToken", me.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200);
        mentor.as()
                .get("/api/v1/mentorships/" + pairing)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("message", equalTo("message " + mark))
                .body("mentee.displayName", not(equalTo(ERASED_NAME)));
        mentor.as()
                .get("/api/v1/mentorships/" + pairing + "/goals")
                .then()
                .body("items[0].title", equalTo("objectif " + mark));
        me.as().get("/api/v1/me/notifications").then().body("items.kind", hasItem("MENTORSHIP_ACCEPTED"));
    }

    @Test
    void erasureClosesSessionsAndFreesTheAddress() {
        String lastName = "Bertrand-" + UUID.randomUUID().toString().substring(0, 8);
        Account me = accounts.member("Loïc", lastName);
        Account other = accounts.member();
        me.as()
                .body(Map.of("bio", "Une présentation personnelle", "tchapHandle", "@loic:agent.tchap.gouv.fr"))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);

        me.as().delete("/api/v1/me").then().statusCode(204);

        // The access token stops working at once, and so does the session.
        me.as().get("/api/v1/me").then().statusCode(401);
        anonymous()
                .body(Map.of("refreshToken", me.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
        anonymous()
                .body(Map.of("email", me.email(), "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        // Nobody finds the person any more.
        other.as()
                .queryParam("q", "Loïc " + lastName)
                .get("/api/v1/members")
                .then()
                .body("total", equalTo(0));
        other.as().get("/api/v1/members/" + me.id()).then().statusCode(404);
        // The address is free again.
        accounts.member("Loïc", lastName);
    }

    private static String pairing(UUID id) {
        return "mentorships.items.find { it.id == '" + id + "' }";
    }

    private static String inPairing(String section, UUID id) {
        return section + ".items.find { it.mentorshipId == '" + id + "' }";
    }

    /** Every text column of every table (search vectors and JSON included) where the needle appears, any case. */
    private List<String> columnsContaining(String needle) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> columns = em.createNativeQuery("""
                            SELECT c.table_name, c.column_name FROM information_schema.columns c
                              JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                             WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                               AND c.table_name <> 'flyway_schema_history'
                               AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'tsvector', 'ARRAY')
                             ORDER BY 1, 2""").getResultList();
            List<String> found = new ArrayList<>();
            for (Object[] column : columns) {
                String sql =
                        "SELECT count(*) FROM \"%s\" WHERE \"%s\"::text ILIKE :needle".formatted(column[0], column[1]);
                long hits = ((Number) em.createNativeQuery(sql)
                                .setParameter("needle", "%" + needle + "%")
                                .getSingleResult())
                        .longValue();
                if (hits > 0) {
                    found.add(column[0] + "." + column[1] + " (" + hits + ")");
                }
            }
            return found;
        });
    }

    /** Tables with a member_id column that still hold rows of this member. */
    private List<String> tablesWithRowsOf(UUID memberId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> tables = em.createNativeQuery("""
                            SELECT c.table_name FROM information_schema.columns c
                             WHERE c.table_schema = current_schema() AND c.column_name = 'member_id' ORDER BY 1""").getResultList();
            return tables.stream()
                    .filter(table -> ((Number) em.createNativeQuery("SELECT count(*) FROM \"%s\" WHERE member_id = :id"
                                                    .formatted(table))
                                            .setParameter("id", memberId)
                                            .getSingleResult())
                                    .longValue()
                            > 0)
                    .toList();
        });
    }
}
