package fr.spyrales.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.common.security.Roles;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admins read, filter and export the log; each member reads his own security events only; the purge. */
@QuarkusTest
class AuditReadingTest {
    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    @Inject
    AuditRetention retention;

    private Account admin() {
        return accounts.quickMember("Alex", "Admin", m -> m.extraRoles.add(Roles.ADMIN));
    }

    @Test
    void aMemberSeesHisOwnSecurityEventsAndNobodyElses() {
        Account lea = accounts.member("Léa", "Fontaine");
        Account hugo = accounts.member("Hugo", "Blanc");
        String ip = TestAccounts.newIp();
        given().contentType("application/json")
                .header("X-Forwarded-For", ip)
                .body(Map.of("email", lea.email(), "password", "pas-le-bon"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        // Hugo is made animateur by an admin: a privileged action about him, not one of his security events.
        admin().as()
                .put("/api/v1/members/" + hugo.id() + "/roles/animateur")
                .then()
                .statusCode(200);

        lea.as()
                .get("/api/v1/me/security-events")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].action", equalTo("LOGIN"))
                .body("items[0].outcome", equalTo("FAILURE"))
                .body("items[0].ipAddress", equalTo(ip))
                .body("items[0].actionLabel", equalTo("Connexion"))
                .body("items[1].outcome", equalTo("SUCCESS"));
        hugo.as()
                .get("/api/v1/me/security-events?size=100")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.action", everyItem(equalTo("LOGIN")))
                .body("items.ipAddress", not(hasItem(ip)));
        TestAccounts.anonymous().get("/api/v1/me/security-events").then().statusCode(401);
    }

    @Test
    void adminsFilterTheLogByAccountActionOutcomeAndPeriod() {
        Account admin = admin();
        Account member = accounts.member("Zoé", "Marchand");
        given().contentType("application/json")
                .header("X-Forwarded-For", TestAccounts.newIp())
                .body(Map.of("email", member.email(), "password", "pas-le-bon"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        admin.as()
                .put("/api/v1/members/" + member.id() + "/roles/animateur")
                .then()
                .statusCode(200);

        admin.as()
                .get("/api/v1/audit-events?subject=" + member.id())
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items[0].action", equalTo("ROLE_GRANTED"))
                .body("items[0].category", equalTo("PRIVILEGED"))
                .body("items[0].actorName", equalTo("Alex Admin"))
                .body("items[0].subjectName", equalTo("Zoé Marchand"))
                .body("items[0].detail", equalTo("animateur"));
        admin.as()
                .get("/api/v1/audit-events?subject=" + member.id() + "&outcome=FAILURE")
                .then()
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("LOGIN"));
        admin.as()
                .get("/api/v1/audit-events?subject=" + member.id() + "&category=SECURITY&action=LOGIN")
                .then()
                .body("total", equalTo(2));
        admin.as()
                .get("/api/v1/audit-events?actor=" + admin.id())
                .then()
                .body("total", equalTo(1))
                .body("items[0].targetId", equalTo(member.id().toString()));
        admin.as()
                .get("/api/v1/audit-events?targetType=member&targetId=" + member.id() + "&action=ROLE_GRANTED")
                .then()
                .body("total", equalTo(1));
        admin.as()
                .get("/api/v1/audit-events?subject=" + member.id() + "&from=2020-01-01&to=2020-12-31")
                .then()
                .body("total", equalTo(0));
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();
        admin.as()
                .get("/api/v1/audit-events?subject=" + member.id() + "&from=" + today + "&to=" + today)
                .then()
                .body("total", equalTo(3));
        admin.as()
                .get("/api/v1/audit-events?subject=" + member.id() + "&size=2&page=1")
                .then()
                .body("items.size()", equalTo(1))
                .body("total", equalTo(3));
    }

    @Test
    void badFiltersAreRefusedInFrench() {
        Account admin = admin();
        admin.as()
                .get("/api/v1/audit-events?from=2026-13-45")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        admin.as()
                .get("/api/v1/audit-events?from=2026-11-02&to=2026-11-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        admin.as().get("/api/v1/audit-events?action=NOPE").then().statusCode(400);
        admin.as().get("/api/v1/audit-events?actor=pas-un-uuid").then().statusCode(400);
    }

    @Test
    void onlyAdminsReadTheLog() {
        Account member = accounts.quickMember("Paul", "Simon", m -> {});
        Account animateur = accounts.quickMember("Anna", "Nimatrice", m -> m.extraRoles.add(Roles.ANIMATEUR));
        for (String path :
                List.of("/api/v1/audit-events", "/api/v1/audit-events/export", "/api/v1/audit-events/actions")) {
            TestAccounts.anonymous().get(path).then().statusCode(401);
            member.as().get(path).then().statusCode(403);
            animateur.as().get(path).then().statusCode(403);
        }
    }

    @Test
    void theCsvExportOpensInAFrenchSpreadsheetAndIsItselfRecorded() {
        Account admin = admin();
        // Accents, a semicolon and quotes in a name the export shows.
        Account member = accounts.quickMember("Zoé \"Zo\"", "Lefèvre; DSI", m -> {});
        admin.as()
                .put("/api/v1/members/" + member.id() + "/roles/animateur")
                .then()
                .statusCode(200);

        byte[] body = admin.as()
                .get("/api/v1/audit-events/export?subject=" + member.id())
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("journal-audit-"))
                .extract()
                .asByteArray();
        assertEquals((byte) 0xEF, body[0]);
        assertEquals((byte) 0xBB, body[1]);
        assertEquals((byte) 0xBF, body[2]);
        String[] lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertEquals(2, lines.length, String.join("\n", lines));
        assertEquals(AuditCsv.HEADER, lines[0]);
        assertTrue(lines[0].startsWith("date;catégorie;action;résultat;"));
        assertTrue(lines[1].contains(";action privilégiée;Rôle attribué;réussite;Alex Admin;"), lines[1]);
        assertTrue(lines[1].contains(";\"Zoé \"\"Zo\"\" Lefèvre; DSI\";"), lines[1]);

        admin.as()
                .get("/api/v1/audit-events?actor=" + admin.id() + "&action=EXPORTED")
                .then()
                .body("total", equalTo(1))
                .body("items[0].detail", containsString("1 ligne(s)"));
    }

    @Test
    void thePurgeDeletesOnlyWhatIsOlderThanTheRetention() {
        String marker = "purge-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            for (String age : List.of("400 days", "366 days", "364 days", "2 days")) {
                em.createNativeQuery("INSERT INTO audit_event (occurred_at, category, action, outcome, detail)"
                                + " VALUES (now() - CAST(:age AS interval), 'SECURITY', 'LOGIN', 'SUCCESS', :detail)")
                        .setParameter("age", age)
                        .setParameter("detail", marker + " " + age)
                        .executeUpdate();
            }
        });
        assertTrue(retention.purge() >= 2);
        @SuppressWarnings("unchecked")
        List<String> left = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT detail FROM audit_event WHERE detail LIKE :m ORDER BY id")
                        .setParameter("m", marker + "%")
                        .getResultList());
        assertEquals(List.of(marker + " 364 days", marker + " 2 days"), left);
    }
}
