package fr.spyrales.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every way a bearer token can be wrong ends in the same 401 problem. */
@QuarkusTest
class TokenValidationTest {
    @Inject
    TestAccounts accounts;

    private static void assertRejected(String token) {
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:spyrales:problem:unauthenticated"))
                .body("status", equalTo(401));
    }

    @Test
    void noTokenIsUnauthenticated() {
        given().get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo("Connectez-vous pour accéder à cette ressource (jeton absent, invalide ou expiré)."));
    }

    @Test
    void anExpiredTokenIsRefused() {
        TestAccounts.Account account = accounts.member();
        String expired = Jwt.issuer("https://spyrales.fr")
                .subject(account.id().toString())
                .upn(account.email())
                .groups(Set.of("member"))
                .issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(1800))
                .sign();
        assertRejected(expired);
    }

    @Test
    void aTamperedTokenIsRefused() {
        TestAccounts.Account account = accounts.member();
        String[] parts = account.accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String forged = payload.replace("\"member\"", "\"admin\"");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes()) + "." + parts[2];
        assertRejected(tampered);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        TestAccounts.Account account = accounts.member();
        String foreign = Jwt.issuer("https://ailleurs.example")
                .subject(account.id().toString())
                .upn(account.email())
                .groups(Set.of("member"))
                .sign();
        assertRejected(foreign);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        TestAccounts.Account account = accounts.member();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.issuer("https://spyrales.fr")
                .subject(account.id().toString())
                .upn(account.email())
                .groups(Set.of("member", "admin"))
                .sign(generator.generateKeyPair().getPrivate());
        assertRejected(forged);
    }

    @Test
    void garbageIsRefused() {
        assertRejected("ceci-n-est-pas-un-jeton");
    }

    @Test
    void aValidTokenIsAccepted() {
        TestAccounts.Account account = accounts.member();
        account.as()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(account.id().toString()));
    }
}
