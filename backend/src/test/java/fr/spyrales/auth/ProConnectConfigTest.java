package fr.spyrales.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sign-in with ProConnect is off unless the issuer, the client id and the secret are all set. */
class ProConnectConfigTest {
    @Test
    void onlyTheThreeSettingsTogetherTurnItOn() {
        assertTrue(config("https://fca.integ01.dev-agentconnect.fr/api/v2", "id", "secret")
                .enabled());
        assertFalse(config(null, null, null).enabled());
        assertFalse(config("https://fca.integ01.dev-agentconnect.fr/api/v2", "id", null)
                .enabled());
        assertFalse(config("https://fca.integ01.dev-agentconnect.fr/api/v2", null, "secret")
                .enabled());
        assertFalse(config(null, "id", "secret").enabled());
        assertFalse(config(" ", "id", "secret").enabled());
    }

    private static ProConnectConfig config(String issuer, String clientId, String secret) {
        return new ProConnectConfig() {
            public Optional<String> issuer() {
                return Optional.ofNullable(issuer);
            }

            public Optional<String> clientId() {
                return Optional.ofNullable(clientId);
            }

            public Optional<String> clientSecret() {
                return Optional.ofNullable(secret);
            }

            public String scopes() {
                return "openid";
            }

            public Duration loginTimeout() {
                return Duration.ofMinutes(10);
            }

            public Duration linkTimeout() {
                return Duration.ofMinutes(10);
            }

            public Duration connectTimeout() {
                return Duration.ofSeconds(3);
            }

            public Duration readTimeout() {
                return Duration.ofSeconds(5);
            }

            public Duration clockSkew() {
                return Duration.ofSeconds(30);
            }
        };
    }
}
