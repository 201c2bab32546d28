package fr.spyrales.animation;

import static fr.spyrales.support.TestAccounts.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SuspensionTest {
    private static final String MEMBERS = "/api/v1/animation/members";

    @Inject
    TestAccounts accounts;

    @Inject
    MentorshipFixtures fixtures;

    @Inject
    EntityManager em;

    @Test
    void aSuspendedMemberIsLoggedOutEverywhereAndCannotSignInUntilReinstated() {
        Account member = accounts.member("Sam", "Suspendu");
        Account admin = fixtures.admin();
        member.as().get("/api/v1/me").then().statusCode(200);

        admin.as()
                .body(Map.of("reason", "Messages répétés hors charte"))
                .post(MEMBERS + "/" + member.id() + "/suspend")
                .then()
                .statusCode(200)
                .body("suspension.reason", equalTo("Messages répétés hors charte"))
                .body("suspension.suspendedBy", equalTo("Alex Admin"));
        assertEquals(1L, auditRows("MEMBER_SUSPENDED", member.id()));

        member.as().get("/api/v1/me").then().statusCode(401);
        anonymous()
                .body(Map.of("refreshToken", member.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("Votre compte Spyrales est suspendu"))
                .body("detail", containsString("contactez"));
        anonymous()
                .body(Map.of("email", member.email(), "password", TestAccounts.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(403)
                .body("detail", containsString("suspendu"));
        assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em.createNativeQuery("""
                                SELECT count(*) FROM audit_event WHERE action = 'LOGIN' AND outcome = 'FAILURE'
                                   AND subject_member_id = :m AND detail = 'Mot de passe : compte suspendu'
                                """)
                                        .setParameter("m", member.id())
                                        .getSingleResult())
                                .longValue()),
                "the refused login of a suspended account is in the audit log");
        anonymous()
                .body(Map.of("email", member.email(), "password", "pas le bon mot de passe"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);

        admin.as()
                .body(Map.of("reason", "Encore"))
                .post(MEMBERS + "/" + member.id() + "/suspend")
                .then()
                .statusCode(409);
        assertEquals(1L, auditRows("MEMBER_SUSPENDED", member.id()), "a refused suspension writes no row");

        admin.as()
                .body(Map.of("reason", "Échange avec l'agent, engagement pris"))
                .post(MEMBERS + "/" + member.id() + "/reinstate")
                .then()
                .statusCode(200)
                .body("suspension", nullValue());
        assertEquals(1L, auditRows("MEMBER_REINSTATED", member.id()));
        Account back = accounts.login(member.email());
        back.as().get("/api/v1/me").then().statusCode(200);
        anonymous()
                .body(Map.of("refreshToken", back.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200);
        admin.as()
                .body(Map.of("reason", "Encore"))
                .post(MEMBERS + "/" + member.id() + "/reinstate")
                .then()
                .statusCode(409);
    }

    @Test
    void adminsSuspendNeitherThemselvesNorAnotherAdminAndOthersNobody() {
        Account admin = fixtures.admin();
        Account otherAdmin = fixtures.admin();
        Account animateur = fixtures.animateur();
        Account member = fixtures.stranger();
        Map<String, String> reason = Map.of("reason", "Motif de test");

        admin.as()
                .body(reason)
                .post(MEMBERS + "/" + admin.id() + "/suspend")
                .then()
                .statusCode(422);
        admin.as()
                .body(reason)
                .post(MEMBERS + "/" + otherAdmin.id() + "/suspend")
                .then()
                .statusCode(422);
        admin.as()
                .body(reason)
                .post(MEMBERS + "/" + UUID.randomUUID() + "/suspend")
                .then()
                .statusCode(404);
        admin.as()
                .body(Map.of("reason", "  "))
                .post(MEMBERS + "/" + member.id() + "/suspend")
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("reason"));
        animateur
                .as()
                .body(reason)
                .post(MEMBERS + "/" + member.id() + "/suspend")
                .then()
                .statusCode(403);
        animateur.as().get(MEMBERS).then().statusCode(403);
        member.as()
                .body(reason)
                .post(MEMBERS + "/" + member.id() + "/reinstate")
                .then()
                .statusCode(403);
        member.as().get("/api/v1/me").then().statusCode(200);
        assertEquals(0L, auditRows("MEMBER_SUSPENDED", member.id()));
        assertEquals(0L, auditRows("MEMBER_SUSPENDED", otherAdmin.id()));
    }

    @Test
    void adminsFindAccountsByNameOrAddressWithTheirRolesAndSuspension() {
        Account admin = fixtures.admin();
        Account animateur = accounts.quickMember("Émilie", "Zébulon", m -> m.extraRoles.add("animateur"));
        admin.as()
                .queryParam("q", "emilie zeb")
                .get(MEMBERS)
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + animateur.id() + "' }.roles", equalTo(java.util.List.of("animateur")))
                .body("items.find { it.id == '" + animateur.id() + "' }.email", equalTo(animateur.email()));
        admin.as()
                .queryParam("q", animateur.email())
                .get(MEMBERS)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].displayName", equalTo("Émilie Zébulon"));
    }

    private long auditRows(String action, UUID member) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "SELECT count(*) FROM audit_event WHERE action = :action AND subject_member_id = :m")
                                .setParameter("action", action)
                                .setParameter("m", member)
                                .getSingleResult())
                        .longValue());
    }
}
