package fr.spyrales.auth;

import static fr.spyrales.support.TestAccounts.PASSWORD;
import static fr.spyrales.support.TestAccounts.anonymous;
import static fr.spyrales.support.TestAccounts.newEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Races that the database, not Java, must settle. */
@QuarkusTest
class ConcurrencyTest {
    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    @Inject
    fr.spyrales.common.RateLimitConfig limits;

    @Test
    void simultaneousRegistrationsOfOneAddressCreateOneAccountWithinTheLimit() throws Exception {
        String email = newEmail();
        int attempts = limits.registerPerEmail() + 3;
        List<Integer> statuses = Race.of(
                attempts,
                () -> anonymous()
                        .body(Map.of("email", email, "password", PASSWORD, "firstName", "Zoé", "lastName", "Martin"))
                        .post("/api/v1/auth/register")
                        .statusCode());
        assertEquals(
                limits.registerPerEmail(),
                statuses.stream().filter(s -> s == 202).count(),
                statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
        long accountsForAddress = ((Number)
                        em.createNativeQuery("SELECT count(*) FROM member WHERE lower(email) = :email")
                                .setParameter("email", email)
                                .getSingleResult())
                .longValue();
        assertEquals(1, accountsForAddress);
    }

    @Test
    void oneRefreshTokenRacedSixTimesOpensOneSessionThenTheReuseClosesIt() throws Exception {
        TestAccounts.Account account = accounts.member();
        List<ExtractableResponse<Response>> answers = Race.of(
                6,
                () -> anonymous()
                        .body(Map.of("refreshToken", account.refreshToken()))
                        .post("/api/v1/auth/refresh")
                        .then()
                        .extract());
        List<Integer> statuses =
                answers.stream().map(ExtractableResponse::statusCode).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 401).count(), statuses.toString());
        // The losers presented a token already rotated: a sign of theft, so the winner's new session is closed too.
        String rotated = answers.stream()
                .filter(a -> a.statusCode() == 200)
                .findFirst()
                .orElseThrow()
                .path("refreshToken");
        anonymous()
                .body(Map.of("refreshToken", rotated))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
