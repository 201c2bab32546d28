package fr.spyrales.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.auth.ProConnectProvider.Agent;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The organisation suggested by the SIRET ProConnect gives: the one most chosen by the other members of the same
 * employing body (same SIREN), for the member alone, while they have chosen none and have not dismissed it.
 */
@QuarkusTest
class ProConnectOrganizationSuggestionTest {
    private static final String SUGGESTION = "/api/v1/me/organization-suggestion";

    @Inject
    TestAccounts accounts;

    @Inject
    ProConnectIdentities identities;

    private List<UUID> organizations;

    @BeforeEach
    void readTheReferential() {
        organizations = TestAccounts.anonymous()
                .get("/api/v1/organizations?size=3")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class)
                .stream()
                .map(UUID::fromString)
                .toList();
    }

    @Test
    void theSuggestionIsTheOrganisationMostChosenByTheOtherMembersOfTheSameBody() {
        String siren = ProConnectIdentities.newSiren();
        identities.peer(siren + "00013", organizations.get(0));
        identities.peer(siren + "00021", organizations.get(0));
        identities.peer(siren + "00039", organizations.get(1));
        identities.peer(siren + "00047", null);
        // Another body choosing the third organisation many times changes nothing.
        String elsewhere = ProConnectIdentities.newSiren();
        for (int i = 0; i < 3; i++) {
            identities.peer(elsewhere + "00013", organizations.get(2));
        }

        Account me = accounts.quickMember("Agathe", "Dupont", m -> {});
        identities.give(me.id(), siren + "00054");

        me.as()
                .get(SUGGESTION)
                .then()
                .statusCode(200)
                .body("organization.id", equalTo(organizations.get(0).toString()));
    }

    @Test
    void theSiretOfASignInWithProConnectBringsTheSuggestion() {
        String siren = ProConnectIdentities.newSiren();
        identities.peer(siren + "00013", organizations.get(1));
        Agent agent =
                new Agent(UUID.randomUUID().toString(), TestAccounts.newEmail(), "Agathe", "Dupont", siren + "00021");

        accessTokenOf(ProConnectProvider.signIn(agent))
                .get(SUGGESTION)
                .then()
                .statusCode(200)
                .body("organization.id", equalTo(organizations.get(1).toString()));
    }

    @Test
    void nothingIsSuggestedWhenNoOtherMemberOfTheBodyChoseAnOrganisation() {
        String siren = ProConnectIdentities.newSiren();
        identities.peer(siren + "00013", null);
        Account me = accounts.quickMember("Agathe", "Dupont", m -> {});
        identities.give(me.id(), siren + "00021");

        me.as().get(SUGGESTION).then().statusCode(204);
        // Nor without ProConnect.
        accounts.quickMember("Agathe", "Dupont", m -> {})
                .as()
                .get(SUGGESTION)
                .then()
                .statusCode(204);
    }

    @Test
    void nothingIsSuggestedOnceTheMemberHasAnOrganisation() {
        String siren = ProConnectIdentities.newSiren();
        identities.peer(siren + "00013", organizations.get(0));
        Account me = accounts.quickMember("Agathe", "Dupont", m -> {});
        identities.give(me.id(), siren + "00021");
        me.as().get(SUGGESTION).then().statusCode(200);

        me.as()
                .body(Map.of("organizationId", organizations.get(0)))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);

        me.as().get(SUGGESTION).then().statusCode(204);
    }

    @Test
    void onlyTheMemberSeesTheirSuggestion() {
        String siren = ProConnectIdentities.newSiren();
        Account peer = identities.peer(siren + "00013", organizations.get(0));
        Account me = accounts.quickMember("Agathe", "Dupont", m -> {});
        identities.give(me.id(), siren + "00021");

        me.as().get(SUGGESTION).then().statusCode(200);
        // The peer has an organisation: their own call says nothing, and nothing names another member.
        peer.as().get(SUGGESTION).then().statusCode(204);
        TestAccounts.anonymous().get(SUGGESTION).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aDismissedSuggestionComesBackOnlyWithAnotherBody() {
        String siren = ProConnectIdentities.newSiren();
        identities.peer(siren + "00013", organizations.get(0));
        Account me = accounts.quickMember("Agathe", "Dupont", m -> {});
        identities.give(me.id(), siren + "00021");

        me.as().delete(SUGGESTION).then().statusCode(204);
        me.as().get(SUGGESTION).then().statusCode(204);
        // Another SIRET of the same body: still dismissed.
        identities.give(me.id(), siren + "00039");
        me.as().get(SUGGESTION).then().statusCode(204);

        // A new employer (another SIREN), whose members chose an organisation.
        String next = ProConnectIdentities.newSiren();
        identities.peer(next + "00013", organizations.get(1));
        identities.give(me.id(), next + "00021");
        me.as()
                .get(SUGGESTION)
                .then()
                .statusCode(200)
                .body("organization.id", equalTo(organizations.get(1).toString()));
    }

    private static io.restassured.specification.RequestSpecification accessTokenOf(Response callback) {
        assertEquals("http://localhost:5173/", callback.header("Location"));
        String accessToken = TestAccounts.anonymous()
                .cookie(AuthResource.REFRESH_COOKIE, callback.getCookie(AuthResource.REFRESH_COOKIE))
                .body("{}")
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        return io.restassured.RestAssured.given().header("Authorization", "Bearer " + accessToken);
    }
}
