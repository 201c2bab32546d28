package fr.spyrales.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Drives a sign-in with ProConnect through the API against {@link ProConnectStub}: starts it, makes the stub
 * answer the token and user-info requests of this sign-in only (its own code and access token), and comes back
 * to the callback as the browser would.
 */
public final class ProConnectProvider {
    /** quarkus-oidc's state cookie of the ProConnect tenant, one per sign-in under way: this prefix and the state. */
    static final String STATE_COOKIE_PREFIX = "q_auth_proconnect_";

    private ProConnectProvider() {}

    /** An agent as ProConnect describes them. */
    public record Agent(String subject, String email, String givenName, String usualName, String siret) {
        public static Agent fresh(String email) {
            return new Agent(UUID.randomUUID().toString(), email, "Agathe", "Dupont", "13002526500013");
        }

        Agent withEmail(String other) {
            return new Agent(subject, other, givenName, usualName, siret);
        }
    }

    /** How the id token is spoilt, for the refusals. */
    public enum IdToken {
        GOOD,
        EXPIRED,
        SIGNED_BY_ANOTHER_KEY,
        WRONG_NONCE,
        WRONG_AUDIENCE,
        /** Not an id token: ProConnect's token endpoint drops the connection. */
        PROVIDER_DOWN
    }

    /** The sign-in started: where the browser was sent, and the state cookie it holds. */
    public record Started(String state, String nonce, String stateCookie) {
        public String stateCookieName() {
            return STATE_COOKIE_PREFIX + state;
        }
    }

    public static String issuer() {
        return ConfigProvider.getConfig().getValue("spyrales.proconnect.issuer", String.class);
    }

    public static Started start() {
        Response response = given().redirects()
                .follow(false)
                .get("/api/v1/auth/proconnect/start")
                .then()
                .statusCode(303)
                .extract()
                .response();
        Map<String, String> query = query(URI.create(response.header("Location")));
        String state = query.get("state");
        return new Started(state, query.get("nonce"), response.getCookie(STATE_COOKIE_PREFIX + state));
    }

    /** Signs in as {@code agent} and returns the callback's answer (a 303 to the front end). */
    public static Response signIn(Agent agent) {
        return signIn(agent, IdToken.GOOD);
    }

    public static Response signIn(Agent agent, IdToken idToken) {
        Started started = start();
        String code = willAnswer(agent, started.nonce(), idToken);
        return callback(code, started.state(), started);
    }

    /** The browser's return with {@code code} and {@code state}, holding the state cookie of {@code browser}'s sign-in. */
    public static Response callback(String code, String state, Started browser) {
        var request = given().redirects().follow(false).queryParam("code", code).queryParam("state", state);
        if (browser != null) {
            request.cookie(browser.stateCookieName(), browser.stateCookie());
        }
        return request.get("/api/v1/auth/proconnect/callback");
    }

    /** Makes the stub answer one code: the token endpoint, then the user info for its access token. */
    public static String willAnswer(Agent agent, String nonce, IdToken shape) {
        String code = "code-" + UUID.randomUUID();
        String accessToken = "at-" + UUID.randomUUID();
        RsaJsonWebKey key = signingKey();
        Key signWith = shape == IdToken.SIGNED_BY_ANOTHER_KEY
                ? ProConnectStub.newKey(key.getKeyId()).getPrivateKey()
                : key.getPrivateKey();
        JwtClaims id = claims(agent, shape == IdToken.WRONG_AUDIENCE ? "un-autre-client" : ProConnectStub.CLIENT_ID);
        id.setClaim("nonce", shape == IdToken.WRONG_NONCE ? "un-autre-nonce" : nonce);
        if (shape == IdToken.EXPIRED) {
            id.setIssuedAt(
                    NumericDate.fromSeconds(Instant.now().minusSeconds(3600).getEpochSecond()));
            id.setExpirationTime(
                    NumericDate.fromSeconds(Instant.now().minusSeconds(1800).getEpochSecond()));
        }
        id.setClaim("acr", "eidas1");
        String idToken = sign(id, signWith, key.getKeyId());
        WireMock stub = admin();
        if (shape == IdToken.PROVIDER_DOWN) {
            stub.register(post(ProConnectStub.ISSUER_PATH + "/token")
                    .withRequestBody(containing("code=" + code))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            return code;
        }
        // A code serves once, as at ProConnect: the second exchange is refused (invalid_grant).
        stub.register(post(ProConnectStub.ISSUER_PATH + "/token")
                .inScenario(code)
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("used")
                .withRequestBody(containing("code=" + code))
                .withRequestBody(containing("client_secret=" + ProConnectStub.CLIENT_SECRET))
                .withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(okJson("{\"access_token\": \"" + accessToken + "\", \"token_type\": \"Bearer\","
                        + " \"expires_in\": 60, \"id_token\": \"" + idToken + "\"}")));
        stub.register(post(ProConnectStub.ISSUER_PATH + "/token")
                .inScenario(code)
                .whenScenarioStateIs("used")
                .withRequestBody(containing("code=" + code))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": \"invalid_grant\"}")));
        JwtClaims info = claims(agent, ProConnectStub.CLIENT_ID);
        info.setStringClaim("given_name", agent.givenName());
        info.setStringClaim("usual_name", agent.usualName());
        info.setStringClaim("email", agent.email());
        info.setStringClaim("uid", "uid-" + agent.subject());
        info.setStringClaim("siret", agent.siret());
        info.setStringClaim("idp_id", "fia1v2");
        stub.register(get(ProConnectStub.ISSUER_PATH + "/userinfo")
                .withHeader("Authorization", equalTo("Bearer " + accessToken))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/jwt")
                        .withBody(sign(info, key.getPrivateKey(), key.getKeyId()))));
        return code;
    }

    /** The claims the id token and the user info share. */
    private static JwtClaims claims(Agent agent, String audience) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer());
        claims.setAudience(audience);
        claims.setSubject(agent.subject());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        return claims;
    }

    private static String sign(JwtClaims claims, Key key, String keyId) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setKeyIdHeaderValue(keyId);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RsaJsonWebKey signingKey() {
        try {
            return (RsaJsonWebKey) JsonWebKey.Factory.newJwk(
                    ConfigProvider.getConfig().getValue(ProConnectStub.SIGNING_KEY, String.class));
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WireMock admin() {
        URI uri = URI.create(issuer());
        return new WireMock(uri.getHost(), uri.getPort());
    }

    public static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            query.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }
}
