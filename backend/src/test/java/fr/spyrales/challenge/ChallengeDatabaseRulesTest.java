package fr.spyrales.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.spyrales.challenge.ChallengeFixtures.Pool;
import fr.spyrales.support.DirectDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The database's own backstops for the challenge rules, proven without the service: rows written straight in SQL,
 * as a bug in the service or a hand-made fix would write them.
 */
@QuarkusTest
class ChallengeDatabaseRulesTest {
    @Inject
    ChallengeFixtures fixtures;

    @Inject
    DirectDatabase database;

    @Test
    void anEntryIsWrittenOnlyWhileItsChallengeIsOpenAndOncePerMember() throws SQLException {
        Pool pool = fixtures.pool(1);
        UUID author = pool.entrants().get(0).id();
        try (Connection db = database.connect()) {
            assertEquals("challenge_entry_one_per_member", violated(() -> insertEntry(db, pool.challenge(), author)));
            fixtures.close(pool.challenge());
            assertEquals(
                    "challenge_entry_window",
                    violated(() -> insertEntry(
                            db, pool.challenge(), fixtures.member("Léa").id())));
            assertEquals("challenge_entry_window", violated(() -> {
                try (PreparedStatement update =
                        db.prepareStatement("UPDATE challenge_entry SET text = 'Corrigé après coup.' WHERE id = ?")) {
                    update.setObject(1, pool.entries().get(0));
                    update.executeUpdate();
                }
            }));
            UUID upcoming = fixtures.upcoming(pool.animateur());
            assertEquals(
                    "challenge_entry_window",
                    violated(() ->
                            insertEntry(db, upcoming, fixtures.member("Léa").id())));
        }
    }

    @Test
    void kudosComeAfterTheClosingAndNeverFromTheAuthor() throws SQLException {
        Pool pool = fixtures.pool(1);
        UUID entry = pool.entries().get(0);
        try (Connection db = database.connect()) {
            assertEquals(
                    "challenge_kudos_after_closing",
                    violated(() -> kudos(db, entry, fixtures.member("Léa").id())));
            fixtures.close(pool.challenge());
            assertEquals(
                    "challenge_kudos_not_own_entry",
                    violated(() -> kudos(db, entry, pool.entrants().get(0).id())));
            UUID lea = fixtures.member("Léa").id();
            kudos(db, entry, lea);
            assertEquals("challenge_kudos_pkey", violated(() -> kudos(db, entry, lea)));
        }
    }

    @Test
    void aChallengeClosesAfterItOpens() throws SQLException {
        UUID challenge = fixtures.open(fixtures.animateur());
        try (Connection db = database.connect()) {
            assertEquals("challenge_closes_after_opening", violated(() -> {
                try (PreparedStatement update =
                        db.prepareStatement("UPDATE challenge SET closes_at = opens_at WHERE id = ?")) {
                    update.setObject(1, challenge);
                    update.executeUpdate();
                }
            }));
        }
    }

    private interface Write {
        void run() throws SQLException;
    }

    private static String violated(Write write) {
        PSQLException failure = assertThrows(PSQLException.class, write::run);
        return failure.getServerErrorMessage().getConstraint();
    }

    private static void insertEntry(Connection db, UUID challenge, UUID member) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO challenge_entry (id, challenge_id, member_id,"
                + " text, language) VALUES (gen_random_uuid(), ?, ?, 'Ma réponse.', 'R')")) {
            insert.setObject(1, challenge);
            insert.setObject(2, member);
            insert.executeUpdate();
        }
    }

    private static void kudos(Connection db, UUID entry, UUID member) throws SQLException {
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO challenge_kudos (entry_id, member_id) VALUES (?, ?)")) {
            insert.setObject(1, entry);
            insert.setObject(2, member);
            insert.executeUpdate();
        }
    }
}
