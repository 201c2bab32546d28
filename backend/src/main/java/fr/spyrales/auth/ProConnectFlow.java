package fr.spyrales.auth;

import fr.spyrales.auth.ProConnectFailure.Reason;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OIDCException;
import io.quarkus.oidc.UserInfo;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * The protocol side of a sign-in with ProConnect, done by quarkus-oidc's code flow for the {@link ProConnectTenant}:
 * where the browser goes (state and nonce kept in quarkus-oidc's encrypted state cookie), then, at the return, the
 * code exchanged and the id token and signed user info verified. Our resource calls the code flow itself, only on the
 * two ProConnect addresses: nowhere else does quarkus-oidc authenticate anything. Its session is not kept: once the
 * agent is known, our own tokens are the session.
 */
@ApplicationScoped
class ProConnectFlow {
    /** quarkus-oidc's session cookie of the tenant, and its chunks when it is split. */
    private static final String SESSION_COOKIE = OidcUtils.SESSION_COOKIE_NAME + "_" + ProConnectTenant.ID;

    /** What ProConnect said about the agent, verified. */
    record Verified(UserInfo userInfo, String idToken) {}

    private final OidcAuthenticationMechanism oidc;
    private final IdentityProviderManager identityProviders;
    private final Duration wait;

    ProConnectFlow(
            OidcAuthenticationMechanism oidc, IdentityProviderManager identityProviders, ProConnectConfig config) {
        this.oidc = oidc;
        this.identityProviders = identityProviders;
        this.wait = config.readTimeout();
    }

    /** The authorize address to send the browser to; quarkus-oidc adds the state cookie to the response. */
    String authorizationUrl(RoutingContext request) {
        ChallengeData challenge;
        try {
            challenge = oidc.getChallenge(request).await().atMost(wait);
        } catch (RuntimeException e) {
            throw new ProConnectFailure(Reason.UNAVAILABLE, "authorize address not built: " + e, e);
        }
        String location = challenge == null ? null : challenge.getHeaders().get(HttpHeaders.LOCATION);
        if (location == null) {
            throw new ProConnectFailure(Reason.UNAVAILABLE, "no authorize address");
        }
        return location;
    }

    /** The return from ProConnect: code, state and this browser's state cookie, checked and turned into claims. */
    Verified complete(RoutingContext request) {
        SecurityIdentity identity;
        try {
            identity = oidc.authenticate(request, identityProviders).await().atMost(wait);
        } catch (RuntimeException e) {
            throw new ProConnectFailure(reasonOf(e), "code flow refused: " + describe(e), e);
        }
        if (identity == null) {
            // No state cookie of this browser for this state: started elsewhere, used, or expired.
            throw new ProConnectFailure(Reason.SESSION_EXPIRED, "no state cookie matches the state");
        }
        UserInfo userInfo = identity.getAttribute(OidcUtils.USER_INFO_ATTRIBUTE);
        IdTokenCredential idToken = identity.getCredential(IdTokenCredential.class);
        if (userInfo == null || idToken == null) {
            throw new ProConnectFailure(Reason.INVALID_IDENTITY, "no user info or id token");
        }
        return new Verified(userInfo, idToken.getToken());
    }

    /** Forgets the state cookie of a sign-in that ProConnect ended without a code (cancelled or refused). */
    void forgetState(RoutingContext request, String state) {
        if (state != null) {
            Cookie removed = request.response()
                    .removeCookie(OidcUtils.STATE_COOKIE_NAME + "_" + ProConnectTenant.ID + "_" + state);
            if (removed != null) {
                removed.setPath("/");
            }
        }
    }

    /** Drops quarkus-oidc's session cookie from the response: it never reaches the browser. */
    void dropSession(RoutingContext request) {
        for (Cookie cookie : List.copyOf(request.request().cookies())) {
            if (cookie.getName().startsWith(SESSION_COOKIE)) {
                request.response().removeCookie(cookie.getName());
            }
        }
    }

    /** Which failure the agent is told about. */
    static Reason reasonOf(Throwable failure) {
        if (failure instanceof AuthenticationCompletionException && failure.getCause() == null) {
            // quarkus-oidc refused the state: not this browser's, or without the nonce of its sign-in.
            return Reason.SESSION_EXPIRED;
        }
        boolean refusedIdentity = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException) {
                // Id token or user info: signature, issuer, audience, expiry or nonce.
                return Reason.INVALID_IDENTITY;
            }
            if (cause instanceof OIDCException
                    && String.valueOf(cause.getMessage()).contains("invalid_grant")) {
                // ProConnect refused the code: used already, or expired.
                return Reason.SESSION_EXPIRED;
            }
            refusedIdentity |= cause instanceof AuthenticationFailedException && cause.getCause() == null;
        }
        // Otherwise ProConnect did not answer, or answered something unusable (the code exchange, keys, user info).
        return refusedIdentity ? Reason.INVALID_IDENTITY : Reason.UNAVAILABLE;
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                // Some messages quote a token: keep it out of the log.
                text.append(": ")
                        .append(cause.getMessage()
                                .replaceAll("eyJ[\\w-]*\\.[\\w.-]*", "<jwt>")
                                .strip());
            }
            text.append(" / ");
        }
        return text.toString();
    }
}
