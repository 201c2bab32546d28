package fr.spyrales.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * ProConnect as the tests see it: a WireMock server on a free local port, started once for the whole suite and
 * named as the provider's issuer, so sign-in with ProConnect is on in tests. It serves the discovery document and
 * the signing keys; each test adds the answers of the token and user-info endpoints for its own code and access
 * token ({@link ProConnectProvider}). The signing key goes to the tests through the configuration.
 */
@WithTestResource(value = ProConnectStub.class, scope = TestResourceScope.GLOBAL)
public class ProConnectStub implements QuarkusTestResourceLifecycleManager {
    static final String ISSUER_PATH = "/api/v2";
    static final String CLIENT_ID = "spyrales-tests";
    /** At least 32 characters, as ProConnect's: quarkus-oidc derives the state cookie's key from it. */
    static final String CLIENT_SECRET = "secret-des-tests-long-comme-ceux-de-proconnect";
    /** Where the tests read the private signing key (a JWK), unknown to the application. */
    static final String SIGNING_KEY = "spyrales.tests.proconnect.signing-key";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        RsaJsonWebKey key = newKey("proconnect-stub-1");
        String issuer = server.baseUrl() + ISSUER_PATH;
        server.stubFor(get(ISSUER_PATH + "/.well-known/openid-configuration")
                .willReturn(okJson("{"
                        + "\"issuer\": \"" + issuer + "\","
                        + "\"authorization_endpoint\": \"" + issuer + "/authorize\","
                        + "\"token_endpoint\": \"" + issuer + "/token\","
                        + "\"userinfo_endpoint\": \"" + issuer + "/userinfo\","
                        + "\"jwks_uri\": \"" + issuer + "/jwks\","
                        + "\"end_session_endpoint\": \"" + issuer + "/session/end\","
                        + "\"id_token_signing_alg_values_supported\": [\"RS256\"],"
                        + "\"userinfo_signing_alg_values_supported\": [\"RS256\"],"
                        + "\"token_endpoint_auth_methods_supported\": [\"client_secret_post\"]"
                        + "}")));
        server.stubFor(get(ISSUER_PATH + "/jwks")
                .willReturn(okJson(new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY))));
        return Map.of(
                "spyrales.proconnect.issuer",
                issuer,
                "spyrales.proconnect.client-id",
                CLIENT_ID,
                "spyrales.proconnect.client-secret",
                CLIENT_SECRET,
                SIGNING_KEY,
                key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
    }

    static RsaJsonWebKey newKey(String keyId) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(keyId);
            key.setAlgorithm("RS256");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
