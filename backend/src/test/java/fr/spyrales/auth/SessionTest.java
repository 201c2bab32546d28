package fr.spyrales.auth;

import static fr.spyrales.support.TestAccounts.PASSWORD;
import static fr.spyrales.support.TestAccounts.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionTest {
    @Inject
    TestAccounts accounts;

    private static Response refresh(String token) {
        return anonymous().body(Map.of("refreshToken", token)).post("/api/v1/auth/refresh");
    }

    @Test
    void aWrongPasswordOrUnknownAddressGetsTheSameAnswer() {
        TestAccounts.Account account = accounts.member();
        anonymous()
                .body(Map.of("email", account.email(), "password", "pas-le-bon-mot-de-passe"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("Adresse e-mail ou mot de passe incorrect."));
        anonymous()
                .body(Map.of("email", "personne.inconnue@insee.fr", "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .body("detail", equalTo("Adresse e-mail ou mot de passe incorrect."));
    }

    @Test
    void loginIgnoresTheCaseOfTheAddress() {
        TestAccounts.Account account = accounts.member();
        anonymous()
                .body(Map.of("email", account.email().toUpperCase(), "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200);
    }

    @Test
    void refreshRotatesTheToken() {
        TestAccounts.Account account = accounts.member();
        String next = refresh(account.refreshToken())
                .then()
                .statusCode(200)
                .body("accessToken", not(emptyOrNullString()))
                .body("expiresIn", equalTo(900))
                .extract()
                .path("refreshToken");
        assertNotEquals(account.refreshToken(), next);
        refresh(next).then().statusCode(200);
    }

    @Test
    void reusingARotatedTokenClosesTheWholeSession() {
        TestAccounts.Account account = accounts.member();
        String second =
                refresh(account.refreshToken()).then().statusCode(200).extract().path("refreshToken");
        // Someone replays the first token: the family is revoked, including the legitimate newer token.
        refresh(account.refreshToken())
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("déjà été utilisé"));
        refresh(second).then().statusCode(401);
        // Another login opens a new, independent session.
        String other = accounts.login(account.email()).refreshToken();
        refresh(other).then().statusCode(200);
    }

    @Test
    void logoutRevokesTheSession() {
        TestAccounts.Account account = accounts.member();
        anonymous()
                .body(Map.of("refreshToken", account.refreshToken()))
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
        refresh(account.refreshToken()).then().statusCode(401);
    }

    @Test
    void browsersKeepTheRefreshTokenInAnHttpOnlyCookie() {
        TestAccounts.Account account = accounts.member();
        Response login = anonymous()
                .body(Map.of("email", account.email(), "password", PASSWORD, "useCookie", true))
                .post("/api/v1/auth/login");
        login.then().statusCode(200).body("refreshToken", nullValue()).body("accessToken", notNullValue());
        String setCookie = login.getHeader("Set-Cookie");
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/api/v1/auth"), setCookie);

        String cookie = login.getCookie(AuthResource.REFRESH_COOKIE);
        Response refreshed = anonymous()
                .cookie(AuthResource.REFRESH_COOKIE, cookie)
                .body("{}")
                .post("/api/v1/auth/refresh");
        refreshed.then().statusCode(200).body("refreshToken", nullValue());
        String rotated = refreshed.getCookie(AuthResource.REFRESH_COOKIE);
        assertNotEquals(cookie, rotated);

        anonymous()
                .cookie(AuthResource.REFRESH_COOKIE, rotated)
                .body("{}")
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
        anonymous()
                .cookie(AuthResource.REFRESH_COOKIE, rotated)
                .body("{}")
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
    }

    @Test
    void refreshWithoutAnyTokenIsUnauthenticated() {
        anonymous()
                .body("{}")
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("Aucune session"));
    }

    @Test
    void passwordResetChangesThePasswordAndClosesSessions() {
        TestAccounts.Account account = accounts.member();
        anonymous()
                .body(Map.of("email", account.email()))
                .post("/api/v1/auth/password-reset")
                .then()
                .statusCode(202);
        String token = accounts.lastToken(account.email());
        String newPassword = "un-nouveau-mot-de-passe-solide";
        anonymous()
                .body(Map.of("token", token, "password", newPassword))
                .post("/api/v1/auth/password-reset/confirm")
                .then()
                .statusCode(204);

        refresh(account.refreshToken()).then().statusCode(401);
        anonymous()
                .body(Map.of("email", account.email(), "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        anonymous()
                .body(Map.of("email", account.email(), "password", newPassword))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200);
        // The link is single-use.
        anonymous()
                .body(Map.of("token", token, "password", "encore-un-autre-mot-de-passe"))
                .post("/api/v1/auth/password-reset/confirm")
                .then()
                .statusCode(400);
    }

    @Test
    void passwordResetForAnUnknownAddressLooksTheSame() {
        anonymous()
                .body(Map.of("email", "inconnu.total@insee.fr"))
                .post("/api/v1/auth/password-reset")
                .then()
                .statusCode(202)
                .body("message", containsString("Si un compte existe"));
    }

    @Test
    void anExpiredSessionOrResetLinkIsRefused() {
        TestAccounts.Account account = accounts.member();
        anonymous()
                .body(Map.of("email", account.email()))
                .post("/api/v1/auth/password-reset")
                .then()
                .statusCode(202);
        String token = accounts.lastToken(account.email());
        accounts.expireLinksAndSessions(account.email());

        refresh(account.refreshToken())
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("expiré"));
        anonymous()
                .body(Map.of("token", token, "password", "un-nouveau-mot-de-passe-solide"))
                .post("/api/v1/auth/password-reset/confirm")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("expiré"));
        // The password did not change.
        accounts.login(account.email());
    }
}
