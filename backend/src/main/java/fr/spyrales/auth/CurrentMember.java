package fr.spyrales.auth;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The member behind the request's access token; an erased account's tokens stop working at once. */
@RequestScoped
public class CurrentMember {
    private final JsonWebToken jwt;
    private final MemberRepository members;

    CurrentMember(JsonWebToken jwt, MemberRepository members) {
        this.jwt = jwt;
        this.members = members;
    }

    public UUID id() {
        try {
            return UUID.fromString(jwt.getSubject());
        } catch (RuntimeException e) {
            throw unauthenticated();
        }
    }

    /** Loads the caller, refusing tokens of erased accounts. */
    public Member load() {
        return members.findByIdOptional(id()).filter(m -> !m.isErased()).orElseThrow(CurrentMember::unauthenticated);
    }

    public boolean hasRole(String role) {
        return jwt.getGroups().contains(role);
    }

    private static ApiException unauthenticated() {
        return new ApiException(ProblemType.UNAUTHENTICATED, "Votre session n'est plus valide. Reconnectez-vous.");
    }
}
