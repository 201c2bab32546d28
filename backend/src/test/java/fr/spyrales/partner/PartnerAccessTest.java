package fr.spyrales.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.common.TokenBuckets;
import fr.spyrales.member.Visibility;
import fr.spyrales.support.DirectDatabase;
import fr.spyrales.support.PartnerFixtures;
import fr.spyrales.support.PartnerFixtures.Client;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import fr.spyrales.training.library.LibraryFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a partner token opens: its scopes' operations, within its rate limit, and nothing else. */
@QuarkusTest
class PartnerAccessTest {
    @Inject
    PartnerFixtures partners;

    @Inject
    TestAccounts accounts;

    @Inject
    DirectDatabase database;

    @Inject
    TokenBuckets buckets;

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    @Test
    void aTokenWithoutTheScopeGetsAProblemNamingIt() {
        Client client = partners.create(Set.of("events:read"));
        String token = partners.token(client);
        as(token).get("/api/v1/events").then().statusCode(200).header("RateLimit-Limit", "100000");
        as(token)
                .get("/api/v1/projects")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("projects:read"))
                .body("missingScope", equalTo("projects:read"));
        // An operation that declares no scope refuses partner clients, whatever their scopes.
        as(token).get("/api/v1/me").then().statusCode(403).contentType("application/problem+json");
        as(token).get("/api/v1/mentorships").then().statusCode(403);
        // Public referentials stay open to them.
        as(token).get("/api/v1/organizations").then().statusCode(200);
    }

    @Test
    void aNarrowedTokenOnlyHasTheScopesItAskedFor() {
        Client client = partners.create(Set.of("events:read", "projects:read"));
        String token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("scope", "events:read")
                .formParam("client_id", client.id().toString())
                .formParam("client_secret", client.secret())
                .post("/api/v1/oauth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        as(token).get("/api/v1/events").then().statusCode(200);
        as(token).get("/api/v1/projects").then().statusCode(403).body("missingScope", equalTo("projects:read"));
    }

    @Test
    void everyAnswerCarriesTheRateLimitHeadersAndTheLimitEndsIn429WithRetryAfter() {
        Client client = partners.create(Set.of("stats:read"), Map.of("rateLimitPerMinute", 3));
        String token = partners.token(client);
        for (int remaining = 2; remaining >= 0; remaining--) {
            as(token)
                    .get("/api/v1/stats")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(remaining))
                    .header("RateLimit-Reset", notNullValue());
        }
        Response throttled = as(token).get("/api/v1/stats");
        throttled
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Limit", "3");
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertEquals(true, retryAfter >= 1 && retryAfter <= 20, "one token comes back every 20 s: " + retryAfter);
        // Refusals count too: the usage says 4 calls, 1 error, 1 throttled.
        partners.admin()
                .as()
                .get("/api/v1/partner-clients/" + client.id() + "/usage")
                .then()
                .statusCode(200)
                .body("calls", equalTo(4))
                .body("errors", equalTo(1))
                .body("throttled", equalTo(1));
    }

    @Test
    void theLimitIsSharedThroughTheDatabaseNotKeptInOneInstance() throws Exception {
        Client client = partners.create(Set.of("stats:read"), Map.of("rateLimitPerMinute", 2));
        String token = partners.token(client);
        as(token).get("/api/v1/stats").then().statusCode(200).header("RateLimit-Remaining", "1");
        // Another instance took the last token: TokenBuckets keeps nothing in memory, its hit is PostgreSQL's row
        // alone.
        assertTrue(buckets.take("partner:" + client.id(), 2, Duration.ofMinutes(1), Instant.now())
                .allowed());
        as(token).get("/api/v1/stats").then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void aPartnerSeesOfAPublicProfileExactlyWhatAMemberSeesAndNothingOfAPrivateOne() {
        Client client = partners.create(Set.of("members:read"));
        String token = partners.token(client);
        Account shown = accounts.quickMember("Élodie", "Martin", m -> {
            m.jobTitle = "Statisticienne";
            m.bio = "J'aime R.";
        });
        Account hidden = accounts.quickMember("Paul", "Discret", m -> m.visibility = Visibility.PRIVATE);
        Account member = accounts.quickMember("Camille", "Durand", m -> {});
        String asMember = member.as()
                .get("/api/v1/members/" + shown.id())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String asPartner = as(token)
                .get("/api/v1/members/" + shown.id())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(asMember, asPartner);
        as(token).get("/api/v1/members/" + hidden.id()).then().statusCode(404);
        as(token).get("/api/v1/members").then().statusCode(200);
    }

    @Test
    void aResourceProposedByAPartnerAwaitsModerationAndNamesTheClient() throws Exception {
        Client client = partners.create(Set.of("resources:write", "resources:read"));
        String token = partners.token(client);
        String id = as(token)
                .body(LibraryFixtures.body(Map.of()))
                .post("/api/v1/resources")
                .then()
                .statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .extract()
                .path("id");
        try (Connection c = database.connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT proposed_by, proposed_by_client FROM training_resource WHERE id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(null, r.getObject(1));
                assertEquals(client.id(), r.getObject(2));
            }
        }
    }
}
