package fr.spyrales.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Plain JDBC connections to the tests' database, outside the app's pool: to write around the services or cut the app off. */
@ApplicationScoped
public class DirectDatabase {
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    public String url() {
        return url;
    }

    public Connection connect() throws SQLException {
        return connect(url);
    }

    /** A connection to another database of the same server (e.g. its maintenance database). */
    public Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password.orElse(""));
    }
}
