package fr.spyrales.partner;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Partner API clients (SPYRALES_PARTNER_*): their tokens and secret rotation. */
@ConfigMapping(prefix = "spyrales.partner")
public interface PartnerConfig {
    /** Life of a partner access token (SPYRALES_PARTNER_TOKEN_LIFETIME). */
    @WithDefault("10m")
    Duration tokenLifetime();

    /** How long the previous secret keeps working after a rotation (SPYRALES_PARTNER_SECRET_GRACE_PERIOD). */
    @WithDefault("24h")
    Duration secretGracePeriod();
}
