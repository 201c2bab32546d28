package fr.spyrales.common;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway empties a database only when its name says it is a test one (ending in {@code _test} or {@code _e2e}),
 * whatever the configuration asks (clean-at-start, clean-on-validation-error): a test profile pointed at the real
 * database by a stray environment variable must stop the start, not wipe the community. The name is read from
 * the connection Flyway is about to clean, just before it drops anything.
 */
@Singleton
public class CleanOnlyTestDatabases implements FlywayConfigurationCustomizer {
    private static final String[] TEST_SUFFIXES = {"_test", "_e2e"};

    @Override
    public void customize(FluentConfiguration configuration) {
        Callback[] existing = configuration.getCallbacks();
        Callback[] callbacks = Arrays.copyOf(existing, existing.length + 1);
        callbacks[existing.length] = new Guard(CleanOnlyTestDatabases::currentDatabase);
        configuration.callbacks(callbacks);
    }

    /** Why cleaning this database is refused, or null when its name marks it as a test database. */
    static String refusal(String databaseName) {
        if (databaseName != null && Arrays.stream(TEST_SUFFIXES).anyMatch(databaseName::endsWith)) {
            return null;
        }
        return "Refusing to clean the database '" + databaseName + "': Flyway clean (quarkus.flyway.clean-at-start or "
                + "clean-on-validation-error) only runs on a database whose name ends in _test or _e2e. Remove "
                + "QUARKUS_FLYWAY_CLEAN_AT_START / QUARKUS_FLYWAY_CLEAN_DISABLED from this environment, or point "
                + "QUARKUS_DATASOURCE_JDBC_URL at a test database.";
    }

    static String currentDatabase(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @FunctionalInterface
    interface DatabaseName {
        String of(Connection connection) throws SQLException;
    }

    /** The Flyway callback: runs before the clean, and fails it (so the start) on any other database. */
    static final class Guard implements Callback {
        private final DatabaseName databaseName;

        Guard(DatabaseName databaseName) {
            this.databaseName = databaseName;
        }

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_CLEAN;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            String refusal;
            try {
                refusal = refusal(databaseName.of(context.getConnection()));
            } catch (SQLException e) {
                throw new FlywayException("Refusing to clean: the name of the database could not be read.", e);
            }
            if (refusal != null) {
                throw new FlywayException(refusal);
            }
        }

        @Override
        public String getCallbackName() {
            return "clean-only-test-databases";
        }
    }
}
