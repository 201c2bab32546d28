package fr.spyrales.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.matching.engine.MatchingWeights;
import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The suggestions read the mentor pool from `matching_mentor`, one row per mentor kept by V46's triggers: after every
 * change a mentor's row depends on, through the API as members make them, the row must be what the tables say
 * (`matching_mentor_source`), and a mentor who leaves the pool or fills their places must be out of the suggestions at
 * once. Two transactions changing one mentor at the same time must leave the row right too.
 */
@QuarkusTest
class MatchingMentorTest {
    private static final String ME = "/api/v1/me";
    private static final String MENTORSHIPS = "/api/v1/mentorships/";

    @Inject
    MatchingFixtures fixtures;

    @Inject
    MentorshipFixtures mentorships;

    @Inject
    MatchingPoolLoader loader;

    @Inject
    DataSource dataSource;

    private String name;
    private Account mentee;

    @BeforeEach
    void aMenteeWhoWantsPython() {
        name = MatchingFixtures.uniqueName("Vivier");
        mentee = fixtures.mentee(name, "INSEE", "OCC", Map.of("python", 1), Set.of("python"));
    }

    @AfterEach
    void takeThisTestsMembersOutOfTheCohort() {
        fixtures.leaveCohort(name);
    }

    @Test
    void theRowFollowsEveryChangeOfTheProfile() {
        Account mentor = fixtures.mentor("Inès", name, "INSEE", "BRE", 2, Map.of("python", 3));
        assertInPool(mentor, true);

        patch(mentor, Map.of("skills", List.of(Map.of("code", "python", "level", 4), Map.of("code", "r", "level", 2))));
        assertEquals("{\"r\": 2, \"python\": 4}", row(mentor.id()).get("levels"));
        patch(mentor, Map.of("skills", List.of(Map.of("code", "python", "level", 2))));
        assertEquals("{\"python\": 2}", row(mentor.id()).get("levels"));
        assertSuggested(mentor, true);
        patch(mentor, Map.of("skills", List.of(Map.of("code", "sql", "level", 4))));
        assertEquals("{\"sql\": 4}", row(mentor.id()).get("levels"));
        assertSuggested(mentor, false); // above the mentee on no wanted skill any more
        patch(mentor, Map.of("skills", List.of(Map.of("code", "python", "level", 3))));

        patch(mentor, Map.of("mentorCapacity", 4));
        assertEquals("4", row(mentor.id()).get("capacity"));
        patch(mentor, Map.of("mentorCapacity", 0));
        assertInPool(mentor, false);
        patch(mentor, Map.of("mentorCapacity", 1));
        assertInPool(mentor, true);

        patch(mentor, Map.of("canMentor", false));
        assertInPool(mentor, false);
        patch(mentor, Map.of("canMentor", true));
        assertInPool(mentor, true);

        patch(mentor, Map.of("visibility", "PRIVATE"));
        assertInPool(mentor, false);
        patch(mentor, Map.of("visibility", "COMMUNITY"));
        assertInPool(mentor, true);

        patch(mentor, Map.of("region", "IDF", "organizationId", organization("MJ")));
        assertEquals("IDF", row(mentor.id()).get("region_code"));
        assertEquals(organization("MJ"), row(mentor.id()).get("organization_id"));

        patch(mentor, Map.of("displayName", "Inès Zénith"));
        assertEquals("inès zénith", row(mentor.id()).get("sort_name")); // the console's candidates sort on it

        sql("UPDATE member SET email_verified_at = NULL WHERE id = ?", mentor.id());
        assertInPool(mentor, false);
        sql("UPDATE member SET email_verified_at = now() WHERE id = ?", mentor.id());
        assertInPool(mentor, true);
    }

    @Test
    void placesTakenFollowThePairings() {
        Account mentor = fixtures.mentor("Hugo", name, "MJ", "BRE", 1, Map.of("python", 3));
        Account other = mentorships.mentee();
        UUID request = mentorships.request(other, mentor);
        assertEquals("0", row(mentor.id()).get("taken")); // a request takes no place
        assertSuggested(mentor, true);

        mentor.as().post(MENTORSHIPS + request + "/accept").then().statusCode(200);
        assertEquals("1", row(mentor.id()).get("taken"));
        assertSuggested(mentor, false); // their one place is taken

        other.as().body("{}").post(MENTORSHIPS + request + "/pause").then().statusCode(200);
        assertEquals("1", row(mentor.id()).get("taken")); // a paused pairing keeps its place
        other.as().body("{}").post(MENTORSHIPS + request + "/resume").then().statusCode(200);
        assertEquals("1", row(mentor.id()).get("taken"));
        patch(mentor, Map.of("mentorCapacity", 2));
        assertSuggested(mentor, true);
        patch(mentor, Map.of("mentorCapacity", 1));
        assertSuggested(mentor, false);

        other.as().body("{}").post(MENTORSHIPS + request + "/complete").then().statusCode(200);
        assertEquals("0", row(mentor.id()).get("taken"));
        assertSuggested(mentor, true);

        UUID second = mentorships.request(mentorships.mentee(), mentor);
        mentor.as().post(MENTORSHIPS + second + "/accept").then().statusCode(200);
        assertEquals("1", row(mentor.id()).get("taken"));
        mentor.as()
                .body(Map.of("reason", "Changement de poste"))
                .post(MENTORSHIPS + second + "/cancel")
                .then()
                .statusCode(200);
        assertEquals("0", row(mentor.id()).get("taken"));
        assertInPool(mentor, true);
    }

    @Test
    void erasedOrDeletedMembersLeaveThePool() {
        Account erased = fixtures.mentor("Zoé", name, "INSEE", "BRE", 2, Map.of("python", 3));
        assertInPool(erased, true);
        erased.as().delete(ME).then().statusCode(204);
        assertInPool(erased, false);
        assertSuggested(erased, false);

        Account deleted = fixtures.mentor("Yann", name, "INSEE", "BRE", 2, Map.of("python", 3));
        assertInPool(deleted, true);
        sql("DELETE FROM member WHERE id = ?", deleted.id());
        assertNull(row(deleted.id()));
    }

    @Test
    void aSuspendedMemberIsNeitherSuggestedNorInABatchRunUntilReinstated() {
        Account mentor = fixtures.mentor("Sacha", name, "INSEE", "BRE", 2, Map.of("python", 3));
        Account suspendedMentee = fixtures.mentee(name, "INSEE", "OCC", Map.of("python", 1), Set.of("python"));
        Account admin = mentorships.admin();
        assertInPool(mentor, true);
        assertInRun(mentor, suspendedMentee, true);

        suspend(admin, mentor);
        suspend(admin, suspendedMentee);
        assertInPool(mentor, false);
        assertSuggested(mentor, false);
        assertInRun(mentor, suspendedMentee, false);

        reinstate(admin, mentor);
        reinstate(admin, suspendedMentee);
        assertInPool(mentor, true);
        assertSuggested(mentor, true);
        assertInRun(mentor, suspendedMentee, true);
    }

    @Test
    void aMentorWhoStartsMentoringWhileTheirPairingEndsHasTheRightPlaces() throws Exception {
        Account mentor = fixtures.mentor("Lina", name, "INSEE", "BRE", 2, Map.of("python", 3));
        UUID request = mentorships.request(mentorships.mentee(), mentor);
        mentor.as().post(MENTORSHIPS + request + "/accept").then().statusCode(200);
        patch(mentor, Map.of("canMentor", false));
        assertInPool(mentor, false);

        // The mentor comes back into the pool while, in another transaction, their pairing ends: the row is written
        // by the first with the pairing still active, and must be rewritten by the second.
        try (Connection first = transaction();
                Connection second = transaction()) {
            update(first, "UPDATE member SET can_mentor = true WHERE id = ?", mentor.id());
            CompletableFuture<Void> ending = CompletableFuture.runAsync(() -> {
                update(second, "UPDATE mentorship SET status = 'COMPLETED', ended_at = now() WHERE id = ?", request);
                commit(second);
            });
            Thread.sleep(300);
            assertFalse(ending.isDone(), "the pairing's end waits for the mentor's row");
            first.commit();
            ending.get(10, TimeUnit.SECONDS);
        }
        assertEquals("0", row(mentor.id()).get("taken"));
        assertInPool(mentor, true);
    }

    @Test
    void twoSkillChangesAtOnceAreBothInTheRow() throws Exception {
        Account mentor = fixtures.mentor("Marc", name, "INSEE", "BRE", 2, Map.of("python", 3));
        try (Connection first = transaction();
                Connection second = transaction()) {
            update(first, "INSERT INTO member_skill (member_id, skill_code, level) VALUES (?, 'sql', 2)", mentor.id());
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                update(
                        second,
                        "UPDATE member_skill SET level = 4 WHERE member_id = ? AND skill_code = 'python'",
                        mentor.id());
                commit(second);
            });
            Thread.sleep(300);
            first.commit();
            other.get(10, TimeUnit.SECONDS);
        }
        assertEquals("{\"sql\": 2, \"python\": 4}", row(mentor.id()).get("levels"));
        assertInPool(mentor, true);
    }

    @Test
    void everyRowOfTheTableIsWhatTheTablesSay() {
        // Whatever the tests that ran before in this database did (profiles, pairings, runs, erasures), no row differs.
        assertEquals(List.of(), strings("""
                        (SELECT to_jsonb(p)::text FROM matching_mentor p EXCEPT SELECT to_jsonb(s)::text FROM matching_mentor_source s)
                        UNION ALL
                        (SELECT to_jsonb(s)::text FROM matching_mentor_source s EXCEPT SELECT to_jsonb(p)::text FROM matching_mentor p)
                        """));
    }

    private void assertInPool(Account mentor, boolean expected) {
        Map<String, String> row = row(mentor.id());
        assertEquals(expected, row != null, "in the pool: " + row);
        if (expected) {
            assertEquals(
                    strings("SELECT to_jsonb(s)::text FROM matching_mentor_source s WHERE member_id = '" + mentor.id()
                            + "'"),
                    strings("SELECT to_jsonb(p)::text FROM matching_mentor p WHERE member_id = '" + mentor.id() + "'"));
        }
    }

    /** Whether a batch run would read this mentor and this mentee. */
    private void assertInRun(Account mentor, Account someMentee, boolean expected) {
        LoadedPool cohort = loader.cohort();
        assertEquals(expected, Arrays.asList(cohort.mentorIds()).contains(mentor.id()), "mentor in the run");
        assertEquals(expected, Arrays.asList(cohort.menteeIds()).contains(someMentee.id()), "mentee in the run");
    }

    private static void suspend(Account admin, Account member) {
        decide(admin, member, "suspend", "Messages hors charte");
    }

    private static void reinstate(Account admin, Account member) {
        decide(admin, member, "reinstate", "Échange avec l'agent");
    }

    /** An admin's decision on an account, from the animation console. */
    private static void decide(Account admin, Account member, String decision, String reason) {
        admin.as()
                .body(Map.of("reason", reason))
                .post("/api/v1/animation/members/" + member.id() + "/" + decision)
                .then()
                .statusCode(200);
    }

    /** Whether the mentee's suggestions, with every mentor kept, name this mentor. */
    private void assertSuggested(Account mentor, boolean expected) {
        MatchingPoolLoader.MentorShortlist all =
                loader.forMentee(mentee.id(), MatchingWeights.DEFAULT, Integer.MAX_VALUE);
        assertEquals(
                expected, Arrays.asList(all.loaded().mentorIds()).contains(mentor.id()), "suggested: " + mentor.id());
        mentee.as().get("/api/v1/matching/suggestions?limit=10").then().statusCode(200);
    }

    private static void patch(Account member, Map<String, Object> fields) {
        member.as().body(fields).patch(ME).then().statusCode(200);
    }

    /** The member's row as text by column, or null when the member is not in the pool. */
    private Map<String, String> row(UUID member) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT capacity::text, taken::text, organization_id::text, region_code, levels::text,"
                                + " sort_name FROM matching_mentor WHERE member_id = ?")) {
            ps.setObject(1, member);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, String> row = new java.util.HashMap<>();
                for (String column :
                        List.of("capacity", "taken", "organization_id", "region_code", "levels", "sort_name")) {
                    row.put(column, rs.getString(column));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> strings(String query) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(query);
                ResultSet rs = ps.executeQuery()) {
            List<String> values = new java.util.ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String organization(String acronym) {
        List<String> ids = strings("SELECT id::text FROM organization WHERE acronym = '" + acronym + "'");
        assertNotNull(ids);
        assertTrue(ids.size() == 1, acronym);
        return ids.get(0);
    }

    private void sql(String statement, UUID id) {
        try (Connection c = dataSource.getConnection()) {
            update(c, statement, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection transaction() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        return c;
    }

    private static void update(Connection c, String statement, UUID id) {
        try (PreparedStatement ps = c.prepareStatement(statement)) {
            ps.setObject(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void commit(Connection c) {
        try {
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
