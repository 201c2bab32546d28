package fr.spyrales.common;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * Token buckets kept in PostgreSQL, so that every backend instance shares them: a bucket holds up to
 * {@code capacity} tokens and gets them back evenly over {@code refill} (Bucket4j's greedy refill). Bucket4j owns
 * the algorithm; its state is a row of {@code rate_limit_bucket}, locked for the length of one hit by
 * {@link PostgresqlBucketStore}, so racing hits, from one instance or several, never get more than the tokens there
 * are.
 */
@ApplicationScoped
public class TokenBuckets {
    private final PostgresqlBucketStore.Connections connections;
    private final EntityManager em;

    @Inject
    TokenBuckets(AgroalDataSource dataSource, EntityManager em) {
        this(dataSource::getConnection, em);
    }

    /** Buckets over other connections: another backend instance, for the tests. */
    TokenBuckets(PostgresqlBucketStore.Connections connections, EntityManager em) {
        this.connections = connections;
        this.em = em;
    }

    /**
     * What a hit got: a token, or how long until the next one; how many tokens are left after it, and how long until
     * the bucket is full again (for the RateLimit-* headers).
     */
    public record Take(boolean allowed, Duration retryAfter, int remaining, Duration untilFull) {}

    /**
     * Takes one token from the bucket at the instant {@code now}, or tells how long to wait for one. Runs outside the
     * caller's transaction (the hit counts even when the caller's work is rolled back), in short transactions of its
     * own.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Take take(String bucket, int capacity, Duration refill, Instant now) {
        if (capacity < 1 || refill.isNegative() || refill.isZero()) {
            throw new IllegalArgumentException(
                    "A bucket needs at least one token and a positive refill time: " + bucket);
        }
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, refill)
                        .build())
                .build();
        PostgresqlBucketStore.Key key =
                new PostgresqlBucketStore.Key(sha256(bucket), capacity, Math.max(1, refill.toNanos() / 1000));
        ConsumptionProbe probe = new PostgresqlBucketStore(connections, now)
                .builder()
                .build(key, () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        return new Take(
                probe.isConsumed(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()),
                (int) probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForReset()));
    }

    /** Drops these buckets (an erased account's address), within the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(Collection<String> buckets) {
        for (String bucket : buckets) {
            em.createNativeQuery("DELETE FROM rate_limit_bucket WHERE key_hash = :hash")
                    .setParameter("hash", sha256(bucket))
                    .executeUpdate();
        }
    }

    /** Deletes the buckets that are full again at {@code now}: a missing row is a full bucket, so nothing changes. */
    @Transactional
    public int purgeFull(Instant now) {
        return em.createNativeQuery("DELETE FROM rate_limit_bucket WHERE full_at <= CAST(:now AS timestamptz)")
                .setParameter("now", utc(now))
                .executeUpdate();
    }

    /** The row's key: the name may hold an address, which is not kept in clear. */
    private static byte[] sha256(String bucket) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bucket.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
