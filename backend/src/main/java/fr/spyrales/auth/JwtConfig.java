package fr.spyrales.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "spyrales.jwt")
public interface JwtConfig {
    String issuer();

    int accessTokenMinutes();

    /** Where a development key pair is written when none exists. */
    String keyDir();

    @WithName("generate-missing-keys")
    boolean generateMissingKeys();
}
