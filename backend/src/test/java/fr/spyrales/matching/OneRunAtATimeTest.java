package fr.spyrales.matching;

import static fr.spyrales.matching.MatchingFixtures.RUNS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A run reads the whole cohort: one computes at a time, and a second start is told which one. */
@QuarkusTest
class OneRunAtATimeTest {
    @Inject
    MatchingFixtures fixtures;

    @Inject
    MentorshipFixtures mentorships;

    @Inject
    DataSource dataSource;

    /**
     * Holds every run's computation when it reads what the cohort wants to learn, until closed: a run started
     * meanwhile surely stays RUNNING, however small the cohort. Starting a run never reads that table.
     */
    private AutoCloseable holdComputations() throws SQLException {
        fixtures.awaitNoRunComputing();
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        connection.createStatement().execute("LOCK TABLE member_learning_skill IN ACCESS EXCLUSIVE MODE");
        return () -> {
            connection.rollback();
            connection.close();
        };
    }

    @Test
    void aStartWhileARunComputesIsRefusedWithThatRunsId() throws Exception {
        Account animateur = mentorships.animateur();
        Account another = mentorships.animateur();
        String first;
        try (AutoCloseable held = holdComputations()) {
            first = animateur
                    .as()
                    .body(Map.of())
                    .post(RUNS)
                    .then()
                    .statusCode(202)
                    .header("Location", containsString(RUNS + "/"))
                    .body("status", equalTo("RUNNING"))
                    .extract()
                    .path("id");
            another.as()
                    .body(Map.of("minimumScore", 20))
                    .post(RUNS)
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("status", equalTo(409))
                    .body(
                            "detail",
                            equalTo(
                                    "Un appariement est déjà en cours de calcul : attendez qu'il se termine avant d'en lancer un autre."))
                    .body("runningRunId", equalTo(first));
        }
        fixtures.awaitEnd(animateur, UUID.fromString(first));
        UUID next = fixtures.startRun(another, Map.of());
        assertTrue(!next.toString().equals(first), "once the run ended, the next one starts");
        fixtures.awaitEnd(another, next);
    }

    @Test
    void twoStartsRacingMakeOneRunAndTheOtherIsToldItsId() throws Exception {
        Account one = mentorships.animateur();
        Account other = mentorships.animateur();
        List<ExtractableResponse<Response>> answers = new ArrayList<>();
        try (AutoCloseable held = holdComputations()) {
            answers.addAll(Race.of(List.of(
                    () -> one.as().body(Map.of()).post(RUNS).then().extract(),
                    () -> other.as().body(Map.of()).post(RUNS).then().extract())));
        }
        answers.sort(Comparator.comparingInt(ExtractableResponse::statusCode));
        assertEquals(
                List.of(202, 409),
                answers.stream().map(ExtractableResponse::statusCode).toList());
        String started = answers.get(0).path("id");
        assertEquals(started, answers.get(1).path("runningRunId"));
        assertEquals("application/problem+json", answers.get(1).contentType());
        assertEquals(1, runsStartedBy(one) + runsStartedBy(other));
        fixtures.awaitEnd(one, UUID.fromString(started));
    }

    @Test
    void theDatabaseRefusesASecondComputingRunOnItsOwn() throws Exception {
        Account animateur = mentorships.animateur();
        fixtures.awaitNoRunComputing();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                insertRunningRun(connection, animateur.id());
                SQLException refused =
                        assertThrows(SQLException.class, () -> insertRunningRun(connection, animateur.id()));
                assertTrue(refused.getMessage().contains("matching_run_one_computing_key"), refused.getMessage());
            } finally {
                connection.rollback();
            }
        }
    }

    private static void insertRunningRun(Connection connection, UUID startedBy) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO matching_run (id, status, stage, started_by, candidates_per_mentee, minimum_score, weight_skill,
                    weight_language, weight_capacity, weight_other_ministry, weight_same_region)
                VALUES (?, 'RUNNING', 'LOADING', ?, 50, 0, 50, 15, 10, 15, 10)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, startedBy);
            insert.executeUpdate();
        }
    }

    private int runsStartedBy(Account animateur) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count =
                        connection.prepareStatement("SELECT count(*) FROM matching_run WHERE started_by = ?")) {
            count.setObject(1, animateur.id());
            try (var rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
