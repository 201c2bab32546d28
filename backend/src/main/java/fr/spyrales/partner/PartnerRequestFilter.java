package fr.spyrales.partner;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.common.TokenBuckets;
import fr.spyrales.common.security.Roles;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every call made with a partner client's token: the client must still be active, within its rate limit (a token
 * bucket per client shared by every instance: {@link TokenBuckets}), and hold the scopes the operation declares
 * with {@link PartnerScope}; an operation that declares none refuses partner clients. Every answer carries the
 * RateLimit-* headers and is counted in the client's daily usage. Members' and anonymous calls pass untouched.
 */
@ApplicationScoped
public class PartnerRequestFilter {
    private static final Logger LOG = Logger.getLogger(PartnerRequestFilter.class);
    private static final String CALL = PartnerRequestFilter.class.getName() + ".call";
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final CurrentIdentityAssociation identities;
    private final CurrentClient current;
    private final TokenBuckets buckets;
    private final PartnerUsage usage;
    private final EntityManager em;
    private final Vertx vertx;

    PartnerRequestFilter(
            CurrentIdentityAssociation identities,
            CurrentClient current,
            TokenBuckets buckets,
            PartnerUsage usage,
            EntityManager em,
            Vertx vertx) {
        this.identities = identities;
        this.current = current;
        this.buckets = buckets;
        this.usage = usage;
        this.em = em;
        this.vertx = vertx;
    }

    /** What the request filter learnt, for the response filter. */
    private record PartnerCall(UUID clientId, int limit, TokenBuckets.Take take) {}

    @ServerRequestFilter
    public void checkPartnerCall(ContainerRequestContext request, ResourceInfo resource) {
        String authorization = request.getHeaderString("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return;
        }
        JsonWebToken jwt = partnerToken();
        if (jwt == null) {
            return;
        }
        UUID clientId;
        try {
            clientId = UUID.fromString(jwt.getClaim(Roles.CLIENT_ID_CLAIM).toString());
        } catch (RuntimeException e) {
            throw new ApiException(ProblemType.UNAUTHENTICATED, "Jeton de client partenaire invalide.");
        }
        PartnerClient client = em.find(PartnerClient.class, clientId);
        if (client == null || !client.activeAt(Instant.now())) {
            throw new ApiException(
                    ProblemType.UNAUTHENTICATED,
                    "Ce client partenaire est révoqué ou expiré : ses jetons ne sont plus acceptés.");
        }
        TokenBuckets.Take take = buckets.take("partner:" + clientId, client.rateLimitPerMinute, WINDOW, Instant.now());
        request.setProperty(CALL, new PartnerCall(clientId, client.rateLimitPerMinute, take));
        if (!take.allowed()) {
            long retryAfter = Math.max(1, seconds(take.retryAfter()));
            throw new ApiException(
                    ProblemType.TOO_MANY_REQUESTS,
                    "Limite de " + client.rateLimitPerMinute + " appels par minute atteinte pour ce client."
                            + " Réessayez dans " + retryAfter + " s.",
                    List.of(),
                    retryAfter);
        }
        Set<String> scopes = tokenScopes(jwt);
        scopes.retainAll(Arrays.asList(client.scopes));
        current.set(clientId, scopes, client.organizationId);
        PartnerScope declared = declared(resource);
        if (declared == null) {
            throw ApiException.forbidden("Cette opération n'est pas ouverte aux clients partenaires.");
        }
        for (String needed : declared.value()) {
            if (!scopes.contains(needed)) {
                throw ApiException.withExtension(
                        ProblemType.FORBIDDEN,
                        "Portée manquante : " + needed + ". Demandez un jeton avec cette portée (scope=" + needed
                                + ") ; elle doit avoir été accordée au client.",
                        "missingScope",
                        needed);
            }
        }
    }

    @ServerResponseFilter
    public void rateLimitHeadersAndUsage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CALL) instanceof PartnerCall call)) {
            return;
        }
        response.getHeaders().putSingle("RateLimit-Limit", call.limit());
        response.getHeaders().putSingle("RateLimit-Remaining", call.take().remaining());
        response.getHeaders().putSingle("RateLimit-Reset", seconds(call.take().untilFull()));
        int status = response.getStatus();
        if (BlockingOperationControl.isBlockingAllowed()) {
            count(call.clientId(), status);
        } else {
            vertx.executeBlocking(() -> {
                count(call.clientId(), status);
                return null;
            });
        }
    }

    private void count(UUID clientId, int status) {
        try {
            usage.count(clientId, status);
        } catch (RuntimeException e) {
            // The figures are for the administrators: a failed count must never fail the partner's call.
            LOG.warnf(e, "Usage of partner client %s not counted", clientId);
        }
    }

    /** The request's token when it is a partner client's; null for members, and for tokens that do not verify. */
    private JsonWebToken partnerToken() {
        SecurityIdentity identity;
        try {
            identity = identities.getIdentity();
        } catch (RuntimeException e) {
            // Not a valid token: the operation answers as it does for any bad token (401 where it needs one).
            return null;
        }
        if (identity == null
                || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || !jwt.containsClaim(Roles.CLIENT_ID_CLAIM)) {
            return null;
        }
        return jwt;
    }

    private static Set<String> tokenScopes(JsonWebToken jwt) {
        Object scope = jwt.getClaim("scope");
        Set<String> scopes = new LinkedHashSet<>();
        if (scope != null) {
            String text = scope.toString().replace("\"", "");
            for (String s : text.split(" +")) {
                if (!s.isBlank()) {
                    scopes.add(s);
                }
            }
        }
        return scopes;
    }

    private static PartnerScope declared(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        PartnerScope onMethod = resource.getResourceMethod().getAnnotation(PartnerScope.class);
        if (onMethod != null) {
            return onMethod;
        }
        return resource.getResourceClass().getAnnotation(PartnerScope.class);
    }

    private static long seconds(Duration duration) {
        return Math.max(0, (duration.toMillis() + 999) / 1000);
    }
}
