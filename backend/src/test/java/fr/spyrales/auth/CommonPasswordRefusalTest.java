package fr.spyrales.auth;

import static fr.spyrales.support.TestAccounts.anonymous;
import static fr.spyrales.support.TestAccounts.newEmail;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A common password is refused wherever a password is chosen, with the French message on the field. */
@QuarkusTest
class CommonPasswordRefusalTest {
    private static final String COMMON = "Azertyuiop2026!";

    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    @Test
    void registrationWithACommonPasswordCreatesNoAccount() {
        String email = newEmail();
        anonymous()
                .body(Map.of("email", email, "password", COMMON, "firstName", "Jean", "lastName", "Dupont"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", equalTo(PasswordPolicy.TOO_COMMON));
        long accounts = ((Number) em.createNativeQuery("SELECT count(*) FROM member WHERE lower(email) = :email")
                        .setParameter("email", email)
                        .getSingleResult())
                .longValue();
        assertEquals(0, accounts);
    }

    @Test
    void aResetToACommonPasswordIsRefusedAndTheLinkStillWorks() {
        TestAccounts.Account account = accounts.member();
        anonymous()
                .body(Map.of("email", account.email()))
                .post("/api/v1/auth/password-reset")
                .then()
                .statusCode(202);
        String token = accounts.lastToken(account.email());

        anonymous()
                .body(Map.of("token", token, "password", "Motdepasse-123456"))
                .post("/api/v1/auth/password-reset/confirm")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", equalTo(PasswordPolicy.TOO_COMMON));
        accounts.login(account.email());

        String chosen = "des-cartes-et-des-donnees-ouvertes";
        anonymous()
                .body(Map.of("token", token, "password", chosen))
                .post("/api/v1/auth/password-reset/confirm")
                .then()
                .statusCode(204);
        anonymous()
                .body(Map.of("email", account.email(), "password", chosen))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200);
    }
}
