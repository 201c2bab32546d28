package fr.spyrales.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * ProConnect, the State's identity federation (SPYRALES_PROCONNECT_*). Sign-in through it is on only when the
 * issuer, the client id and the secret are all set; otherwise nothing calls ProConnect and the button is hidden.
 */
@ConfigMapping(prefix = "spyrales.proconnect")
public interface ProConnectConfig {
    /**
     * The provider's issuer, whose {@code /.well-known/openid-configuration} quarkus-oidc reads at start (or at the
     * first sign-in if ProConnect did not answer then) (SPYRALES_PROCONNECT_ISSUER), e.g. {@code https://fca.integ01.dev-agentconnect.fr/api/v2} for the
     * integration environment.
     */
    Optional<String> issuer();

    /** The client id ProConnect gave this service (SPYRALES_PROCONNECT_CLIENT_ID). */
    Optional<String> clientId();

    /**
     * The client secret, sent in the token request's form body (SPYRALES_PROCONNECT_CLIENT_SECRET). quarkus-oidc also
     * derives the key of its state cookie from it when it has 32 characters or more, as ProConnect's have; a shorter
     * one makes each instance draw its own key, and a sign-in must then come back to the instance it started on.
     */
    Optional<String> clientSecret();

    /** Space-separated scopes asked for: ProConnect refuses any it does not know. */
    @WithDefault("openid given_name usual_name email uid siret idp_id")
    String scopes();

    /** How long an agent may stay at ProConnect before coming back (the age of quarkus-oidc's state cookie). */
    @WithDefault("10m")
    Duration loginTimeout();

    /** How long the agent has to confirm with their password that a ProConnect identity joins their account. */
    @WithDefault("10m")
    Duration linkTimeout();

    /** The longest wait to open a connection to ProConnect (quarkus-oidc's connection timeout). */
    @WithDefault("3s")
    Duration connectTimeout();

    /**
     * The longest wait for ProConnect at one step of a sign-in: building the authorize address, or, at the return,
     * the code exchange with the keys and the user info together. Past it the agent is told ProConnect does not answer.
     */
    @WithDefault("10s")
    Duration readTimeout();

    /** Tolerated clock difference with ProConnect when checking the id token's times. */
    @WithDefault("30s")
    Duration clockSkew();

    /** Whether the three settings that turn sign-in with ProConnect on are there. */
    default boolean enabled() {
        return present(issuer()) && present(clientId()) && present(clientSecret());
    }

    private static boolean present(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
