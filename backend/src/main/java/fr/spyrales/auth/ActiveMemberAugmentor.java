package fr.spyrales.auth;

import fr.spyrales.common.security.Roles;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Checks every bearer token against the database: an erased or suspended account's tokens stop working
 * at once, and a role granted or removed applies from the next request, not the next login.
 */
@ApplicationScoped
public class ActiveMemberAugmentor implements SecurityIdentityAugmentor {
    private final MemberRoles memberRoles;

    ActiveMemberAugmentor(MemberRoles memberRoles) {
        this.memberRoles = memberRoles;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        if (ProConnectTenant.ID.equals(identity.getAttribute(OidcUtils.TENANT_ID_ATTRIBUTE))) {
            // ProConnect's id token, at the return of a sign-in (ProConnectFlow): no member yet, not a bearer token.
            return Uni.createFrom().item(identity);
        }
        if (jwt.containsClaim(Roles.CLIENT_ID_CLAIM)) {
            // A partner client's token names no member: the partner feature checks the client on each request.
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> withCurrentRoles(identity, jwt));
    }

    private SecurityIdentity withCurrentRoles(SecurityIdentity identity, JsonWebToken jwt) {
        UUID memberId;
        try {
            memberId = UUID.fromString(jwt.getSubject());
        } catch (RuntimeException e) {
            throw new AuthenticationFailedException("token without a member id");
        }
        var roles = memberRoles
                .ofActiveMember(memberId)
                .orElseThrow(() -> new AuthenticationFailedException("account erased, suspended or unknown"));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(roles)
                .build();
    }
}
