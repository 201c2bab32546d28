package fr.spyrales.training.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.support.DirectDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * The database's own backstops for the library's rules, proven without the service: rows written straight in SQL,
 * as a bug in the service or a hand-made fix would write them.
 */
@QuarkusTest
class LibraryDatabaseRulesTest {
    @Inject
    LibraryFixtures fixtures;

    @Inject
    DirectDatabase database;

    @Test
    void oneLiveResourcePerNormalisedAddressButARejectedOneFreesIt() throws SQLException {
        String normalized = "https://regles.example.fr/" + UUID.randomUUID();
        try (Connection db = database.connect()) {
            insert(db, normalized, "REJECTED");
            insert(db, normalized, "PROPOSED");
            assertEquals("training_resource_url_key", violated(() -> insert(db, normalized, "PUBLISHED")));
            insert(db, normalized, "REJECTED");
        }
    }

    @Test
    void ratingsStayBetweenOneAndFiveAndTheSumWithinItsCount() throws SQLException {
        UUID resource = fixtures.published(Map.of());
        UUID member = fixtures.member("Léa").id();
        try (Connection db = database.connect()) {
            assertEquals("training_resource_rating_stars_check", violated(() -> {
                try (PreparedStatement rate = db.prepareStatement(
                        "INSERT INTO training_resource_rating (resource_id, member_id, stars) VALUES (?, ?, 6)")) {
                    rate.setObject(1, resource);
                    rate.setObject(2, member);
                    rate.executeUpdate();
                }
            }));
            assertEquals("training_resource_rating_bounds", violated(() -> {
                try (PreparedStatement sum = db.prepareStatement(
                        "UPDATE training_resource SET rating_sum = 6, rating_count = 1 WHERE id = ?")) {
                    sum.setObject(1, resource);
                    sum.executeUpdate();
                }
            }));
            assertEquals("training_resource_topics_check", violated(() -> {
                try (PreparedStatement topics =
                        db.prepareStatement("UPDATE training_resource SET topics = '{}' WHERE id = ?")) {
                    topics.setObject(1, resource);
                    topics.executeUpdate();
                }
            }));
        }
    }

    @Test
    void theSearchCopyFollowsEveryWriteAndItsFacetCellAgreesWithItsValues() throws SQLException {
        UUID resource = fixtures.published(Map.of("type", "COURSE", "topics", List.of("git")));
        try (Connection db = database.connect()) {
            update(db, "UPDATE training_resource SET type = 'BOOK', topics = '{sql}' WHERE id = ?", resource);
            try (PreparedStatement read = db.prepareStatement("SELECT s.type, c.type, s.topic_bits = (SELECT 1::bigint"
                    + " << search_bit FROM skill WHERE code = 'sql') FROM training_resource_search s"
                    + " JOIN training_resource_facet_cell c ON c.id = s.facet_cell WHERE s.id = ?")) {
                read.setObject(1, resource);
                try (ResultSet row = read.executeQuery()) {
                    assertTrue(row.next());
                    assertEquals(
                            List.of("BOOK", "BOOK", true),
                            List.of(row.getString(1), row.getString(2), row.getBoolean(3)));
                }
            }
            assertEquals(
                    "training_resource_search_facet_cell_fkey",
                    violated(() -> update(
                            db,
                            "UPDATE training_resource_search SET facet_cell = (SELECT id FROM"
                                    + " training_resource_facet_cell WHERE type = 'TOOL' LIMIT 1) WHERE id = ?",
                            resource)));
            update(db, "UPDATE training_resource SET status = 'WITHDRAWN' WHERE id = ?", resource);
            try (PreparedStatement read =
                    db.prepareStatement("SELECT count(*) FROM training_resource_search WHERE id = ?")) {
                read.setObject(1, resource);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    assertEquals(0, row.getInt(1));
                }
            }
        }
    }

    private static void update(Connection db, String sql, UUID resource) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            update.setObject(1, resource);
            update.executeUpdate();
        }
    }

    private static void insert(Connection db, String normalized, String status) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO training_resource (id, title, url,"
                + " normalized_url, type, programming_language, level, topics, content_language, free, status,"
                + " published_at) VALUES (?, 'Règles', ?, ?, 'COURSE', 'R', 'BEGINNER', '{r}', 'FR', true, ?,"
                + " CASE WHEN ? = 'PUBLISHED' THEN now() END)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, normalized);
            insert.setString(3, normalized);
            insert.setString(4, status);
            insert.setString(5, status);
            insert.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws SQLException;
    }

    private static String violated(Write write) {
        PSQLException failure = assertThrows(PSQLException.class, write::run);
        return failure.getServerErrorMessage().getConstraint();
    }
}
