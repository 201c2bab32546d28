package fr.spyrales.common;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Bucket4j's state in PostgreSQL (table {@code rate_limit_bucket}), for the select-for-update proxy manager of
 * Bucket4j's core: each hit is one short transaction on a connection of its own, that locks the bucket's row
 * ({@code SELECT … FOR UPDATE}), lets Bucket4j compute the new state and writes it back. A bucket seen for the
 * first time gets an empty row first (its own transaction), which Bucket4j then locks in the next one. Bucket4j's
 * PostgreSQL module does this too but is not served by our Maven registry.
 *
 * <p>The clock is the caller's: one store per hit, at the instant the caller chose (tests choose theirs).
 */
final class PostgresqlBucketStore extends AbstractSelectForUpdateBasedProxyManager<PostgresqlBucketStore.Key> {
    /** Where the connections come from: the application's pool, or (in tests) another "instance". */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    /** A bucket: the hash of its name and its configuration. */
    record Key(byte[] nameHash, int capacity, long refillMicros) {}

    private final Connections connections;
    private final long nowNanos;

    PostgresqlBucketStore(Connections connections, Instant now) {
        this(connections, epochNanos(now));
    }

    private PostgresqlBucketStore(Connections connections, long nowNanos) {
        super(ClientSideConfig.getDefault().withClientClock(fixedClock(nowNanos)));
        this.connections = connections;
        this.nowNanos = nowNanos;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(Key key, Optional<Long> timeoutNanos) {
        return new RowTransaction(key);
    }

    @Override
    public void removeProxy(Key key) {
        throw new UnsupportedOperationException("Buckets are dropped by TokenBuckets.forget and the purge");
    }

    private final class RowTransaction implements SelectForUpdateBasedTransaction {
        private final Key key;
        private Connection connection;

        RowTransaction(Key key) {
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            try {
                connection = connections.open();
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                throw new IllegalStateException("No connection for the rate-limit bucket", e);
            }
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state FROM rate_limit_bucket WHERE key_hash = ? AND capacity = ? AND refill_micros = ?"
                            + " FOR UPDATE")) {
                bindKey(select, 1);
                applyTimeout(select, timeoutNanos);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Rate-limit bucket not read", e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO rate_limit_bucket (key_hash, capacity, refill_micros, state, full_at)"
                            + " VALUES (?, ?, ?, NULL, ?) ON CONFLICT DO NOTHING")) {
                bindKey(insert, 1);
                insert.setTimestamp(4, timestamp(nowNanos));
                applyTimeout(insert, timeoutNanos);
                // Inserted here or by a racing hit: either way the row is there to be locked in the next round.
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException("Rate-limit bucket not created", e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeoutNanos) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE rate_limit_bucket SET state = ?,"
                    + " full_at = ? WHERE key_hash = ? AND capacity = ? AND refill_micros = ?")) {
                update.setBytes(1, data);
                update.setTimestamp(2, timestamp(nowNanos + newState.calculateFullRefillingTime(nowNanos)));
                bindKey(update, 3);
                applyTimeout(update, timeoutNanos);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Rate-limit bucket not saved", e);
            }
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("Rate-limit bucket not committed", e);
            }
        }

        @Override
        public void rollback() {
            try {
                connection.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException("Rate-limit bucket not rolled back", e);
            }
        }

        @Override
        public void release() {
            if (connection == null) {
                return;
            }
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException("Rate-limit bucket's connection not released", e);
            } finally {
                connection = null;
            }
        }

        private void bindKey(PreparedStatement statement, int first) throws SQLException {
            statement.setBytes(first, key.nameHash());
            statement.setInt(first + 1, key.capacity());
            statement.setLong(first + 2, key.refillMicros());
        }
    }

    private static TimeMeter fixedClock(long nanos) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanos;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    private static long epochNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private static Timestamp timestamp(long epochNanos) {
        return Timestamp.from(Instant.ofEpochSecond(0, epochNanos));
    }
}
