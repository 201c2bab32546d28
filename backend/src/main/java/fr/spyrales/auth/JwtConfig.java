package fr.spyrales.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The access tokens this service signs (RS256) and verifies. Defaults set from the environment are in application.properties. */
@ConfigMapping(prefix = "spyrales.jwt")
public interface JwtConfig {
    /** The tokens' issuer, checked on every request (SPYRALES_JWT_ISSUER). */
    String issuer();

    /** Life of an access token, in minutes; the refresh cookie renews it. */
    @WithDefault("15")
    int accessTokenMinutes();

    /** Where a development key pair is written when none exists (SPYRALES_JWT_KEY_DIR). */
    String keyDir();

    /** Whether a missing key pair is generated at start (SPYRALES_JWT_GENERATE_MISSING_KEYS): false in production. */
    @WithName("generate-missing-keys")
    boolean generateMissingKeys();
}
