package fr.spyrales.auth;

import static fr.spyrales.support.TestAccounts.PASSWORD;
import static fr.spyrales.support.TestAccounts.anonymous;
import static fr.spyrales.support.TestAccounts.newEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Races that the database, not Java, must settle. */
@QuarkusTest
class ConcurrencyTest {
    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    private static List<Integer> race(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> futures = pool.invokeAll(IntStream.range(0, n).mapToObj(i -> call).toList());
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Inject
    fr.spyrales.common.RateLimitConfig limits;

    @Test
    void simultaneousRegistrationsOfOneAddressCreateOneAccountWithinTheLimit() throws Exception {
        String email = newEmail();
        int attempts = limits.registerPerEmail() + 3;
        List<Integer> statuses = race(attempts, () -> anonymous()
                .body(Map.of("email", email, "password", PASSWORD, "firstName", "Zoé", "lastName", "Martin"))
                .post("/api/v1/auth/register").statusCode());
        assertEquals(limits.registerPerEmail(), statuses.stream().filter(s -> s == 202).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
        long accountsForAddress = ((Number) em.createNativeQuery("SELECT count(*) FROM member WHERE lower(email) = :email")
                .setParameter("email", email).getSingleResult()).longValue();
        assertEquals(1, accountsForAddress);
    }

    @Test
    void oneRefreshTokenOpensAtMostOneSession() throws Exception {
        TestAccounts.Account account = accounts.member();
        List<Integer> statuses = race(6, () -> anonymous().body(Map.of("refreshToken", account.refreshToken()))
                .post("/api/v1/auth/refresh").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 401).count(), statuses.toString());
    }
}
