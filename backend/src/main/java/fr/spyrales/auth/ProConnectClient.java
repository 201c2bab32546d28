package fr.spyrales.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.spyrales.auth.ProConnectFailure.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * ProConnect's OpenID Connect endpoints, called with timeouts: discovery (read once, at the first sign-in), the
 * signing keys (read again when a token names an unknown key), the token exchange ({@code client_secret} in
 * the form body, as ProConnect asks) and the user info, which ProConnect answers as a signed JWT. Every token is
 * verified here: signature against the provider's keys, issuer, audience, expiry and, for the id token, nonce.
 * The reads are retried once; the token exchange never is (a code is single use).
 */
@ApplicationScoped
class ProConnectClient {
    private static final Logger LOG = Logger.getLogger(ProConnectClient.class);
    private static final AlgorithmConstraints SIGNATURES = new AlgorithmConstraints(
            AlgorithmConstraints.ConstraintType.PERMIT,
            AlgorithmIdentifiers.RSA_USING_SHA256,
            AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);

    /** The endpoints of the provider's discovery document. */
    record Endpoints(
            String issuer, String authorization, String token, String userInfo, String jwks, String endSession) {}

    /** What the token endpoint answered, the id token already verified. */
    record Tokens(String accessToken, String idToken, JwtClaims idClaims) {}

    private final ProConnectConfig config;
    private final ObjectMapper json;
    private final HttpClient http;
    private volatile Endpoints endpoints;
    private volatile List<JsonWebKey> keys;

    ProConnectClient(ProConnectConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // HTTP/2 only through TLS (ALPN): no h2c upgrade attempt on a plain-HTTP provider (local stubs).
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Endpoints endpoints() {
        Endpoints known = endpoints;
        if (known != null) {
            return known;
        }
        String issuer = config.issuer().orElseThrow().replaceAll("/+$", "");
        JsonNode document = readJson(issuer + "/.well-known/openid-configuration");
        Endpoints discovered = new Endpoints(
                required(document, "issuer"),
                required(document, "authorization_endpoint"),
                required(document, "token_endpoint"),
                required(document, "userinfo_endpoint"),
                required(document, "jwks_uri"),
                document.path("end_session_endpoint").asText(null));
        if (!discovered.issuer().replaceAll("/+$", "").equals(issuer)) {
            throw new ProConnectFailure(
                    Reason.UNAVAILABLE, "discovery names issuer " + discovered.issuer() + ", not " + issuer);
        }
        endpoints = discovered;
        return discovered;
    }

    /** Exchanges the code, then verifies the id token (with the nonce sent at the start of this sign-in). */
    Tokens exchange(String code, String redirectUri, String nonce) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", config.clientId().orElseThrow());
        form.put("client_secret", config.clientSecret().orElseThrow());
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoints().token()))
                .timeout(config.readTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            // A refused code (expired, used, not ours) reads as a session to start again.
            throw new ProConnectFailure(
                    response.statusCode() == 400 ? Reason.SESSION_EXPIRED : Reason.UNAVAILABLE,
                    "token endpoint answered " + response.statusCode());
        }
        JsonNode tokens = parse(response.body());
        String idToken = required(tokens, "id_token");
        String accessToken = required(tokens, "access_token");
        JwtClaims claims = verify(idToken, true);
        try {
            if (!nonce.equals(claims.getStringClaimValue("nonce"))) {
                throw new ProConnectFailure(Reason.INVALID_IDENTITY, "id token nonce differs from the one sent");
            }
        } catch (MalformedClaimException e) {
            throw new ProConnectFailure(Reason.INVALID_IDENTITY, "id token nonce unreadable", e);
        }
        return new Tokens(accessToken, idToken, claims);
    }

    /** The user info, a JWT signed by the provider, about the same subject as the id token. */
    JwtClaims userInfo(Tokens tokens) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoints().userInfo()))
                .timeout(config.readTimeout())
                .header("Authorization", "Bearer " + tokens.accessToken())
                .header("Accept", "application/jwt")
                .GET()
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new ProConnectFailure(Reason.UNAVAILABLE, "userinfo endpoint answered " + response.statusCode());
        }
        JwtClaims claims = verify(response.body().trim(), false);
        try {
            if (!tokens.idClaims().getSubject().equals(claims.getSubject())) {
                throw new ProConnectFailure(Reason.INVALID_IDENTITY, "user info is about another subject");
            }
        } catch (MalformedClaimException e) {
            throw new ProConnectFailure(Reason.INVALID_IDENTITY, "user info subject unreadable", e);
        }
        return claims;
    }

    /**
     * Checks a JWT of the provider. An id token must carry an expiry and this client as audience; the user info
     * is checked for its issuer and signature, and for its audience and expiry when it has them.
     */
    private JwtClaims verify(String jwt, boolean idToken) {
        try {
            return consumer(idToken, false).processToClaims(jwt);
        } catch (InvalidJwtException e) {
            if (unknownKey(e)) {
                // The provider rotated its keys since they were read: read them once more.
                keys = null;
                try {
                    return consumer(idToken, true).processToClaims(jwt);
                } catch (InvalidJwtException again) {
                    throw invalid(again);
                }
            }
            throw invalid(e);
        }
    }

    private JwtConsumer consumer(boolean idToken, boolean reloadKeys) {
        if (reloadKeys) {
            keys = null;
        }
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(SIGNATURES)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys()))
                .setExpectedIssuer(endpoints().issuer())
                .setRequireSubject()
                .setAllowedClockSkewInSeconds((int) config.clockSkew().toSeconds());
        if (idToken) {
            builder.setRequireExpirationTime()
                    .setExpectedAudience(config.clientId().orElseThrow());
        } else {
            builder.setExpectedAudience(false, config.clientId().orElseThrow());
        }
        return builder.build();
    }

    private static boolean unknownKey(InvalidJwtException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvableKeyException) {
                return true;
            }
        }
        return e.getErrorDetails().stream()
                .anyMatch(
                        d -> d.getErrorMessage() != null && d.getErrorMessage().contains("Unable to find"));
    }

    private static ProConnectFailure invalid(InvalidJwtException e) {
        String details = e.getErrorDetails().stream()
                // jose4j's messages quote the token itself: keep it out of the log.
                .map(d -> d.getErrorMessage().replaceAll("->\\S+", "").replaceAll("eyJ[\\w-]*\\.[\\w.-]*", "<jwt>"))
                .collect(Collectors.joining("; "));
        return new ProConnectFailure(Reason.INVALID_IDENTITY, "token refused: " + details, e);
    }

    private List<JsonWebKey> keys() {
        List<JsonWebKey> known = keys;
        if (known != null) {
            return known;
        }
        try {
            List<JsonWebKey> read = new JsonWebKeySet(readText(endpoints().jwks())).getJsonWebKeys();
            keys = read;
            return read;
        } catch (JoseException e) {
            throw new ProConnectFailure(Reason.UNAVAILABLE, "unreadable key set", e);
        }
    }

    private JsonNode readJson(String url) {
        return parse(readText(url));
    }

    private String readText(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(config.readTimeout())
                .header("Accept", "application/json")
                .GET()
                .build();
        ProConnectFailure last = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                HttpResponse<String> response = send(request);
                if (response.statusCode() == 200) {
                    return response.body();
                }
                last = new ProConnectFailure(Reason.UNAVAILABLE, url + " answered " + response.statusCode());
            } catch (ProConnectFailure e) {
                last = e;
            }
            LOG.debugf("ProConnect read failed (attempt %d): %s", attempt + 1, last.getMessage());
        }
        throw last;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProConnectFailure(Reason.UNAVAILABLE, request.uri() + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProConnectFailure(Reason.UNAVAILABLE, "interrupted", e);
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new ProConnectFailure(Reason.UNAVAILABLE, "answer is not JSON", e);
        }
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new ProConnectFailure(Reason.UNAVAILABLE, "answer without " + field);
        }
        return value;
    }

    static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
