package fr.spyrales.training.path;

import static fr.spyrales.training.path.PathFixtures.PATHS;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.spyrales.support.DirectDatabase;
import fr.spyrales.support.TestAccounts.Account;
import fr.spyrales.training.path.PathFixtures.Built;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The database's own backstops for the path rules, proven without the service: rows written straight in SQL, as a
 * bug in the service or a hand-made fix would write them.
 */
@QuarkusTest
class PathDatabaseRulesTest {
    @Inject
    PathFixtures fixtures;

    @Inject
    DirectDatabase database;

    @Test
    void twoStepsCannotShareAPositionOnceTheTransactionCommits() throws SQLException {
        Built built = fixtures.draftWithSteps(2, Map.of());
        UUID resource = fixtures.publishedResource(fixtures.animateur(), "En double " + UUID.randomUUID());
        try (Connection db = database.connect()) {
            assertEquals("learning_path_step_position_key", violated(() -> insertStep(db, built.path(), resource, 2)));
            // Within one transaction the numbering may be broken for a moment, as a move does, if it is whole at the
            // end.
            db.setAutoCommit(false);
            shift(db, built.path(), 1);
            insertStep(db, built.path(), resource, 1);
            db.commit();
        }
        assertEquals(3, fixtures.order(built.author(), built.path()).size());
    }

    @Test
    void aResourceIsOncePerPath() throws SQLException {
        Built built = fixtures.draftWithSteps(1, Map.of());
        try (Connection db = database.connect()) {
            assertEquals(
                    "learning_path_step_resource_key",
                    violated(
                            () -> insertStep(db, built.path(), built.resources().get(0), 2)));
        }
    }

    @Test
    void aPathHoldsFiftyStepsAtMost() throws SQLException {
        Built built = fixtures.draftWithSteps(PathSteps.MAX_STEPS, Map.of());
        Account animateur = fixtures.animateur();
        UUID oneMore = fixtures.publishedResource(animateur, "La cinquante et unième " + UUID.randomUUID());
        built.author()
                .as()
                .body(Map.of("resourceId", oneMore))
                .post(PATHS + "/" + built.path() + "/steps")
                .then()
                .statusCode(409)
                .body("detail", containsString("au plus 50 étapes"));
        try (Connection db = database.connect()) {
            // The trigger counts the steps under the path's lock and refuses before any position is checked.
            assertEquals("learning_path_step_ceiling", violated(() -> insertStep(db, built.path(), oneMore, 50)));
        }
    }

    @Test
    void aDraftAlwaysHasItsAuthor() throws SQLException {
        Built built = fixtures.draftWithSteps(0, Map.of());
        try (Connection db = database.connect();
                PreparedStatement update =
                        db.prepareStatement("UPDATE learning_path SET author_id = NULL WHERE id = ?")) {
            update.setObject(1, built.path());
            assertEquals("learning_path_draft_has_author", violated(update::executeUpdate));
        }
    }

    private interface Write {
        void run() throws SQLException;
    }

    private static String violated(Write write) {
        PSQLException failure = assertThrows(PSQLException.class, write::run);
        return failure.getServerErrorMessage().getConstraint();
    }

    private static void insertStep(Connection db, UUID path, UUID resource, int position) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO learning_path_step (id, path_id, resource_id, position) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, path);
            insert.setObject(3, resource);
            insert.setInt(4, position);
            insert.executeUpdate();
        }
    }

    /** Moves every step of the path down by this many places. */
    private static void shift(Connection db, UUID path, int by) throws SQLException {
        try (PreparedStatement update =
                db.prepareStatement("UPDATE learning_path_step SET position = position + ? WHERE path_id = ?")) {
            update.setInt(1, by);
            update.setObject(2, path);
            update.executeUpdate();
        }
    }
}
