package fr.spyrales.common;

import static fr.spyrales.support.TestAccounts.PASSWORD;
import static fr.spyrales.support.TestAccounts.anonymous;
import static fr.spyrales.support.TestAccounts.newEmail;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.support.DirectDatabase;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The database drops the app's connections, or stops answering for a while, as in a restart or a failover:
 * the app says so on /q/health/ready, serves again by itself within seconds, and loses no write it acknowledged.
 * The operator's side is a plain JDBC connection, outside the app's pool.
 */
@QuarkusTest
class DatabaseOutageTest {
    private static final Duration RECOVERY = Duration.ofSeconds(15);

    @Inject
    TestAccounts accounts;

    @Inject
    DirectDatabase database;

    /** A registration the app was asked for, and its answer. */
    record Write(String email, int status) {}

    @Test
    void connectionsCutUnderTheAppAreReplacedWithoutFailingARequest() throws SQLException {
        Account me = accounts.quickMember("Coupure", "Réseau", m -> {});
        me.as().get("/api/v1/me").then().statusCode(200);

        int cut;
        try (Connection operator = database.connect();
                Statement sql = operator.createStatement();
                ResultSet rs = sql.executeQuery("""
                        SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                         WHERE datname = current_database() AND pid <> pg_backend_pid()""")) {
            rs.next();
            cut = rs.getInt(1);
        }
        assertTrue(cut >= 1, "the app's pooled connections were cut");

        // Each connection is checked as it leaves the pool: not even the first request after the cut fails.
        for (int i = 0; i < 5; i++) {
            String bio = "Toujours là après la coupure n°" + i;
            me.as().get("/api/v1/me").then().statusCode(200);
            me.as().body(Map.of("bio", bio)).patch("/api/v1/me").then().statusCode(200);
            me.as().get("/api/v1/me").then().statusCode(200).body("bio", equalTo(bio));
        }
        // Readiness checks a pooled connection as it is: it may report a dead one once, then recovers.
        await("readiness is up again").atMost(RECOVERY).until(() -> readiness().statusCode() == 200);
    }

    @Test
    void anOutageIsReportedThenSurvivedWithoutLosingAnAcknowledgedWrite() throws Exception {
        List<Write> writes = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writing = writer.submit(() -> {
            while (!stop.get()) {
                String email = newEmail();
                int status = anonymous()
                        .body(Map.of("email", email, "password", PASSWORD, "firstName", "Ines", "lastName", "Tenace"))
                        .post("/api/v1/auth/register")
                        .statusCode();
                writes.add(new Write(email, status));
            }
            return null;
        });
        String databaseName = URI.create(database.url().substring("jdbc:".length()))
                .getPath()
                .substring(1)
                .replaceAll("\\?.*", "");
        try (Connection operator = database.connect(maintenanceUrl())) {
            try {
                await("writes before the outage").atMost(RECOVERY).until(() -> acknowledged(writes) >= 3);

                refuseConnections(operator, databaseName, true);
                await("readiness reports the outage")
                        .atMost(RECOVERY)
                        .until(() -> readiness().statusCode() == 503);
                Response down = readiness();
                assertEquals("DOWN", down.path("status"), down.asString());
                int failuresBefore = failed(writes);
                await("requests fail during the outage rather than hang")
                        .atMost(RECOVERY)
                        .until(() -> failed(writes) > failuresBefore);
            } finally {
                refuseConnections(operator, databaseName, false);
            }
            await("readiness reports the recovery")
                    .atMost(RECOVERY)
                    .until(() -> readiness().statusCode() == 200);
            int acknowledgedAtRecovery = acknowledged(writes);
            await("writes succeed again")
                    .atMost(RECOVERY)
                    .until(() -> acknowledged(writes) >= acknowledgedAtRecovery + 3);
        } finally {
            stop.set(true);
            writing.get(60, TimeUnit.SECONDS);
            writer.shutdownNow();
        }

        List<String> acknowledged =
                writes.stream().filter(w -> w.status() == 202).map(Write::email).toList();
        try (Connection operator = database.connect()) {
            for (Write write : writes) {
                long members = count(operator, "SELECT count(*) FROM member WHERE email = ?", write.email());
                long mails = count(operator, "SELECT count(*) FROM mail_outbox WHERE recipient = ?", write.email());
                if (acknowledged.contains(write.email())) {
                    assertEquals(1, members, "acknowledged, so kept: " + write);
                }
                assertEquals(members, mails, "the account and its confirmation mail are written together: " + write);
            }
        }
        assertTrue(
                writes.stream().allMatch(w -> w.status() == 202 || w.status() >= 500),
                "refusals are server errors: " + writes);
    }

    private static Response readiness() {
        return given().get("/q/health/ready");
    }

    private static int acknowledged(List<Write> writes) {
        return (int) writes.stream().filter(w -> w.status() == 202).count();
    }

    private static int failed(List<Write> writes) {
        return (int) writes.stream().filter(w -> w.status() != 202).count();
    }

    /** Like a database that goes down: nobody may connect, and the app's connections are cut. */
    private static void refuseConnections(Connection operator, String database, boolean refuse) throws SQLException {
        try (Statement sql = operator.createStatement()) {
            sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS " + !refuse);
        }
        if (refuse) {
            try (PreparedStatement cut = operator.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?")) {
                cut.setString(1, database);
                cut.executeQuery().close();
            }
        }
    }

    /**
     * The same server's maintenance database: a database that refuses connections can only be reopened
     * from another one. Should a run die in the middle, `psql -d postgres -c 'ALTER DATABASE <test db>
     * ALLOW_CONNECTIONS true'` reopens it (make test recreates it anyway).
     */
    private String maintenanceUrl() {
        return database.url().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1postgres");
    }

    private static long count(Connection connection, String query, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
