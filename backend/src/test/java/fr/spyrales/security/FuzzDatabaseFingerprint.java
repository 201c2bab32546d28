package fr.spyrales.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A cheap fingerprint of every table: its row count and the sum of a hash of each live row version's identity
 * (xmin, ctid). Any committed insert, update or delete changes it, even one that writes back the same values; a
 * rolled-back write, a read or a row lock does not. One query for the whole schema, so that it can be taken around
 * every fuzzed request; and that query only when something may have written since the last one: PostgreSQL gives a
 * transaction id to whatever writes, so a snapshot (next id, ids in progress) equal to the last one's means that no
 * write began and none in progress then has ended since — the tables are as they were. Most refused requests write
 * nothing, and the full query grows with the test database (0.1 to 0.7 s once every test class has written).
 */
final class FuzzDatabaseFingerprint implements AutoCloseable {
    /**
     * Tables that legitimately change on a refused request. Anything else written while a request is refused is a
     * half-done refusal.
     */
    private static final Set<String> EXCLUDED = Set.of(
            // Throttling counts every attempt, in its own transaction, and above all the refused ones: that is
            // what stops a password from being guessed. (rate_limit_bucket replaces rate_limit_window when
            // throttling moves to token buckets.)
            "rate_limit_window",
            "rate_limit_bucket",
            // A partner client's daily figures count every call it makes, refused ones (errors) included.
            "partner_client_usage",
            // The audit log keeps the failures it exists for (a wrong password, a dead reset link) in their own
            // transaction; AuditTrailTest proves that a refused privileged action leaves no row.
            "audit_event");
    /**
     * Tables that a background worker updates while requests come in: only rows added or removed count. The mail
     * outbox's worker claims and marks sent, in the background, the mails of earlier requests; a refused request
     * that queued a mail would still add a row.
     */
    private static final Set<String> ROWS_ONLY = Set.of("mail_outbox");

    private final Connection connection;
    private final String query;
    private String snapshotOfLast;
    private Map<String, List<Long>> last;

    FuzzDatabaseFingerprint(DataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        List<String> selects = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")) {
            while (tables.next()) {
                String table = tables.getString(1);
                if (!EXCLUDED.contains(table)) {
                    String checksum =
                            ROWS_ONLY.contains(table) ? "0" : "coalesce(sum(hashtext(xmin::text || ctid::text)), 0)";
                    selects.add("SELECT '" + table + "', count(*), " + checksum + " FROM \"" + table + "\"");
                }
            }
        }
        query = String.join(" UNION ALL ", selects);
    }

    /** Row count and checksum by table. */
    Map<String, List<Long>> take() {
        Map<String, List<Long>> tables = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            String snapshot = transactionSnapshot(statement);
            if (snapshot.equals(snapshotOfLast)) {
                return last;
            }
            try (ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    tables.put(rows.getString(1), List.of(rows.getLong(2), rows.getLong(3)));
                }
            }
            snapshotOfLast = snapshot;
            last = Collections.unmodifiableMap(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fingerprint the database", e);
        }
        return tables;
    }

    /** The next transaction id and those in progress ("xmin:xmax:xip,…"), read before the tables. */
    private static String transactionSnapshot(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT CAST(pg_current_snapshot() AS text)")) {
            row.next();
            return row.getString(1);
        }
    }

    /** The tables whose rows differ between two fingerprints, each with what changed in it. */
    static Map<String, String> changes(Map<String, List<Long>> before, Map<String, List<Long>> after) {
        Map<String, String> changed = new TreeMap<>();
        after.forEach((table, now) -> {
            List<Long> was = before.getOrDefault(table, List.of(0L, 0L));
            if (!Objects.equals(was, now)) {
                changed.put(
                        table,
                        was.get(0).equals(now.get(0)) ? "rows updated" : was.get(0) + " → " + now.get(0) + " rows");
            }
        });
        return changed;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
