package fr.spyrales.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.auth.ProConnectProvider.Agent;
import fr.spyrales.auth.ProConnectProvider.IdToken;
import fr.spyrales.auth.ProConnectProvider.Started;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with ProConnect against a local provider ({@link ProConnectStub}): the first sign-in creates the member,
 * the next ones find them by their ProConnect subject, an existing account is linked once its password is given,
 * and every untrustworthy return (state, id token) ends on the login page with its reason.
 */
@QuarkusTest
class ProConnectLoginTest {
    @Inject
    TestAccounts accounts;

    @Inject
    MemberRepository members;

    @Test
    void providersSayProConnectIsOn() {
        TestAccounts.anonymous()
                .get("/api/v1/auth/providers")
                .then()
                .statusCode(200)
                .body("proConnect", equalTo(true));
    }

    @Test
    void startSendsTheBrowserToProConnectWithStateNonceAndTheScopes() {
        Response response = io.restassured.RestAssured.given()
                .redirects()
                .follow(false)
                .get("/api/v1/auth/proconnect/start")
                .then()
                .statusCode(303)
                .extract()
                .response();
        URI location = URI.create(response.header("Location"));
        assertEquals(
                ProConnectProvider.issuer() + "/authorize", location.toString().replaceAll("\\?.*", ""));
        Map<String, String> query = ProConnectProvider.query(location);
        assertEquals("code", query.get("response_type"));
        assertEquals(ProConnectStub.CLIENT_ID, query.get("client_id"));
        assertEquals("openid given_name usual_name email uid siret idp_id", query.get("scope"));
        assertEquals("http://localhost:5173/api/v1/auth/proconnect/callback", query.get("redirect_uri"));
        assertNotNull(query.get("nonce"));
        // quarkus-oidc keeps the state and, encrypted, the nonce in a cookie of this browser.
        String stateCookie = response.getCookie(ProConnectProvider.STATE_COOKIE_PREFIX + query.get("state"));
        assertNotNull(stateCookie);
        assertTrue(stateCookie.startsWith(query.get("state") + "|"), stateCookie);
        assertFalse(stateCookie.contains(query.get("nonce")), "the nonce is not readable in the cookie");
        assertTrue(response.getDetailedCookie(ProConnectProvider.STATE_COOKIE_PREFIX + query.get("state"))
                .isHttpOnly());
        assertEquals(
                java.util.Set.of("response_type", "client_id", "redirect_uri", "scope", "state", "nonce"),
                query.keySet(),
                "ProConnect refuses any authorize parameter outside its list");
    }

    @Test
    void theFirstSignInCreatesTheMemberAndOpensASessionLikeAPasswordLogin() {
        Agent agent = Agent.fresh(TestAccounts.newEmail());
        Response callback = ProConnectProvider.signIn(agent);

        assertEquals(303, callback.statusCode());
        assertEquals("http://localhost:5173/", callback.header("Location"));
        String refresh = callback.getCookie(AuthResource.REFRESH_COOKIE);
        assertNotNull(refresh, "the session cookie of a password login");
        assertNoOidcSession(callback);
        String accessToken = TestAccounts.anonymous()
                .cookie(AuthResource.REFRESH_COOKIE, refresh)
                .body("{}")
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + accessToken)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("email", equalTo(agent.email()))
                .body("firstName", equalTo("Agathe"))
                .body("lastName", equalTo("Dupont"));
        io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + accessToken)
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .body("account.proConnect.subject", equalTo(agent.subject()))
                .body("account.proConnect.siret", equalTo("13002526500013"))
                .body("account.emailVerifiedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void theNextSignInFindsTheMemberByTheirSubjectEvenWithAnotherAddress() {
        Agent agent = Agent.fresh(TestAccounts.newEmail());
        UUID first = memberOf(ProConnectProvider.signIn(agent));
        UUID second = memberOf(ProConnectProvider.signIn(agent.withEmail(TestAccounts.newEmail())));
        assertEquals(first, second);
    }

    @Test
    void anExistingAccountIsLinkedOnlyWithItsPassword() {
        TestAccounts.Account account = accounts.member("Bérénice", "Lemoine");
        Agent agent = Agent.fresh(account.email());

        Response callback = ProConnectProvider.signIn(agent);
        assertEquals(303, callback.statusCode());
        String location = callback.header("Location");
        assertTrue(location.startsWith("http://localhost:5173/connexion/proconnect/lier#"), location);
        assertEquals(null, callback.getCookie(AuthResource.REFRESH_COOKIE), "no session before the password");
        String token = location.substring(location.indexOf('#') + 1);

        TestAccounts.anonymous()
                .body(Map.of("token", token, "password", "pas-le-bon-mot-de-passe"))
                .post("/api/v1/auth/proconnect/link")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("Mot de passe incorrect."));
        TestAccounts.anonymous()
                .body(Map.of("token", token, "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/proconnect/link")
                .then()
                .statusCode(200)
                .body("memberId", equalTo(account.id().toString()))
                .body("accessToken", org.hamcrest.Matchers.notNullValue());
        TestAccounts.anonymous()
                .body(Map.of("token", token, "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/proconnect/link")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        // Linked: ProConnect alone opens the session now.
        assertEquals(account.id(), memberOf(ProConnectProvider.signIn(agent)));
    }

    @Test
    void anAddressOutsideThePublicSectorIsRefusedWithItsReason() {
        String email = "agathe." + UUID.randomUUID().toString().substring(0, 8) + "@gmail.com";
        Response callback = ProConnectProvider.signIn(Agent.fresh(email));
        assertEquals(303, callback.statusCode());
        assertEquals("http://localhost:5173/connexion?proconnect=domaine-refuse", callback.header("Location"));
        assertEquals(null, callback.getCookie(AuthResource.REFRESH_COOKIE));
        assertTrue(members.findByEmail(email).isEmpty());
    }

    @Test
    void aStateThatIsNotThisBrowsersIsRefused() {
        Agent agent = Agent.fresh(TestAccounts.newEmail());
        Started started = ProConnectProvider.start();
        String code = ProConnectProvider.willAnswer(agent, started.nonce(), IdToken.GOOD);
        Started other = ProConnectProvider.start();

        assertFailure(ProConnectProvider.callback(code, started.state(), other), "session-expiree");
        assertFailure(ProConnectProvider.callback(code, started.state(), null), "session-expiree");
        // A state cookie forged to match the address carries no nonce.
        assertFailure(
                ProConnectProvider.callback(code, "inconnu", new Started("inconnu", null, "inconnu")),
                "session-expiree");
        assertTrue(members.findByEmail(agent.email()).isEmpty());
    }

    @Test
    void aReturnServesOnce() {
        Agent agent = Agent.fresh(TestAccounts.newEmail());
        Started started = ProConnectProvider.start();
        String code = ProConnectProvider.willAnswer(agent, started.nonce(), IdToken.GOOD);
        Response first = ProConnectProvider.callback(code, started.state(), started);
        assertEquals("http://localhost:5173/", first.header("Location"));
        assertTrue(
                first.getDetailedCookie(started.stateCookieName()).getMaxAge() <= 0,
                "the state cookie is cleared at the return");
        // Replayed with the same state cookie: ProConnect refuses a code used already.
        assertFailure(ProConnectProvider.callback(code, started.state(), started), "session-expiree");
    }

    @Test
    void proConnectNotAnsweringAtTheReturnSendsTheAgentBackWithItsReason() {
        Agent agent = Agent.fresh(TestAccounts.newEmail());
        assertFailure(ProConnectProvider.signIn(agent, IdToken.PROVIDER_DOWN), "indisponible");
        assertTrue(members.findByEmail(agent.email()).isEmpty());
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        assertRefusedIdToken(IdToken.EXPIRED);
    }

    @Test
    void anIdTokenSignedByAnotherKeyIsRefused() {
        assertRefusedIdToken(IdToken.SIGNED_BY_ANOTHER_KEY);
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() {
        assertRefusedIdToken(IdToken.WRONG_NONCE);
    }

    @Test
    void anIdTokenForAnotherClientIsRefused() {
        assertRefusedIdToken(IdToken.WRONG_AUDIENCE);
    }

    @Test
    void theAgentCancellingAtProConnectComesBackToTheLoginPage() {
        Started started = ProConnectProvider.start();
        Response response = io.restassured.RestAssured.given()
                .redirects()
                .follow(false)
                .cookie(started.stateCookieName(), started.stateCookie())
                .queryParam("error", "access_denied")
                .queryParam("state", started.state())
                .get("/api/v1/auth/proconnect/callback");
        assertFailure(response, "annulee");
    }

    @Test
    void logoutOfAProConnectSessionGivesProConnectsLogoutAddress() {
        Agent agent = Agent.fresh(TestAccounts.newEmail());
        String refresh = ProConnectProvider.signIn(agent).getCookie(AuthResource.REFRESH_COOKIE);

        Response logout = TestAccounts.anonymous()
                .cookie(AuthResource.REFRESH_COOKIE, refresh)
                .body("{}")
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(200)
                .body("endSessionUrl", startsWith(ProConnectProvider.issuer() + "/session/end?"))
                .extract()
                .response();
        Map<String, String> query = ProConnectProvider.query(URI.create(logout.path("endSessionUrl")));
        assertEquals(3, query.size());
        assertFalse(query.get("id_token_hint").isBlank());
        assertFalse(query.get("state").isBlank());
        assertEquals("http://localhost:5173/connexion", query.get("post_logout_redirect_uri"));
        // The session is closed here too.
        TestAccounts.anonymous()
                .cookie(AuthResource.REFRESH_COOKIE, refresh)
                .body("{}")
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
    }

    @Test
    void logoutOfAPasswordSessionIsUnchanged() {
        TestAccounts.Account account = accounts.member();
        TestAccounts.anonymous()
                .body(Map.of("refreshToken", account.refreshToken()))
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
    }

    private void assertRefusedIdToken(IdToken shape) {
        Agent agent = Agent.fresh(TestAccounts.newEmail());
        assertFailure(ProConnectProvider.signIn(agent, shape), "identite-invalide");
        assertTrue(members.findByEmail(agent.email()).isEmpty());
    }

    private static void assertFailure(Response response, String reason) {
        assertEquals(303, response.statusCode());
        assertEquals("http://localhost:5173/connexion?proconnect=" + reason, response.header("Location"));
        assertEquals(null, response.getCookie(AuthResource.REFRESH_COOKIE));
        assertNoOidcSession(response);
    }

    /** Our refresh cookie is the session: quarkus-oidc's own session cookie never reaches the browser. */
    private static void assertNoOidcSession(Response response) {
        response.getDetailedCookies()
                .asList()
                .forEach(cookie -> assertFalse(
                        cookie.getName().startsWith("q_session") && cookie.getMaxAge() != 0,
                        "no OIDC session cookie: " + cookie));
    }

    private static UUID memberOf(Response callback) {
        assertEquals("http://localhost:5173/", callback.header("Location"));
        return UUID.fromString(TestAccounts.anonymous()
                .cookie(AuthResource.REFRESH_COOKIE, callback.getCookie(AuthResource.REFRESH_COOKIE))
                .body("{}")
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200)
                .extract()
                .path("memberId"));
    }
}
