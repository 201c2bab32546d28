package fr.spyrales.partner.oauth;

import fr.spyrales.common.security.Roles;
import fr.spyrales.partner.PartnerConfig;
import fr.spyrales.partner.PartnerCredentials;
import fr.spyrales.partner.PartnerScopes;
import fr.spyrales.partner.oauth.OAuthDtos.TokenResponse;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The client credentials grant (RFC 6749 §4.4): authenticates the client and signs its access token. */
@ApplicationScoped
public class PartnerTokenService {
    static final String GRANT_TYPE = "client_credentials";

    private final PartnerCredentials credentials;
    private final PartnerConfig config;
    private final String issuer;

    PartnerTokenService(
            PartnerCredentials credentials,
            PartnerConfig config,
            @ConfigProperty(name = "spyrales.jwt.issuer") String issuer) {
        this.credentials = credentials;
        this.config = config;
        this.issuer = issuer;
    }

    /** The form's fields and the Authorization header, as received. */
    public record Request(
            String grantType,
            String scope,
            String formClientId,
            String formClientSecret,
            String authorization,
            String address) {}

    public TokenResponse token(Request request) {
        String[] idAndSecret = clientAuthentication(request);
        if (request.grantType() == null || request.grantType().isBlank()) {
            throw OAuthError.invalidRequest("Le paramètre grant_type est obligatoire (client_credentials).");
        }
        if (!GRANT_TYPE.equals(request.grantType())) {
            throw OAuthError.unsupportedGrantType("Seul le type client_credentials est accepté (RFC 6749 §4.4).");
        }
        PartnerCredentials.Check check =
                credentials.check(idAndSecret[0], idAndSecret[1], request.address(), Instant.now());
        switch (check.outcome()) {
            case VALID -> {}
            case UNKNOWN_OR_WRONG_SECRET ->
                throw OAuthError.invalidClient("Identifiant ou secret du client incorrect.");
            case REVOKED -> throw OAuthError.invalidClient("Ce client a été révoqué.");
            case EXPIRED -> throw OAuthError.invalidClient("Ce client a expiré.");
            case ADDRESS_NOT_ALLOWED ->
                throw OAuthError.invalidClient("Ce client ne peut pas demander de jeton depuis cette adresse IP.");
        }
        Set<String> scopes = grantedScopes(check.scopes(), request.scope());
        String scope = String.join(" ", scopes);
        long lifetime = config.tokenLifetime().toSeconds();
        String token = Jwt.issuer(issuer)
                .subject(check.clientId().toString())
                .claim(Roles.CLIENT_ID_CLAIM, check.clientId().toString())
                .claim("scope", scope)
                .groups(Set.of(Roles.API_CLIENT))
                .expiresIn(lifetime)
                .sign();
        return new TokenResponse(token, "Bearer", lifetime, scope);
    }

    /** The scopes asked for (all of the client's when none), refused when one is not the client's. */
    private static Set<String> grantedScopes(List<String> own, String requested) {
        if (requested == null || requested.isBlank()) {
            return new LinkedHashSet<>(own);
        }
        Set<String> asked = new LinkedHashSet<>(List.of(requested.strip().split(" +")));
        for (String scope : asked) {
            if (!PartnerScopes.ALL.contains(scope)) {
                throw OAuthError.invalidScope("Portée inconnue : " + scope + ".");
            }
            if (!own.contains(scope)) {
                throw OAuthError.invalidScope("Portée non accordée à ce client : " + scope + ".");
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        own.stream().filter(asked::contains).forEach(ordered::add);
        return ordered;
    }

    /**
     * The client's identifier and secret, from HTTP Basic (RFC 6749 §2.3.1: each form-urlencoded, then base64) or
     * from the form; one method only.
     */
    private static String[] clientAuthentication(Request request) {
        String header = request.authorization();
        boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        boolean form = request.formClientId() != null || request.formClientSecret() != null;
        if (basic && form) {
            throw OAuthError.invalidRequest(
                    "Authentifiez le client d'une seule façon : en-tête Authorization: Basic ou champs du formulaire.");
        }
        if (basic) {
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw OAuthError.invalidClient("En-tête Authorization: Basic illisible.");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw OAuthError.invalidClient("En-tête Authorization: Basic illisible.");
            }
            try {
                return new String[] {
                    java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
                };
            } catch (IllegalArgumentException e) {
                throw OAuthError.invalidClient("En-tête Authorization: Basic illisible.");
            }
        }
        if (request.formClientId() == null || request.formClientSecret() == null) {
            throw OAuthError.invalidClient(
                    "Authentifiez le client : en-tête Authorization: Basic, ou client_id et client_secret.");
        }
        return new String[] {request.formClientId(), request.formClientSecret()};
    }
}
