package fr.spyrales.tchap;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The Tchap notices: each room's homeserver is called by a worker that reads the outbox every {@link #pollEvery()}.
 * Defaults are in application.properties, beside their environment variables.
 */
@ConfigMapping(prefix = "spyrales.tchap")
public interface TchapConfig {
    /** How often every instance looks for notices to post (read by TchapJobs' schedule). */
    Duration pollEvery();

    /** Lets notices link to an http:// Spyrales (development and tests, where the public URL is plain http). */
    boolean allowHttp();

    /**
     * Homeservers the SSRF guard lets past (plain http, loopback): the tests' local Matrix stub, a local homeserver in
     * development; read only in the dev and test profiles, never in production.
     */
    Optional<Set<String>> unguardedHosts();

    Duration connectTimeout();

    /** The longest wait for a homeserver's answer to one call. */
    Duration readTimeout();

    /** The shortest time between two calls to the same room (Matrix homeservers throttle bots). */
    Duration roomInterval();

    /** Wait after the first failed attempt; doubled after each further one. */
    Duration firstRetryDelay();

    /** The longest wait between two attempts. */
    Duration maxRetryDelay();

    /** A notice not posted this long after its news is given up (kept, marked failed). */
    Duration giveUpAfter();

    /** How long a worker holds a notice it is posting; longer than the connect and read timeouts together. */
    Duration claimLease();

    /** The wait before the attempt that follows attempt number {@code attempts} (1 for the first). */
    default Duration retryDelay(int attempts) {
        Duration delay = firstRetryDelay();
        for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay()) > 0 ? maxRetryDelay() : delay;
    }
}
