package fr.spyrales.partner;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fr.spyrales.support.PartnerFixtures;
import fr.spyrales.support.PartnerFixtures.Client;
import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Administrators register partner clients, change them, rotate and revoke their secrets, and read their history. */
@QuarkusTest
class PartnerClientResourceTest {
    @Inject
    PartnerFixtures partners;

    @Inject
    TestAccounts accounts;

    private Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "LMS de l'école " + UUID.randomUUID().toString().substring(0, 6));
        body.put("contactEmail", "lms@ecole.gouv.fr");
        body.put("organizationId", partners.organization());
        body.put("scopes", List.of("resources:write", "resources:read"));
        body.put("rateLimitPerMinute", 60);
        body.put("ipAllowlist", List.of("203.0.113.9/24", "2001:db8::1/32"));
        return body;
    }

    @Test
    void theSecretIsShownOnceAtCreationAndNeverAgain() {
        var created = partners.admin()
                .as()
                .body(body())
                .post("/api/v1/partner-clients")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("clientSecret", notNullValue())
                .body("client.scopes", contains("resources:read", "resources:write"))
                .body("client.ipAllowlist", contains("203.0.113.0/24", "2001:db8:0:0:0:0:0:0/32"))
                .body("client.status", equalTo("ACTIVE"))
                .extract();
        String id = created.path("clientId");
        partners.admin()
                .as()
                .get("/api/v1/partner-clients/" + id)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("clientSecret")))
                .body("name", equalTo(created.path("client.name")));
        partners.admin()
                .as()
                .get("/api/v1/partner-clients?size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void badFieldsAreNamed() {
        Map<String, Object> body = body();
        body.put("scopes", List.of("admin"));
        body.put("ipAllowlist", List.of("intranet.agriculture.gouv.fr"));
        partners.admin()
                .as()
                .body(body)
                .post("/api/v1/partner-clients")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("scopes")));
        Map<String, Object> cidr = body();
        cidr.put("ipAllowlist", List.of("10.0.0.0/33"));
        partners.admin()
                .as()
                .body(cidr)
                .post("/api/v1/partner-clients")
                .then()
                .statusCode(400)
                .body("errors.field", contains("ipAllowlist[0]"));
        Map<String, Object> organization = body();
        organization.put("organizationId", UUID.randomUUID());
        partners.admin()
                .as()
                .body(organization)
                .post("/api/v1/partner-clients")
                .then()
                .statusCode(400)
                .body("errors.field", contains("organizationId"));
    }

    @Test
    void onlyAdministratorsManageClients() {
        accounts.quickMember("Paul", "Passant", m -> {})
                .as()
                .get("/api/v1/partner-clients")
                .then()
                .statusCode(403);
        TestAccounts.anonymous().get("/api/v1/partner-clients").then().statusCode(401);
    }

    @Test
    void everyChangeIsRecordedWithWhoAndWhen() {
        Client client = partners.create(Set.of("stats:read"));
        partners.admin()
                .as()
                .body(Map.of("rateLimitPerMinute", 30, "scopes", List.of("stats:read", "events:read")))
                .patch("/api/v1/partner-clients/" + client.id())
                .then()
                .statusCode(200)
                .body("rateLimitPerMinute", equalTo(30))
                .body("scopes", contains("events:read", "stats:read"));
        Map<String, Object> noExpiry = new HashMap<>();
        noExpiry.put("expiresAt", null);
        partners.admin()
                .as()
                .body(noExpiry)
                .patch("/api/v1/partner-clients/" + client.id())
                .then()
                .statusCode(200);
        partners.admin()
                .as()
                .post("/api/v1/partner-clients/" + client.id() + "/secret/rotate")
                .then()
                .statusCode(200);
        partners.admin()
                .as()
                .post("/api/v1/partner-clients/" + client.id() + "/revoke")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"));
        partners.admin()
                .as()
                .post("/api/v1/partner-clients/" + client.id() + "/secret/rotate")
                .then()
                .statusCode(409);
        partners.admin()
                .as()
                .get("/api/v1/partner-clients/" + client.id() + "/changes")
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("items.kind", contains("REVOKED", "SECRET_ROTATED", "UPDATED", "CREATED"))
                .body("items[2].fields", contains("scopes", "rateLimitPerMinute"))
                .body("items[0].changedBy", equalTo(partners.admin().id().toString()))
                .body("items[0].changedByName", equalTo("Alex Admin"));
    }

    @Test
    void usageListsTheLastThirtyDays() {
        Client client = partners.create(Set.of("stats:read"));
        partners.admin()
                .as()
                .get("/api/v1/partner-clients/" + client.id() + "/usage")
                .then()
                .statusCode(200)
                .body("days.size()", equalTo(30))
                .body("calls", equalTo(0));
        partners.admin()
                .as()
                .get("/api/v1/partner-clients/" + UUID.randomUUID() + "/usage")
                .then()
                .statusCode(404);
    }
}
