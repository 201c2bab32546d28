package fr.spyrales.mentorship;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import fr.spyrales.support.DirectDatabase;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The database's own backstops for the pairing rules, proven without the service: rows are written
 * straight in SQL, on connections of the test's own, as a bug in the service (or a hand-made fix in
 * production) would write them. The service checks the same rules first; these must hold when it does not.
 */
@QuarkusTest
class MentorshipDatabaseRulesTest {
    private static final String CAPACITY = "mentorship_mentor_capacity";
    private static final String OPEN_PAIR = "mentorship_open_pair_key";
    private static final String ACTIVE_MENTEE = "mentorship_active_mentee_key";

    @Inject
    MentorshipFixtures fixtures;

    @Inject
    DirectDatabase database;

    private Connection connect() throws SQLException {
        return database.connect();
    }

    private UUID insert(Connection db, Account mentee, Account mentor, String status) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO mentorship (id, mentee_id, mentor_id, status, message)
                VALUES (?, ?, ?, ?, 'Écrit directement dans la base')""")) {
            insert.setObject(1, id);
            insert.setObject(2, mentee.id());
            insert.setObject(3, mentor.id());
            insert.setString(4, status);
            insert.executeUpdate();
        }
        return id;
    }

    private UUID insert(Account mentee, Account mentor, String status) throws SQLException {
        try (Connection db = connect()) {
            return insert(db, mentee, mentor, status);
        }
    }

    private void setStatus(UUID id, String status) throws SQLException {
        sql("UPDATE mentorship SET status = ? WHERE id = ?", status, id);
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        try (Connection db = connect();
                PreparedStatement update = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    private String statusOf(UUID id) throws SQLException {
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement("SELECT status FROM mentorship WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private long activeAsMentor(Account mentor) throws SQLException {
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement(
                        "SELECT count(*) FROM mentorship WHERE mentor_id = ? AND status IN ('ACCEPTED', 'PAUSED')")) {
            query.setObject(1, mentor.id());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The statement fails, and it is this constraint (or trigger naming it) that refused it. */
    private static void assertRefusedBy(String constraint, SqlAction action) {
        SQLException refusal =
                assertThrows(SQLException.class, action::run, "the database should refuse it (" + constraint + ")");
        assertRefusal(constraint, refusal);
    }

    private static void assertRefusal(String constraint, Throwable refusal) {
        if (!(refusal instanceof PSQLException psql) || psql.getServerErrorMessage() == null) {
            fail("not a refusal of PostgreSQL: " + refusal, refusal);
            return;
        }
        assertEquals(constraint, psql.getServerErrorMessage().getConstraint(), psql.getMessage());
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }

    @Test
    void theTriggerRefusesAPairingBeyondTheMentorsCapacity() throws SQLException {
        Account mentor = fixtures.mentor(2);
        Account first = fixtures.mentee();
        Account second = fixtures.mentee();
        Account third = fixtures.mentee();
        UUID running = insert(first, mentor, "ACCEPTED");
        insert(second, mentor, "PAUSED");

        // Both places are taken (a paused pairing keeps its place): a third pairing is refused, inserted or accepted.
        assertRefusedBy(CAPACITY, () -> insert(third, mentor, "ACCEPTED"));
        assertRefusedBy(CAPACITY, () -> insert(third, mentor, "PAUSED"));
        UUID waiting = insert(third, mentor, "PENDING");
        assertRefusedBy(CAPACITY, () -> setStatus(waiting, "ACCEPTED"));
        assertEquals("PENDING", statusOf(waiting));
        assertEquals(2, activeAsMentor(mentor));

        // Once a pairing ends, its place is free again.
        setStatus(running, "COMPLETED");
        setStatus(waiting, "ACCEPTED");
        assertEquals(2, activeAsMentor(mentor));
    }

    @Test
    void lowerCapacityStopsNewPairingsButNotThoseUnderWay() throws SQLException {
        Account mentor = fixtures.mentor(2);
        UUID paused = insert(fixtures.mentee(), mentor, "PAUSED");
        sql("UPDATE member SET mentor_capacity = 0 WHERE id = ?", mentor.id());

        setStatus(paused, "ACCEPTED");
        assertEquals("ACCEPTED", statusOf(paused), "a paused pairing can always resume");
        assertRefusedBy(CAPACITY, () -> insert(fixtures.mentee(), mentor, "ACCEPTED"));
    }

    /**
     * Two transactions take a mentor's last place at once. The first holds its new pairing uncommitted
     * while the second tries: the trigger's lock on the mentor's row makes the second wait, then count the
     * first's pairing and give up. Without the lock, each would count the places free and both would pass.
     */
    @Test
    void twoTransactionsTakingTheLastPlaceAtOnceLeaveOnePairing() throws Exception {
        Account mentor = fixtures.mentor(1);
        Account first = fixtures.mentee();
        Account second = fixtures.mentee();
        try (Connection holder = connect()) {
            holder.setAutoCommit(false);
            insert(holder, first, mentor, "ACCEPTED");

            CompletableFuture<UUID> contender = CompletableFuture.supplyAsync(() -> {
                try {
                    return insert(second, mentor, "ACCEPTED");
                } catch (SQLException e) {
                    throw new RuntimeException(e);
                }
            });
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> contender.isDone() || waitingOnALock("INSERT INTO mentorship "));
            holder.commit();

            ExecutionException refused = assertThrows(
                    ExecutionException.class,
                    () -> contender.get(30, TimeUnit.SECONDS),
                    "the second transaction took the place the first one holds");
            assertRefusal(CAPACITY, refused.getCause().getCause());
        }
        assertEquals(1, activeAsMentor(mentor));
    }

    /**
     * The date of a pairing's latest session is kept on the pairing by a trigger (V52, the console's stalled
     * pairings read it). Two sessions written at once: the later date is written first and held uncommitted, the
     * earlier one waits for the pairing's row, then reads the first's session: the later date stays. Without the
     * lock, the second would compute the latest date without the first's session and write its own, earlier, date.
     */
    @Test
    void twoSessionsWrittenAtOnceLeaveTheLatestDateOnThePairing() throws Exception {
        UUID pairing = insert(fixtures.mentee(), fixtures.mentor(1), "ACCEPTED");
        try (Connection holder = connect()) {
            holder.setAutoCommit(false);
            insertSession(holder, pairing, "2026-03-10");
            CompletableFuture<Void> contender = CompletableFuture.runAsync(() -> {
                try (Connection db = connect()) {
                    insertSession(db, pairing, "2026-02-01");
                } catch (SQLException e) {
                    throw new RuntimeException(e);
                }
            });
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> contender.isDone() || waitingOnALock("INSERT INTO mentorship_session"));
            holder.commit();
            contender.get(30, TimeUnit.SECONDS);
        }
        assertEquals("2026-03-10", lastSessionOn(pairing));

        sql(
                "UPDATE mentorship_session SET held_on = '2026-01-15' WHERE mentorship_id = ? AND held_on = '2026-03-10'",
                pairing);
        assertEquals("2026-02-01", lastSessionOn(pairing), "a session moved earlier: the next latest counts");
        sql("DELETE FROM mentorship_session WHERE mentorship_id = ? AND held_on = '2026-02-01'", pairing);
        assertEquals("2026-01-15", lastSessionOn(pairing));
        sql("DELETE FROM mentorship_session WHERE mentorship_id = ?", pairing);
        assertEquals(null, lastSessionOn(pairing), "no session left");
    }

    private static void insertSession(Connection db, UUID pairing, String heldOn) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO mentorship_session (id, mentorship_id, held_on, duration_minutes, topics)
                VALUES (?, ?, CAST(? AS date), 60, 'Écrit directement dans la base')""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, pairing);
            insert.setString(3, heldOn);
            insert.executeUpdate();
        }
    }

    private String lastSessionOn(UUID pairing) throws SQLException {
        try (Connection db = connect();
                PreparedStatement query =
                        db.prepareStatement("SELECT CAST(last_session_on AS text) FROM mentorship WHERE id = ?")) {
            query.setObject(1, pairing);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** Whether a statement starting so, in this test's database, waits for a lock another transaction holds. */
    private boolean waitingOnALock(String statement) throws SQLException {
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement("""
                SELECT count(*) FROM pg_stat_activity
                 WHERE datname = current_database() AND wait_event_type = 'Lock' AND strpos(query, ?) > 0""")) {
            query.setString(1, statement);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    @Test
    void twoMembersHaveAtMostOneOpenRequestOrPairingBetweenThem() throws SQLException {
        Account mentor = fixtures.mentor(2);
        Account mentee = fixtures.mentee();
        UUID pending = insert(mentee, mentor, "PENDING");
        assertRefusedBy(OPEN_PAIR, () -> insert(mentee, mentor, "PENDING"));
        assertRefusedBy(OPEN_PAIR, () -> insert(mentee, mentor, "ACCEPTED"));

        // Closed ones do not count: a declined request, then a new one, is the normal life of a pair.
        setStatus(pending, "DECLINED");
        insert(mentee, mentor, "DECLINED");
        insert(mentee, mentor, "PENDING");
    }

    @Test
    void aMenteeHasAtMostOnePairingUnderWay() throws SQLException {
        Account mentee = fixtures.mentee();
        Account firstMentor = fixtures.mentor(2);
        Account secondMentor = fixtures.mentor(2);
        insert(mentee, firstMentor, "ACCEPTED");
        assertRefusedBy(ACTIVE_MENTEE, () -> insert(mentee, secondMentor, "PAUSED"));

        UUID request = insert(mentee, secondMentor, "PENDING");
        assertRefusedBy(ACTIVE_MENTEE, () -> setStatus(request, "ACCEPTED"));
        assertEquals("PENDING", statusOf(request));
    }
}
