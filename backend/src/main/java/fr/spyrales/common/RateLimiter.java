package fr.spyrales.common;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Fixed-window counters kept in PostgreSQL, so that every backend instance shares them.
 * One upsert per check: concurrent requests cannot slip past the limit.
 */
@ApplicationScoped
public class RateLimiter {
    private final EntityManager em;
    private final RateLimitConfig config;

    RateLimiter(EntityManager em, RateLimitConfig config) {
        this.em = em;
        this.config = config;
    }

    /** Counts one hit on each bucket and refuses with 429 when any is over its limit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void hit(Limit... limits) {
        long window = config.windowSeconds();
        long now = Instant.now().getEpochSecond();
        long windowStart = now - now % window;
        for (Limit limit : limits) {
            Number hits = (Number) em.createNativeQuery("""
                    INSERT INTO rate_limit_window (bucket, window_start, hits) VALUES (:bucket, to_timestamp(:start), 1)
                    ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_window.hits + 1
                    RETURNING hits""")
                    .setParameter("bucket", limit.bucket())
                    .setParameter("start", windowStart)
                    .getSingleResult();
            if (hits.intValue() > limit.max()) {
                long retryAfter = windowStart + window - now;
                throw new ApiException(ProblemType.TOO_MANY_REQUESTS,
                        "Trop de tentatives. Réessayez dans " + minutes(retryAfter) + ".",
                        java.util.List.of(), retryAfter);
            }
        }
    }

    /** Drops these buckets' counters (an erased account's address), within the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(java.util.Collection<String> buckets) {
        em.createNativeQuery("DELETE FROM rate_limit_window WHERE bucket IN (:buckets)")
                .setParameter("buckets", buckets).executeUpdate();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeOldWindows() {
        em.createNativeQuery("DELETE FROM rate_limit_window WHERE window_start < now() - interval '1 day'")
                .executeUpdate();
    }

    private static String minutes(long seconds) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    public record Limit(String bucket, int max) {}
}
