package fr.spyrales.partner.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Partner webhooks (SPYRALES_WEBHOOKS_*): delivery timing, retries, and when an endpoint is switched off. */
@ConfigMapping(prefix = "spyrales.webhooks")
public interface WebhookConfig {
    /** How often every instance looks for due deliveries (SPYRALES_WEBHOOKS_POLL_EVERY). */
    @WithDefault("5s")
    Duration pollEvery();

    /** The longest wait to open a connection to a partner's endpoint. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** The longest wait for the partner's answer once the request is sent. */
    @WithDefault("10s")
    Duration readTimeout();

    /**
     * The waits after each failed attempt (Standard Webhooks' usual schedule, about a day in all): one more attempt
     * per entry, then the delivery is given up (SPYRALES_WEBHOOKS_RETRY_DELAYS, comma separated).
     */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retryDelays();

    /** How long a worker holds a delivery it is sending: longer than the two timeouts together. */
    @WithDefault("1m")
    Duration claimLease();

    /** The most deliveries one worker run sends; the rest wait for the next run. */
    @WithDefault("200")
    int batchSize();

    /** Finished deliveries (succeeded or given up) and their attempts are deleted after this. */
    @WithDefault("30d")
    Duration keepFinished();

    Disable disable();

    /**
     * Hosts a webhook may target without the SSRF guard's refusals (plain http, loopback): for the tests' local stub
     * only, read only in the dev and test profiles, never in production.
     */
    Optional<Set<String>> unguardedHosts();

    /**
     * An endpoint is switched off, and its partner told by mail, when its last {@link #failedAttempts()} attempts
     * all failed and the first of them is at least {@link #failingFor()} old, or when {@link #givenUpDeliveries()}
     * deliveries in a row were given up.
     */
    interface Disable {
        @WithDefault("10")
        int failedAttempts();

        @WithDefault("24h")
        Duration failingFor();

        @WithDefault("5")
        int givenUpDeliveries();
    }
}
