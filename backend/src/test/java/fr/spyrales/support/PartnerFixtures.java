package fr.spyrales.support;

import static io.restassured.RestAssured.given;

import fr.spyrales.common.security.Roles;
import fr.spyrales.support.TestAccounts.Account;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Partner clients registered through the admin API, and their tokens from the token endpoint. */
@ApplicationScoped
public class PartnerFixtures {
    @Inject
    TestAccounts accounts;

    private volatile Account admin;
    private volatile long adminSince;
    private volatile UUID organizationId;

    /** A registered client: its identifier, the secret shown once, its organisation and scopes. */
    public record Client(UUID id, String secret, UUID organizationId, Set<String> scopes) {}

    /** A client with these scopes, a generous rate limit, any address, no expiry, in the referential's first organisation. */
    public Client create(Set<String> scopes) {
        return create(scopes, Map.of());
    }

    /** The same, with some fields of the creation body replaced (rateLimitPerMinute, ipAllowlist, organizationId…). */
    public Client create(Set<String> scopes, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Intranet " + UUID.randomUUID().toString().substring(0, 8));
        body.put(
                "contactEmail", "integration." + UUID.randomUUID().toString().substring(0, 8) + "@agriculture.gouv.fr");
        body.put("organizationId", organization());
        body.put("scopes", scopes);
        body.put("rateLimitPerMinute", 100000);
        body.putAll(overrides);
        var created = admin().as()
                .body(body)
                .post("/api/v1/partner-clients")
                .then()
                .statusCode(201)
                .extract();
        return new Client(
                UUID.fromString(created.path("clientId")),
                created.path("clientSecret"),
                UUID.fromString(created.path("client.organizationId")),
                Set.copyOf(created.<List<String>>path("client.scopes")));
    }

    /** An access token for all the client's scopes (client authentication by HTTP Basic). */
    public String token(Client client) {
        return given().auth()
                .preemptive()
                .basic(client.id().toString(), client.secret())
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .post("/api/v1/oauth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** The client as a caller of the authorisation matrix: its token in place of a member's. */
    public Account caller(Client client) {
        return new Account(client.id(), null, token(client), null);
    }

    /** The administrator who registers the clients (one per test run). */
    public Account admin() {
        // A member's token lives 15 minutes: a new administrator well before, however long the run.
        if (admin == null
                || System.nanoTime() - adminSince
                        > java.time.Duration.ofMinutes(10).toNanos()) {
            admin = accounts.quickMember("Alex", "Admin", m -> m.extraRoles.add(Roles.ADMIN));
            adminSince = System.nanoTime();
        }
        return admin;
    }

    /** An organisation of the referential (the first one). */
    public UUID organization() {
        if (organizationId == null) {
            organizationId = UUID.fromString(TestAccounts.anonymous()
                    .get("/api/v1/organizations?size=1")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items[0].id"));
        }
        return organizationId;
    }
}
