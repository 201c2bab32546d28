package fr.spyrales.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Throttling limits (SPYRALES_RATE_LIMIT_*): token buckets shared by every instance (PostgreSQL), per client
 * address and per e-mail address. Each limit is the capacity of a bucket, refilled evenly over the window
 * (50 per 900 s: a burst of 50, then one more every 18 s). Tests and demos may raise these.
 */
@ConfigMapping(prefix = "spyrales.rate-limit")
public interface RateLimitConfig {
    /** Time for a bucket to refill completely, in seconds. */
    @WithDefault("900")
    long windowSeconds();

    /** Logins per window from one client address. */
    @WithDefault("50")
    int loginPerIp();

    /** Logins per window on one e-mail address. */
    @WithDefault("10")
    int loginPerEmail();

    /** Registrations and confirmation re-sends per window from one client address. */
    @WithDefault("20")
    int registerPerIp();

    /** Registrations and confirmation re-sends per window on one e-mail address. */
    @WithDefault("5")
    int registerPerEmail();

    /** Password-reset requests per window from one client address. */
    @WithDefault("20")
    int resetPerIp();

    /** Password-reset requests per window on one e-mail address. */
    @WithDefault("5")
    int resetPerEmail();
}
