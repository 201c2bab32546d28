package fr.spyrales.common.security;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The member behind the request's access token (checked against the database by the auth feature's ActiveMemberAugmentor). */
@RequestScoped
public class CurrentMember {
    private final JsonWebToken jwt;
    private final SecurityIdentity identity;

    CurrentMember(JsonWebToken jwt, SecurityIdentity identity) {
        this.jwt = jwt;
        this.identity = identity;
    }

    public UUID id() {
        try {
            return UUID.fromString(jwt.getSubject());
        } catch (RuntimeException e) {
            throw unauthenticated();
        }
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    private static ApiException unauthenticated() {
        return new ApiException(ProblemType.UNAUTHENTICATED, "Votre session n'est plus valide. Reconnectez-vous.");
    }
}
