package fr.spyrales.common;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Throttling: each limit is a token bucket that holds its {@code max} hits and gets them back evenly over
 * the configured window, so that no burst of another {@code max} follows the first one, whatever the clock says.
 */
@ApplicationScoped
public class RateLimiter {
    private final TokenBuckets buckets;
    private final RateLimitConfig config;

    RateLimiter(TokenBuckets buckets, RateLimitConfig config) {
        this.buckets = buckets;
        this.config = config;
    }

    /** Takes a token from each bucket in turn and refuses with 429 at the first one that has none left. */
    public void hit(Limit... limits) {
        Duration window = Duration.ofSeconds(config.windowSeconds());
        for (Limit limit : limits) {
            TokenBuckets.Take take = buckets.take(limit.bucket(), limit.max(), window, Instant.now());
            if (!take.allowed()) {
                long retryAfter = Math.max(1, (take.retryAfter().toMillis() + 999) / 1000);
                throw new ApiException(
                        ProblemType.TOO_MANY_REQUESTS,
                        "Trop de tentatives. Réessayez dans " + minutes(retryAfter) + ".",
                        List.of(),
                        retryAfter);
            }
        }
    }

    /** Drops these buckets' counters (an erased account's address), within the caller's transaction. */
    public void forget(Collection<String> names) {
        buckets.forget(names);
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeFullBuckets() {
        buckets.purgeFull(Instant.now());
    }

    private static String minutes(long seconds) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** A bucket and the hits it allows per window. */
    public record Limit(String bucket, int max) {}
}
