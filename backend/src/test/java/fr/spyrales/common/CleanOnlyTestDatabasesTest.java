package fr.spyrales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Without the Quarkus application: the decision by name, then Flyway asked to clean. */
class CleanOnlyTestDatabasesTest {
    private static final String URL =
            System.getProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/spyrales_test");
    private static final String USER = System.getProperty("quarkus.datasource.username", "postgres");

    @ParameterizedTest
    @ValueSource(strings = {"spyrales_test", "spyrales_e2e", "spyrales_limits_test", "spyrales_limits_e2e"})
    void testDatabasesMayBeCleaned(String name) {
        assertNull(CleanOnlyTestDatabases.refusal(name));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "spyrales",
                "postgres",
                "spyrales_prod",
                "spyrales_test_copy",
                "spyrales_testing",
                "test",
                "spyrales_TEST",
                ""
            })
    void anyOtherDatabaseIsRefusedWithItsName(String name) {
        String refusal = CleanOnlyTestDatabases.refusal(name);
        assertNotNull(refusal);
        assertTrue(refusal.contains("'" + name + "'") && refusal.contains("_test or _e2e"), refusal);
    }

    @Test
    void anUnknownNameIsRefused() {
        assertNotNull(CleanOnlyTestDatabases.refusal(null));
    }

    /** Flyway itself, on a throw-away schema of the test database: a broken guard could only ever empty that schema. */
    @Nested
    class OnARealDatabase {
        private final String schema =
                "clean_guard_" + UUID.randomUUID().toString().substring(0, 8);

        @BeforeEach
        void probeSchemaWithAMarker() throws SQLException {
            try (Connection c = DriverManager.getConnection(URL, USER, "")) {
                c.createStatement().execute("CREATE SCHEMA " + schema);
                c.createStatement().execute("CREATE TABLE " + schema + ".marker (id int)");
            }
        }

        @AfterEach
        void dropProbe() throws SQLException {
            try (Connection c = DriverManager.getConnection(URL, USER, "")) {
                c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }

        @Test
        void flywayStopsBeforeDroppingAnythingWhenTheDatabaseIsNotATestOne() throws SQLException {
            FlywayException refused = assertThrows(
                    FlywayException.class,
                    () -> flyway(new CleanOnlyTestDatabases.Guard(connection -> "spyrales"))
                            .clean());
            assertTrue(
                    refused.getMessage().contains("Refusing to clean the database 'spyrales'"), refused.getMessage());
            assertTrue(markerExists(), "the marker table must survive a refused clean");
        }

        @Test
        void theRealNameOfTheTestDatabaseLetsFlywayClean() throws SQLException {
            try (Connection c = DriverManager.getConnection(URL, USER, "")) {
                String name = CleanOnlyTestDatabases.currentDatabase(c);
                assertEquals(URL.substring(URL.lastIndexOf('/') + 1).split("\\?")[0], name);
            }
            flyway(new CleanOnlyTestDatabases.Guard(CleanOnlyTestDatabases::currentDatabase))
                    .clean();
            assertFalse(markerExists(), "the clean went through on a _test database");
        }

        private Flyway flyway(CleanOnlyTestDatabases.Guard guard) {
            return Flyway.configure()
                    .dataSource(URL, USER, "")
                    .schemas(schema)
                    .createSchemas(false)
                    .cleanDisabled(false)
                    .callbacks(guard)
                    .load();
        }

        private boolean markerExists() throws SQLException {
            try (Connection c = DriverManager.getConnection(URL, USER, "");
                    var rs = c.createStatement()
                            .executeQuery("SELECT to_regclass('" + schema + ".marker') IS NOT NULL")) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
