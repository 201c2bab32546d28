package fr.spyrales.auth;

import fr.spyrales.member.Member;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Signs the short-lived RS256 access tokens. */
@ApplicationScoped
public class TokenIssuer {
    private final JwtConfig config;

    TokenIssuer(JwtConfig config) {
        this.config = config;
    }

    public String accessToken(Member member) {
        return Jwt.issuer(config.issuer())
                .subject(member.id.toString())
                .upn(member.email)
                .groups(member.roles())
                .claim("name", member.displayName)
                .expiresIn(lifetime())
                .sign();
    }

    public Duration lifetime() {
        return Duration.ofMinutes(config.accessTokenMinutes());
    }
}
