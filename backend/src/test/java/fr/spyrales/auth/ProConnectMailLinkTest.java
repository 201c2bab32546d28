package fr.spyrales.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.auth.ProConnectProvider.Agent;
import fr.spyrales.mail.DeliveredMails;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Linking an existing account to ProConnect by the link mailed to its address, for the agent who has not (or no
 * longer) its password: the link opens the session once, expires, needs the pending link it came from, and never
 * joins an identity that another account holds.
 */
@QuarkusTest
class ProConnectMailLinkTest {
    private static final String SEND = "/api/v1/auth/proconnect/link/mail";
    private static final String CONFIRM = "/api/v1/auth/proconnect/link/mail/confirm";

    @Inject
    TestAccounts accounts;

    @Inject
    DeliveredMails mails;

    @Inject
    MemberRepository members;

    @Test
    void theMailedLinkLinksTheAccountOnceAndOpensTheSession() {
        TestAccounts.Account account = accounts.member("Bérénice", "Lemoine");
        Agent agent = Agent.fresh(account.email());
        String linkToken = pendingLink(agent);

        TestAccounts.anonymous()
                .body(Map.of("token", linkToken))
                .post(SEND)
                .then()
                .statusCode(202)
                .body("message", startsWith("Un lien vient d'être envoyé à l'adresse e-mail de votre compte"))
                .body("message", not(org.hamcrest.Matchers.containsString(account.email())));
        Mail mail = lastMail(account.email());
        assertEquals("Liez votre compte à ProConnect — Spyrales", mail.getSubject());
        assertTrue(
                mail.getText().contains("http://localhost:5173/connexion/proconnect/confirmer?token="), mail.getText());
        assertTrue(mail.getText().contains("valable 30 minutes"), mail.getText());
        String mailed = accounts.lastToken(account.email());

        Response linked = TestAccounts.anonymous()
                .body(Map.of("token", mailed, "useCookie", true))
                .post(CONFIRM)
                .then()
                .statusCode(200)
                .body("memberId", equalTo(account.id().toString()))
                .body("accessToken", notNullValue())
                .body("refreshToken", nullValue())
                .extract()
                .response();
        assertTrue(linked.getCookie(AuthResource.REFRESH_COOKIE) != null, "the session cookie of a login");

        TestAccounts.anonymous()
                .body(Map.of("token", mailed))
                .post(CONFIRM)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("Ce lien a déjà servi"));
        // The pending link is used up: the password cannot link it again.
        TestAccounts.anonymous()
                .body(Map.of("token", linkToken, "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/proconnect/link")
                .then()
                .statusCode(400);
        // Linked: ProConnect alone opens the session now.
        Response again = ProConnectProvider.signIn(agent);
        assertEquals("http://localhost:5173/", again.header("Location"));
    }

    @Test
    void twoClicksAtOnceLinkOnce() throws Exception {
        TestAccounts.Account account = accounts.member("Bérénice", "Lemoine");
        String mailed = mailedLink(account.email(), pendingLink(Agent.fresh(account.email())));

        List<Integer> statuses = Race.of(
                2,
                () -> TestAccounts.anonymous()
                        .body(Map.of("token", mailed))
                        .post(CONFIRM)
                        .statusCode());

        assertEquals(List.of(200, 400), statuses.stream().sorted().toList());
    }

    @Test
    void anExpiredLinkIsRefused() {
        TestAccounts.Account account = accounts.member("Bérénice", "Lemoine");
        String mailed = mailedLink(account.email(), pendingLink(Agent.fresh(account.email())));
        accounts.expireLinksAndSessions(account.email());

        TestAccounts.anonymous()
                .body(Map.of("token", mailed))
                .post(CONFIRM)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("Ce lien a expiré."));
    }

    @Test
    void aLinkWhosePendingLinkExpiredIsRefused() {
        TestAccounts.Account account = accounts.member("Bérénice", "Lemoine");
        String mailed = mailedLink(account.email(), pendingLink(Agent.fresh(account.email())));
        QuarkusTransaction.requiringNew()
                .run(() -> members.getEntityManager()
                        .createNativeQuery("UPDATE proconnect_pending_link SET expires_at = now() - interval '1 minute'"
                                + " WHERE member_id = ?1")
                        .setParameter(1, account.id())
                        .executeUpdate());

        TestAccounts.anonymous()
                .body(Map.of("token", mailed))
                .post(CONFIRM)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo(ProConnectMailLink.PENDING_LINK_GONE));
        TestAccounts.anonymous()
                .body(Map.of("token", "inconnu"))
                .post(CONFIRM)
                .then()
                .statusCode(400)
                .body("detail", startsWith("Ce lien n'est pas valide"));
    }

    @Test
    void anIdentityThatAnotherAccountHoldsIsNotLinked() {
        TestAccounts.Account account = accounts.member("Bérénice", "Lemoine");
        Agent agent = Agent.fresh(account.email());
        String mailed = mailedLink(account.email(), pendingLink(agent));
        // Meanwhile the same ProConnect identity, with another address, opened an account of its own.
        Response other = ProConnectProvider.signIn(agent.withEmail(TestAccounts.newEmail()));
        assertEquals("http://localhost:5173/", other.header("Location"));

        TestAccounts.anonymous()
                .body(Map.of("token", mailed))
                .post(CONFIRM)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Cette identité ProConnect est déjà liée à un autre compte Spyrales."));
    }

    @Test
    void aNewLinkReplacesTheOlderOneAndRequestsAreThrottled() {
        TestAccounts.Account account = accounts.member("Bérénice", "Lemoine");
        String linkToken = pendingLink(Agent.fresh(account.email()));
        String first = mailedLink(account.email(), linkToken);
        String latest = first;
        // Five per window and address in tests (the password-reset limits), the first one included.
        for (int i = 1; i < 5; i++) {
            latest = mailedLink(account.email(), linkToken);
        }
        TestAccounts.anonymous()
                .body(Map.of("token", linkToken))
                .post(SEND)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("detail", startsWith("Trop de tentatives."));

        TestAccounts.anonymous()
                .body(Map.of("token", first))
                .post(CONFIRM)
                .then()
                .statusCode(400)
                .body("detail", startsWith("Ce lien a déjà servi, ou un lien plus récent l'a remplacé."));
        TestAccounts.anonymous()
                .body(Map.of("token", latest))
                .post(CONFIRM)
                .then()
                .statusCode(200);
    }

    @Test
    void noLinkIsMailedForAnUnknownOrUsedPendingLink() {
        TestAccounts.anonymous()
                .body(Map.of("token", UUID.randomUUID().toString()))
                .post(SEND)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo(ProConnectMailLink.PENDING_LINK_GONE));
    }

    @Test
    void aSiretThatIsNotFourteenDigitsIsNotKept() {
        Agent spaced = new Agent(UUID.randomUUID().toString(), TestAccounts.newEmail(), "A", "B", "130 025 265 00013");
        Agent wrong = new Agent(UUID.randomUUID().toString(), TestAccounts.newEmail(), "A", "B", "13002526500");
        assertEquals("13002526500013", exportedSiret(spaced));
        assertEquals(null, exportedSiret(wrong));
    }

    private static String pendingLink(Agent agent) {
        String location = ProConnectProvider.signIn(agent).header("Location");
        assertTrue(location.startsWith("http://localhost:5173/connexion/proconnect/lier#"), location);
        return location.substring(location.indexOf('#') + 1);
    }

    private String mailedLink(String email, String linkToken) {
        TestAccounts.anonymous()
                .body(Map.of("token", linkToken))
                .post(SEND)
                .then()
                .statusCode(202);
        return accounts.lastToken(email);
    }

    private Mail lastMail(String email) {
        List<Mail> received = mails.to(email);
        return received.get(received.size() - 1);
    }

    private static String exportedSiret(Agent agent) {
        Response callback = ProConnectProvider.signIn(agent);
        String accessToken = TestAccounts.anonymous()
                .cookie(AuthResource.REFRESH_COOKIE, callback.getCookie(AuthResource.REFRESH_COOKIE))
                .body("{}")
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        return io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + accessToken)
                .get("/api/v1/me/export")
                .then()
                .statusCode(200)
                .extract()
                .path("account.proConnect.siret");
    }
}
