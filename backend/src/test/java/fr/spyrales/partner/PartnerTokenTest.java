package fr.spyrales.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.spyrales.support.DirectDatabase;
import fr.spyrales.support.PartnerFixtures;
import fr.spyrales.support.PartnerFixtures.Client;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The client credentials grant: who gets a token, with which scopes, and what the token says. */
@QuarkusTest
class PartnerTokenTest {
    @Inject
    PartnerFixtures partners;

    @Inject
    DirectDatabase database;

    private static RequestSpecification form() {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials");
    }

    private static Response basic(Client client, String secret) {
        return form().auth().preemptive().basic(client.id().toString(), secret).post("/api/v1/oauth/token");
    }

    @Test
    void goodCredentialsByHttpBasicGiveABearerTokenWithTheClientsScopes() {
        Client client = partners.create(Set.of("events:read", "resources:read"));
        Response response = basic(client, client.secret());
        response.then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(600))
                .body("scope", equalTo("events:read resources:read"));
        JsonNode claims = claims(response.path("access_token"));
        assertEquals(client.id().toString(), claims.get("sub").asText());
        assertEquals(client.id().toString(), claims.get("client_id").asText());
        assertEquals("events:read resources:read", claims.get("scope").asText());
        assertEquals("api-client", claims.get("groups").get(0).asText());
        assertFalse(claims.has("upn"), "a partner token names no member");
        assertEquals("RS256", header(response.path("access_token")).get("alg").asText());
    }

    @Test
    void goodCredentialsInTheFormAlsoWork() {
        Client client = partners.create(Set.of("stats:read"));
        form().formParam("client_id", client.id().toString())
                .formParam("client_secret", client.secret())
                .post("/api/v1/oauth/token")
                .then()
                .statusCode(200)
                .body("scope", equalTo("stats:read"));
    }

    @Test
    void aWrongSecretIsAnInvalidClientWithAChallenge() {
        Client client = partners.create(Set.of("stats:read"));
        basic(client, client.secret() + "x")
                .then()
                .statusCode(401)
                .contentType(ContentType.JSON)
                .header("WWW-Authenticate", startsWith("Basic realm="))
                .body("error", equalTo("invalid_client"))
                .body("error_description", containsString("incorrect"));
        form().formParam("client_id", "pas-un-identifiant")
                .formParam("client_secret", "x")
                .post("/api/v1/oauth/token")
                .then()
                .statusCode(401)
                .body("error", equalTo("invalid_client"));
    }

    @Test
    void aRevokedClientGetsNoTokenAndItsTokensStopWorking() {
        Client client = partners.create(Set.of("stats:read"));
        String token = partners.token(client);
        partners.admin()
                .as()
                .post("/api/v1/partner-clients/" + client.id() + "/revoke")
                .then()
                .statusCode(200);
        basic(client, client.secret())
                .then()
                .statusCode(401)
                .body("error", equalTo("invalid_client"))
                .body("error_description", containsString("révoqué"));
        given().header("Authorization", "Bearer " + token)
                .get("/api/v1/organizations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anExpiredClientGetsNoToken() {
        Client client = partners.create(Set.of("stats:read"));
        sql("UPDATE partner_client SET expires_at = now() - interval '1 second' WHERE id = ?", client);
        basic(client, client.secret())
                .then()
                .statusCode(401)
                .body("error", equalTo("invalid_client"))
                .body("error_description", containsString("expiré"));
    }

    @Test
    void afterARotationBothSecretsWorkUntilTheGracePeriodEndsThenOnlyTheNewOne() {
        Client client = partners.create(Set.of("stats:read"));
        var rotation = partners.admin()
                .as()
                .post("/api/v1/partner-clients/" + client.id() + "/secret/rotate")
                .then()
                .statusCode(200)
                .extract();
        String newSecret = rotation.path("clientSecret");
        assertNotEquals(client.secret(), newSecret);
        java.time.OffsetDateTime graceEnd = java.time.OffsetDateTime.parse(rotation.path("previousSecretValidUntil"));
        java.time.Duration grace = java.time.Duration.between(java.time.OffsetDateTime.now(), graceEnd);
        assertEquals(24, Math.round(grace.toMinutes() / 60.0), "the default grace period is 24 h");

        basic(client, client.secret()).then().statusCode(200);
        basic(client, newSecret).then().statusCode(200);

        // The grace period is over (the previous secret's end moved into the past rather than waiting a day).
        sql(
                "UPDATE partner_client_secret SET valid_until = now() - interval '1 second'"
                        + " WHERE client_id = ? AND valid_until IS NOT NULL",
                client);
        basic(client, client.secret()).then().statusCode(401).body("error", equalTo("invalid_client"));
        basic(client, newSecret).then().statusCode(200);
    }

    @Test
    void aSecondRotationEndsTheFirstPreviousSecretAtOnce() {
        Client client = partners.create(Set.of("stats:read"));
        String second = partners.admin()
                .as()
                .post("/api/v1/partner-clients/" + client.id() + "/secret/rotate")
                .then()
                .statusCode(200)
                .extract()
                .path("clientSecret");
        String third = partners.admin()
                .as()
                .post("/api/v1/partner-clients/" + client.id() + "/secret/rotate")
                .then()
                .statusCode(200)
                .extract()
                .path("clientSecret");
        basic(client, client.secret()).then().statusCode(401);
        basic(client, second).then().statusCode(200);
        basic(client, third).then().statusCode(200);
    }

    @Test
    void theScopeParameterNarrowsTheTokenAndCannotWidenIt() {
        Client client = partners.create(Set.of("events:read", "resources:read", "stats:read"));
        Response narrowed = form().auth()
                .preemptive()
                .basic(client.id().toString(), client.secret())
                .formParam("scope", "stats:read events:read")
                .post("/api/v1/oauth/token");
        narrowed.then().statusCode(200).body("scope", equalTo("events:read stats:read"));
        assertEquals(
                "events:read stats:read",
                claims(narrowed.path("access_token")).get("scope").asText());

        form().auth()
                .preemptive()
                .basic(client.id().toString(), client.secret())
                .formParam("scope", "events:read projects:read")
                .post("/api/v1/oauth/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_scope"))
                .body("error_description", containsString("projects:read"));
        form().auth()
                .preemptive()
                .basic(client.id().toString(), client.secret())
                .formParam("scope", "admin")
                .post("/api/v1/oauth/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_scope"));
    }

    @Test
    void otherGrantsAndMalformedRequestsAreRefusedAsRfc6749Says() {
        Client client = partners.create(Set.of("stats:read"));
        given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .auth()
                .preemptive()
                .basic(client.id().toString(), client.secret())
                .post("/api/v1/oauth/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("unsupported_grant_type"));
        given().contentType(ContentType.URLENC)
                .auth()
                .preemptive()
                .basic(client.id().toString(), client.secret())
                .formParam("client_id", client.id().toString())
                .formParam("client_secret", client.secret())
                .formParam("grant_type", "client_credentials")
                .post("/api/v1/oauth/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_request"));
        form().post("/api/v1/oauth/token").then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void theIpAllowlistIsEnforced() {
        Client client = partners.create(Set.of("stats:read"), Map.of("ipAllowlist", List.of("203.0.113.0/24")));
        basic(client, client.secret()).then().statusCode(401).body("error_description", containsString("adresse"));
        form().header("X-Forwarded-For", "203.0.113.77")
                .auth()
                .preemptive()
                .basic(client.id().toString(), client.secret())
                .post("/api/v1/oauth/token")
                .then()
                .statusCode(200);
    }

    @Test
    void memberTokensKeepWorkingBesidePartnerOnes() {
        partners.admin().as().get("/api/v1/partner-clients").then().statusCode(200);
    }

    private void sql(String statement, Client client) {
        try (Connection c = database.connect();
                PreparedStatement s = c.prepareStatement(statement)) {
            s.setObject(1, client.id());
            s.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode claims(String jwt) {
        return part(jwt, 1);
    }

    private static JsonNode header(String jwt) {
        return part(jwt, 0);
    }

    private static JsonNode part(String jwt, int index) {
        try {
            return new ObjectMapper()
                    .readTree(
                            new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
