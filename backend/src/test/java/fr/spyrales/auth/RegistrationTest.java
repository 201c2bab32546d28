package fr.spyrales.auth;

import static fr.spyrales.support.TestAccounts.PASSWORD;
import static fr.spyrales.support.TestAccounts.anonymous;
import static fr.spyrales.support.TestAccounts.newEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.mail.DeliveredMails;
import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationTest {
    @Inject
    TestAccounts accounts;

    @Inject
    DeliveredMails mails;

    @Test
    void registerVerifyAndLogIn() {
        String email = newEmail();
        anonymous()
                .body(Map.of("email", email, "password", PASSWORD, "firstName", "Élodie", "lastName", "Martin"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(202)
                .body("message", containsString("e-mail de confirmation"));

        var mail = mails.to(email).get(0);
        assertTrue(mail.getSubject().contains("Confirmez votre adresse"));
        assertTrue(mail.getText().contains("http://localhost:5173/verification?token="));

        anonymous()
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:spyrales:problem:email-not-verified"))
                .body("detail", containsString("pas encore confirmée"));

        accounts.verify(email);
        TestAccounts.Account account = accounts.login(email);
        account.as()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("email", equalTo(email))
                .body("firstName", equalTo("Élodie"))
                .body("displayName", equalTo("Élodie Martin"))
                .body("roles", hasItem("member"));
    }

    @Test
    void aVerificationLinkOpenedASecondTimeSaysTheAddressIsAlreadyConfirmed() {
        String email = newEmail();
        accounts.register(email, "Jean", "Petit");
        String token = accounts.lastToken(email);
        anonymous()
                .body(Map.of("token", token))
                .post("/api/v1/auth/verify")
                .then()
                .statusCode(200)
                .body("alreadyVerified", equalTo(false))
                .body("message", equalTo("Votre adresse e-mail est confirmée. Vous pouvez vous connecter."));
        anonymous()
                .body(Map.of("token", token))
                .post("/api/v1/auth/verify")
                .then()
                .statusCode(200)
                .body("alreadyVerified", equalTo(true))
                .body("message", equalTo("Votre adresse e-mail est déjà confirmée. Vous pouvez vous connecter."));
        accounts.login(email);
    }

    @Test
    void aReplacedLinkOfAnAddressNotYetConfirmedIsStillRefused() {
        String email = newEmail();
        accounts.register(email, "Jeanne", "Petit");
        String firstToken = accounts.lastToken(email);
        anonymous()
                .body(Map.of("email", email))
                .post("/api/v1/auth/verify/resend")
                .then()
                .statusCode(202);
        anonymous()
                .body(Map.of("token", firstToken))
                .post("/api/v1/auth/verify")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:spyrales:problem:invalid-token"))
                .body("detail", containsString("invalide ou expiré"));
    }

    @Test
    void anUnknownTokenIsRefused() {
        anonymous()
                .body(Map.of("token", "pas-un-vrai-jeton"))
                .post("/api/v1/auth/verify")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:spyrales:problem:invalid-token"));
    }

    @Test
    void aPrivateSectorAddressIsRefused() {
        anonymous()
                .body(Map.of(
                        "email",
                        "jean.dupont@gmail.com",
                        "password",
                        PASSWORD,
                        "firstName",
                        "Jean",
                        "lastName",
                        "Dupont"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:spyrales:problem:email-domain-not-allowed"))
                .body("detail", containsString("réservé aux agents publics"))
                .body("errors[0].field", equalTo("email"));
        assertTrue(mails.to("jean.dupont@gmail.com").isEmpty());
    }

    @Test
    void publicSectorDomainsOfEveryShapeAreAccepted() {
        for (String email : new String[] {
            "a.b@dgfip.finances.gouv.fr",
            "x.y@ac-lyon.fr",
            "c.d@cnrs.fr",
            "e.f@francetravail.fr",
            "g.h@justice.fr",
            "i.j@INSEE.FR"
        }) {
            anonymous()
                    .body(Map.of("email", email, "password", PASSWORD, "firstName", "Agent", "lastName", "Public"))
                    .post("/api/v1/auth/register")
                    .then()
                    .statusCode(202);
        }
        anonymous()
                .body(Map.of("email", "k.l@faux-gouv.fr", "password", PASSWORD, "firstName", "A", "lastName", "B"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(422);
        anonymous()
                .body(Map.of(
                        "email", "k.l@gouv.fr.example.com", "password", PASSWORD, "firstName", "A", "lastName", "B"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(422);
    }

    @Test
    void weakPasswordsAreRefusedFieldByField() {
        anonymous()
                .body(Map.of("email", newEmail(), "password", "court", "firstName", "", "lastName", "Dupont"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("password"))
                .body("errors.field", hasItem("firstName"))
                .body("errors.find { it.field == 'password' }.message", containsString("au moins 12 caractères"));
        // 37 characters but 74 bytes: bcrypt would silently ignore the end.
        anonymous()
                .body(Map.of("email", newEmail(), "password", "é".repeat(37), "firstName", "A", "lastName", "B"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("72 octets"));

        anonymous()
                .body(Map.of(
                        "email",
                        "marie.curie@cnrs.fr",
                        "password",
                        "MARIE.CURIE-2026-radium",
                        "firstName",
                        "Marie",
                        "lastName",
                        "Curie"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("ne doit pas contenir votre adresse"));
    }

    @Test
    void aSecondRegistrationRevealsNothingAndChangesNothing() {
        TestAccounts.Account first = accounts.member("Paul", "Lemoine");
        String upper = first.email().toUpperCase();
        int mailsBefore = mails.to(first.email()).size();
        anonymous()
                .body(Map.of(
                        "email",
                        upper,
                        "password",
                        "un-autre-mot-de-passe-2026",
                        "firstName",
                        "Intrus",
                        "lastName",
                        "X"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(202)
                .body("message", containsString("e-mail de confirmation"));
        // The owner is told, the account is untouched: the old password still works.
        var received = mails.to(upper.toLowerCase());
        assertEquals(mailsBefore + 1, received.size());
        assertTrue(received.get(received.size() - 1).getSubject().contains("déjà un compte"));
        first.as().get("/api/v1/me").then().body("firstName", equalTo("Paul"));
        accounts.login(first.email());
    }

    @Test
    void anUnverifiedAccountCanAskForANewLink() {
        String email = newEmail();
        accounts.register(email, "Léa", "Roux");
        String firstToken = accounts.lastToken(email);
        anonymous()
                .body(Map.of("email", email))
                .post("/api/v1/auth/verify/resend")
                .then()
                .statusCode(202);
        String secondToken = accounts.lastToken(email);
        // Only the newest link works.
        anonymous()
                .body(Map.of("token", firstToken))
                .post("/api/v1/auth/verify")
                .then()
                .statusCode(400);
        anonymous()
                .body(Map.of("token", secondToken))
                .post("/api/v1/auth/verify")
                .then()
                .statusCode(200);
        accounts.login(email);
    }

    @Test
    void configuredAdministratorsBecomeAdminOnceVerified() {
        // Listed in %test.spyrales.auth.admin-emails and registered by this test only.
        String email = "nouvelle.admin@numerique.gouv.fr";
        accounts.register(email, "Nouvelle", "Admin");
        accounts.verify(email);
        anonymous()
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("roles", hasItem("admin"))
                .body("roles", hasSize(2));
    }

    @Test
    void anExpiredConfirmationLinkIsRefusedAndANewOneWorks() {
        String email = newEmail();
        accounts.register(email, "Lien", "Expiré");
        String token = accounts.lastToken(email);
        accounts.expireLinksAndSessions(email);
        anonymous()
                .body(Map.of("token", token))
                .post("/api/v1/auth/verify")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("expiré"));
        anonymous()
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(403);
        anonymous()
                .body(Map.of("email", email))
                .post("/api/v1/auth/verify/resend")
                .then()
                .statusCode(202);
        accounts.verify(email);
        accounts.login(email);
    }

    @Test
    void anAddressAddedToTheAdministratorsLaterBecomesAdminAtItsNextLogin() {
        // Listed in %test.spyrales.auth.admin-emails; the role is taken away as if the account had been
        // confirmed before the address was added to the list.
        String email = "ancienne.admin@numerique.gouv.fr";
        accounts.register(email, "Ancienne", "Admin");
        accounts.verify(email);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "DELETE FROM member_role WHERE role = 'admin' AND member_id = (SELECT id FROM member WHERE email = :email)")
                        .setParameter("email", email)
                        .executeUpdate());
        anonymous()
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("roles", hasItem("admin"));
    }

    @Test
    void anAdministratorWhoseAddressLeftTheListLosesTheRoleAtTheNextLoginAndTheLogSaysSo() {
        // The list is set (%test) and does not hold this address: the role given some other way goes at login.
        String email = newEmail();
        accounts.register(email, "Ex", "Admin");
        accounts.verify(email);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() ->
                        em.createNativeQuery("""
                        INSERT INTO member_role (member_id, role) SELECT id, 'admin' FROM member WHERE email = :email""").setParameter("email", email).executeUpdate());
        anonymous()
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("roles", not(hasItem("admin")));
        Number revoked = (Number) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() ->
                        em.createNativeQuery("""
                                SELECT count(*) FROM audit_event e JOIN member m ON m.id = e.subject_member_id
                                WHERE m.email = :email AND e.action = 'ROLE_REVOKED'""").setParameter("email", email).getSingleResult());
        assertEquals(1, revoked.intValue());
    }

    @Test
    void aDemoAdministratorKeepsTheRoleOutsideTheList() {
        String email = newEmail();
        accounts.register(email, "Démo", "Admin");
        accounts.verify(email);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE member SET is_demo = true WHERE email = :email")
                    .setParameter("email", email)
                    .executeUpdate();
            em.createNativeQuery("""
                            INSERT INTO member_role (member_id, role) SELECT id, 'admin' FROM member WHERE email = :email""").setParameter("email", email).executeUpdate();
        });
        try {
            anonymous()
                    .body(Map.of("email", email, "password", PASSWORD))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(200)
                    .body("roles", hasItem("admin"));
        } finally {
            // The demo loader does nothing once any demo account exists: this one must not outlive the test.
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("UPDATE member SET is_demo = false WHERE email = :email")
                            .setParameter("email", email)
                            .executeUpdate());
        }
    }

    @Inject
    jakarta.persistence.EntityManager em;
}
