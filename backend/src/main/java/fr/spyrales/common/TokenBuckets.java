package fr.spyrales.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * Token buckets kept in PostgreSQL, so that every backend instance shares them: a bucket holds up to
 * {@code capacity} tokens and gets them back evenly over {@code refill} (one every refill / capacity).
 * Stored as GCRA state, one instant per bucket, and settled by ONE upsert per hit: the row lock of
 * {@code INSERT … ON CONFLICT DO UPDATE} orders racing hits, so no more than the tokens there are get through.
 * Bucket4j's PostgreSQL module would do the same but is not served by our Maven registry (only its core is).
 */
@ApplicationScoped
public class TokenBuckets {
    private final EntityManager em;

    TokenBuckets(EntityManager em) {
        this.em = em;
    }

    /**
     * What a hit got: a token, or how long until the next one; how many tokens are left after it, and how long until
     * the bucket is full again (for the RateLimit-* headers).
     */
    public record Take(boolean allowed, Duration retryAfter, int remaining, Duration untilFull) {}

    /** Takes one token from the bucket at the instant {@code now}, or tells how long to wait for one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Take take(String bucket, int capacity, Duration refill, Instant now) {
        if (capacity < 1 || refill.isNegative() || refill.isZero()) {
            throw new IllegalArgumentException(
                    "A bucket needs at least one token and a positive refill time: " + bucket);
        }
        long intervalMicros = Math.max(1, refill.toNanos() / 1000 / capacity);
        Instant roomUntil = now.plus(refill).minusNanos(intervalMicros * 1000);
        Object[] row = (Object[]) em.createNativeQuery("""
                INSERT INTO rate_limit_bucket AS b (key_hash, theoretical_arrival, last_hit_allowed)
                VALUES (sha256(convert_to(:bucket, 'UTF8')), CAST(:now AS timestamptz) + :interval * interval '1 microsecond', true)
                ON CONFLICT (key_hash) DO UPDATE SET
                    last_hit_allowed = b.theoretical_arrival <= CAST(:roomUntil AS timestamptz),
                    theoretical_arrival = CASE WHEN b.theoretical_arrival <= CAST(:roomUntil AS timestamptz)
                        THEN greatest(b.theoretical_arrival, CAST(:now AS timestamptz)) + :interval * interval '1 microsecond'
                        ELSE b.theoretical_arrival END
                RETURNING last_hit_allowed,
                    CAST(extract(epoch FROM theoretical_arrival - CAST(:roomUntil AS timestamptz)) * 1000000 AS bigint),
                    CAST(extract(epoch FROM theoretical_arrival - CAST(:now AS timestamptz)) * 1000000 AS bigint)""")
                .setParameter("bucket", bucket)
                .setParameter("now", utc(now))
                .setParameter("interval", intervalMicros)
                .setParameter("roomUntil", utc(roomUntil))
                .getSingleResult();
        boolean allowed = (Boolean) row[0];
        long aheadOfRoomMicros = ((Number) row[1]).longValue();
        long untilFullMicros = Math.max(0, ((Number) row[2]).longValue());
        // Tokens left: one more hit fits while the theoretical arrival is within the room, then one per interval.
        int remaining = aheadOfRoomMicros > 0
                ? 0
                : (int) Math.min(capacity, Math.floorDiv(-aheadOfRoomMicros, intervalMicros) + 1);
        return new Take(
                allowed,
                allowed ? Duration.ZERO : Duration.ofNanos(aheadOfRoomMicros * 1000),
                remaining,
                Duration.ofNanos(untilFullMicros * 1000));
    }

    /** Drops these buckets (an erased account's address), within the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(Collection<String> buckets) {
        for (String bucket : buckets) {
            em.createNativeQuery("DELETE FROM rate_limit_bucket WHERE key_hash = sha256(convert_to(:bucket, 'UTF8'))")
                    .setParameter("bucket", bucket)
                    .executeUpdate();
        }
    }

    /** Deletes the buckets that are full again at {@code now}: a missing row is a full bucket, so nothing changes. */
    @Transactional
    public int purgeFull(Instant now) {
        return em.createNativeQuery(
                        "DELETE FROM rate_limit_bucket WHERE theoretical_arrival <= CAST(:now AS timestamptz)")
                .setParameter("now", utc(now))
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
