package fr.spyrales.auth;

import static fr.spyrales.support.TestAccounts.newEmail;
import static fr.spyrales.support.TestAccounts.newIp;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.common.RateLimitConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ThrottlingTest {
    @Inject
    RateLimitConfig limits;

    private static Response login(String ip, String email) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", ip)
                .body(Map.of("email", email, "password", "mauvais-mot-de-passe"))
                .post("/api/v1/auth/login");
    }

    /** Refused, and told to come back when the bucket has one hit again: one window / limit at most, not the window's end. */
    private void assertThrottled(Response response, int limit) {
        response.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:spyrales:problem:too-many-requests"))
                .body("detail", containsString("Réessayez dans"));
        long retryAfter = Long.parseLong(response.getHeader("Retry-After"));
        long oneHitBack = (limits.windowSeconds() + limit - 1) / limit;
        assertTrue(
                retryAfter > 0 && retryAfter <= oneHitBack,
                "Retry-After " + retryAfter + " s, one hit comes back every " + oneHitBack + " s");
    }

    @Test
    void loginIsThrottledPerAddressEvenAcrossClients() {
        String email = newEmail();
        for (int i = 0; i < limits.loginPerEmail(); i++) {
            login(newIp(), email).then().statusCode(401);
        }
        assertThrottled(login(newIp(), email), limits.loginPerEmail());
    }

    @Test
    void loginIsThrottledPerClient() {
        String ip = newIp();
        for (int i = 0; i < limits.loginPerIp(); i++) {
            login(ip, newEmail()).then().statusCode(401);
        }
        assertThrottled(login(ip, newEmail()), limits.loginPerIp());
        // Another client is not affected.
        login(newIp(), newEmail()).then().statusCode(401);
    }

    @Test
    void registrationIsThrottledPerClient() {
        String ip = newIp();
        for (int i = 0; i < limits.registerPerIp(); i++) {
            given().contentType(ContentType.JSON)
                    .header("X-Forwarded-For", ip)
                    .body(Map.of(
                            "email",
                            newEmail(),
                            "password",
                            "un-mot-de-passe-solide",
                            "firstName",
                            "A",
                            "lastName",
                            "B"))
                    .post("/api/v1/auth/register")
                    .then()
                    .statusCode(202);
        }
        assertThrottled(
                given().contentType(ContentType.JSON)
                        .header("X-Forwarded-For", ip)
                        .body(Map.of(
                                "email",
                                newEmail(),
                                "password",
                                "un-mot-de-passe-solide",
                                "firstName",
                                "A",
                                "lastName",
                                "B"))
                        .post("/api/v1/auth/register"),
                limits.registerPerIp());
    }

    @Test
    void passwordResetIsThrottledPerAddress() {
        String email = newEmail();
        for (int i = 0; i < limits.resetPerEmail(); i++) {
            given().contentType(ContentType.JSON)
                    .header("X-Forwarded-For", newIp())
                    .body(Map.of("email", email))
                    .post("/api/v1/auth/password-reset")
                    .then()
                    .statusCode(202);
        }
        assertThrottled(
                given().contentType(ContentType.JSON)
                        .header("X-Forwarded-For", newIp())
                        .body(Map.of("email", email))
                        .post("/api/v1/auth/password-reset"),
                limits.resetPerEmail());
    }

    @Test
    void registrationIsThrottledPerAddressEvenAcrossClients() {
        String email = newEmail();
        Map<String, String> body =
                Map.of("email", email, "password", "un-mot-de-passe-solide", "firstName", "A", "lastName", "B");
        for (int i = 0; i < limits.registerPerEmail(); i++) {
            given().contentType(ContentType.JSON)
                    .header("X-Forwarded-For", newIp())
                    .body(body)
                    .post("/api/v1/auth/register")
                    .then()
                    .statusCode(202);
        }
        assertThrottled(
                given().contentType(ContentType.JSON)
                        .header("X-Forwarded-For", newIp())
                        .body(body)
                        .post("/api/v1/auth/register"),
                limits.registerPerEmail());
    }

    @Test
    void passwordResetIsThrottledPerClient() {
        String ip = newIp();
        for (int i = 0; i < limits.resetPerIp(); i++) {
            given().contentType(ContentType.JSON)
                    .header("X-Forwarded-For", ip)
                    .body(Map.of("email", newEmail()))
                    .post("/api/v1/auth/password-reset")
                    .then()
                    .statusCode(202);
        }
        assertThrottled(
                given().contentType(ContentType.JSON)
                        .header("X-Forwarded-For", ip)
                        .body(Map.of("email", newEmail()))
                        .post("/api/v1/auth/password-reset"),
                limits.resetPerIp());
    }
}
