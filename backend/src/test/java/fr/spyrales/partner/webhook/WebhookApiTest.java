package fr.spyrales.partner.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import fr.spyrales.event.EventFixtures;
import fr.spyrales.mail.DeliveredMails;
import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.support.PartnerFixtures;
import fr.spyrales.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A partner's webhooks through the API, from the subscription to the signed POST its server receives. */
@QuarkusTest
class WebhookApiTest {
    private static final String WEBHOOKS = "/api/v1/partner/webhooks";
    private static WireMockServer partner;

    @Inject
    PartnerFixtures partners;

    @Inject
    EventFixtures events;

    @Inject
    MentorshipFixtures mentorships;

    @Inject
    WebhookWorker worker;

    @Inject
    WebhookTestData data;

    @Inject
    DeliveredMails mails;

    @Inject
    EntityManager em;

    @BeforeAll
    static void start() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        partner = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        partner.start();
    }

    @AfterAll
    static void stop() {
        partner.stop();
    }

    private record Caller(PartnerFixtures.Client client, String token) {
        RequestSpecification as() {
            return given().auth().oauth2(token).contentType(ContentType.JSON);
        }
    }

    private Caller caller(String... scopes) {
        return caller(Map.of(), scopes);
    }

    private Caller caller(Map<String, Object> overrides, String... scopes) {
        PartnerFixtures.Client client = partners.create(Set.of(scopes), overrides);
        return new Caller(client, partners.token(client));
    }

    private String stubbed(int status) {
        String path = "/spyrales-" + UUID.randomUUID();
        partner.stubFor(post(path).willReturn(aResponse().withStatus(status)));
        return path;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + partner.port() + path;
    }

    private JsonPath subscribe(Caller caller, String url, String... types) {
        return caller.as()
                .body(Map.of("url", url, "eventTypes", List.of(types), "description", "Agenda de l'intranet"))
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .header("Location", containsString(WEBHOOKS + "/"))
                .extract()
                .jsonPath();
    }

    /** The requests the stub received at this path whose payload is about this subject. */
    private static List<LoggedRequest> received(String path, UUID subject) {
        return partner.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .filter(r -> r.getBodyAsString().contains(subject.toString()))
                .toList();
    }

    private static Map<String, List<String>> headersOf(LoggedRequest request) {
        Map<String, List<String>> headers = new HashMap<>();
        request.getAllHeaderKeys()
                .forEach(name -> headers.put(name, request.header(name).values()));
        return headers;
    }

    @Test
    void aNewEventReachesTheSubscribedPartnerSignedWithTheSecretShownOnce() throws Exception {
        Caller caller = caller("events:read");
        String path = stubbed(204);
        JsonPath created = subscribe(caller, url(path), "event.created", "event.cancelled");
        String secret = created.getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);
        UUID endpoint = UUID.fromString(created.getString("endpoint.id"));
        caller.as()
                .get(WEBHOOKS + "/" + endpoint)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true))
                .body("eventTypes", equalTo(List.of("event.created", "event.cancelled")))
                .body(not("secret"));

        UUID event = events.event(events.animateur(), null);
        worker.runOnce();

        List<LoggedRequest> received = received(path, event);
        assertEquals(1, received.size());
        LoggedRequest request = received.get(0);
        new Webhook(secret).verify(request.getBodyAsString(), headersOf(request));
        JsonPath payload = JsonPath.from(request.getBodyAsString());
        assertEquals("event.created", payload.getString("type"));
        assertEquals(event.toString(), payload.getString("data.id"));
        assertEquals("Débuter avec le tidyverse", payload.getString("data.title"));
        assertTrue(payload.getString("data.links.api").endsWith("/api/v1/events/" + event));
        assertFalse(request.getBodyAsString().contains("webinaire.numerique.gouv.fr"), "the private room link leaked");

        JsonPath deliveries = caller.as()
                .get(WEBHOOKS + "/" + endpoint + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(1, deliveries.getInt("total"));
        assertEquals("SUCCEEDED", deliveries.getString("items[0].status"));
        assertEquals(204, deliveries.getInt("items[0].attempts[0].responseCode"));
        assertEquals(request.getHeader("webhook-id"), deliveries.getString("items[0].messageId"));
        assertEquals(event.toString(), deliveries.getString("items[0].payload.data.id"));
    }

    private static org.hamcrest.Matcher<?> not(String key) {
        return org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey(key));
    }

    @Test
    void anAdminFollowsAPartnersEndpointsAndTheirLastDeliveriesWithoutItsSecrets() {
        Caller caller = caller("events:read");
        String admin = "/api/v1/partner-clients/" + caller.client().id() + "/webhooks";
        partners.admin()
                .as()
                .get(admin)
                .then()
                .statusCode(200)
                .body("endpoints", equalTo(List.of()))
                .body("recentDeliveries", equalTo(List.of()));

        String failing = stubbed(503);
        UUID endpoint =
                UUID.fromString(subscribe(caller, url(failing), "event.created").getString("endpoint.id"));
        UUID event = events.event(events.animateur(), null);
        worker.runOnce();

        JsonPath followed = partners.admin()
                .as()
                .get(admin)
                .then()
                .statusCode(200)
                .body("endpoints[0].id", equalTo(endpoint.toString()))
                .body("endpoints[0].url", equalTo(url(failing)))
                .body("endpoints[0].eventTypes", equalTo(List.of("event.created")))
                .body("endpoints[0].enabled", equalTo(true))
                .body("endpoints[0].failureStreak", equalTo(1))
                .body("endpoints[0].lastDeliveryStatus", equalTo("FAILED"))
                .body("endpoints[0].lastResponseCode", equalTo(503))
                .body("endpoints[0].lastError", equalTo("HTTP 503"))
                .body("recentDeliveries[0].endpointId", equalTo(endpoint.toString()))
                .body("recentDeliveries[0].eventType", equalTo("event.created"))
                .body("recentDeliveries[0].status", equalTo("FAILED"))
                .body("recentDeliveries[0].attemptCount", equalTo(1))
                .extract()
                .jsonPath();
        assertFalse(followed.prettify().contains("whsec_"), "no secret shown to the administrators");
        assertFalse(followed.prettify().contains(event.toString()), "no payload in the overview");

        partners.admin()
                .as()
                .get("/api/v1/partner-clients/" + UUID.randomUUID() + "/webhooks")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        caller.as().get(admin).then().statusCode(403);
    }

    @Test
    void aRotatedSecretSignsTheNextDeliveriesAndTheOldOneNoLonger() throws Exception {
        Caller caller = caller("events:read");
        String path = stubbed(200);
        JsonPath created = subscribe(caller, url(path), "event.created");
        String endpoint = created.getString("endpoint.id");
        String oldSecret = created.getString("secret");

        String newSecret = caller.as()
                .post(WEBHOOKS + "/" + endpoint + "/rotate-secret")
                .then()
                .statusCode(200)
                .body("secret", startsWith("whsec_"))
                .extract()
                .path("secret");
        assertNotEquals(oldSecret, newSecret);

        UUID event = events.event(events.animateur(), null);
        worker.runOnce();
        LoggedRequest request = received(path, event).get(0);
        new Webhook(newSecret).verify(request.getBodyAsString(), headersOf(request));
        org.junit.jupiter.api.Assertions.assertThrows(
                WebhookVerificationException.class,
                () -> new Webhook(oldSecret).verify(request.getBodyAsString(), headersOf(request)));
    }

    @Test
    void theSsrfGuardRefusesUnsafeAddressesAtSubscription() {
        Caller caller = caller("events:read");
        for (String url : List.of(
                "https://169.254.169.254/latest/meta-data/",
                "https://10.0.0.1/hook",
                "https://[::ffff:192.168.0.1]/hook",
                "ftp://partenaire.example.fr/hook",
                "https://jean:motdepasse@partenaire.example.fr/hook")) {
            caller.as()
                    .body(Map.of("url", url, "eventTypes", List.of("event.created")))
                    .post(WEBHOOKS)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("url"));
        }
    }

    @Test
    void aTypeNeedsItsScopeAndUnknownTypesAreRefused() {
        Caller caller = caller("events:read");
        caller.as()
                .body(Map.of("url", url("/x"), "eventTypes", List.of("mentorship.accepted")))
                .post(WEBHOOKS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("eventTypes"))
                .body("errors[0].message", containsString("mentorships:read"));
        caller.as()
                .body(Map.of("url", url("/x"), "eventTypes", List.of("member.created")))
                .post(WEBHOOKS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("eventTypes"));
        caller.as()
                .get(WEBHOOKS + "/event-types")
                .then()
                .statusCode(200)
                .body("find { it.type == 'mentorship.accepted' }.scope", equalTo("mentorships:read"));
    }

    @Test
    void aClientSeesChangesAndDeletesOnlyItsOwnEndpoints() {
        Caller owner = caller("events:read");
        Caller other = caller("events:read");
        String endpoint = subscribe(owner, url(stubbed(200)), "event.created").getString("endpoint.id");

        other.as().get(WEBHOOKS + "/" + endpoint).then().statusCode(404);
        other.as()
                .body(Map.of("enabled", false))
                .patch(WEBHOOKS + "/" + endpoint)
                .then()
                .statusCode(404);
        other.as().delete(WEBHOOKS + "/" + endpoint).then().statusCode(404);
        other.as().post(WEBHOOKS + "/" + endpoint + "/rotate-secret").then().statusCode(404);
        other.as().get(WEBHOOKS + "/" + endpoint + "/deliveries").then().statusCode(404);
        other.as().get(WEBHOOKS).then().statusCode(200).body("total", equalTo(0));

        owner.as()
                .body(Map.of("eventTypes", List.of("event.cancelled"), "enabled", false))
                .patch(WEBHOOKS + "/" + endpoint)
                .then()
                .statusCode(200)
                .body("eventTypes", equalTo(List.of("event.cancelled")))
                .body("enabled", equalTo(false));
        owner.as().get(WEBHOOKS).then().statusCode(200).body("total", equalTo(1));
        owner.as().delete(WEBHOOKS + "/" + endpoint).then().statusCode(204);
        owner.as().get(WEBHOOKS + "/" + endpoint).then().statusCode(404);
    }

    @Test
    void membersCannotUseThePartnerWebhooks() {
        var member = events.member("Nina");
        member.as().get(WEBHOOKS).then().statusCode(403);
        TestAccounts.anonymous().get(WEBHOOKS).then().statusCode(401);
    }

    @Test
    void aPairingReachesOnlyTheClientsOfTheOrganisationOfItsMenteeOrMentor() {
        UUID organisation = partners.organization();
        UUID otherOrganisation = UUID.fromString(TestAccounts.anonymous()
                .get("/api/v1/organizations?size=2")
                .then()
                .statusCode(200)
                .extract()
                .path("items[1].id"));
        Caller ours = caller("mentorships:read");
        Caller theirs = caller(Map.of("organizationId", otherOrganisation), "mentorships:read");
        String ourPath = stubbed(200);
        String theirPath = stubbed(200);
        subscribe(ours, url(ourPath), "mentorship.accepted");
        subscribe(theirs, url(theirPath), "mentorship.accepted");

        var mentor = mentorships.mentor(2);
        var mentee = mentorships.mentee();
        UUID pairing = mentorships.request(mentee, mentor);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE member SET organization_id = :org WHERE id = :id")
                        .setParameter("org", organisation)
                        .setParameter("id", mentee.id())
                        .executeUpdate());
        mentor.as().post("/api/v1/mentorships/" + pairing + "/accept").then().statusCode(200);
        worker.runOnce();

        List<LoggedRequest> received = received(ourPath, pairing);
        assertEquals(1, received.size());
        JsonPath payload = JsonPath.from(received.get(0).getBodyAsString());
        assertEquals("ACCEPTED", payload.getString("data.status"));
        assertFalse(received.get(0).getBodyAsString().contains(mentee.id().toString()), "a member id leaked");
        assertEquals(0, received(theirPath, pairing).size());
    }

    @Test
    void aDeliveryCanBeReplayedWithTheSameWebhookId() {
        Caller caller = caller("events:read");
        String path = stubbed(200);
        String endpoint = subscribe(caller, url(path), "event.created").getString("endpoint.id");
        UUID event = events.event(events.animateur(), null);
        worker.runOnce();
        String delivery = caller.as()
                .get(WEBHOOKS + "/" + endpoint + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");

        JsonPath replay = caller.as()
                .post(WEBHOOKS + "/" + endpoint + "/deliveries/" + delivery + "/replay")
                .then()
                .statusCode(201)
                .header("Location", containsString("/deliveries/"))
                .body("status", equalTo("PENDING"))
                .body("replayOf", equalTo(delivery))
                .extract()
                .jsonPath();
        worker.runOnce();

        List<LoggedRequest> received = received(path, event);
        assertEquals(2, received.size());
        assertEquals(received.get(0).getHeader("webhook-id"), received.get(1).getHeader("webhook-id"));
        caller.as()
                .get(WEBHOOKS + "/" + endpoint + "/deliveries/" + replay.getString("id"))
                .then()
                .statusCode(200)
                .body("status", equalTo("SUCCEEDED"));
        caller(new String[] {"events:read"})
                .as()
                .post(WEBHOOKS + "/" + endpoint + "/deliveries/" + delivery + "/replay")
                .then()
                .statusCode(404);
    }

    @Test
    void anEndpointThatKeepsFailingIsSwitchedOffAndItsContactToldByMail() {
        String contact = "webhooks." + UUID.randomUUID().toString().substring(0, 8) + "@agriculture.gouv.fr";
        Caller caller = caller(Map.of("contactEmail", contact), "events:read");
        String path = stubbed(500);
        String endpoint = subscribe(caller, url(path), "challenge.published").getString("endpoint.id");
        UUID endpointId = UUID.fromString(endpoint);

        // Ten failed attempts in a row (the test profile counts them over any time): two deliveries.
        UUID first = data.delivery(endpointId, "{\"type\":\"challenge.published\"}");
        int attempts = 0;
        while (data.enabled(endpointId) && attempts < 20) {
            UUID delivery = "GAVE_UP".equals(data.state(first).status())
                    ? data.deliveriesOf(endpointId).stream()
                            .filter(d -> !"GAVE_UP".equals(data.state(d).status()))
                            .findFirst()
                            .orElseGet(() -> data.delivery(endpointId, "{}"))
                    : first;
            data.due(delivery);
            worker.runOnce();
            attempts++;
        }

        assertEquals(10, attempts);
        caller.as()
                .get(WEBHOOKS + "/" + endpoint)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false))
                .body("disabledReason", containsString("10 tentatives échouées"));
        var received = mails.to(contact);
        assertEquals(1, received.size());
        assertTrue(
                received.get(0).getSubject().contains("désactivé"),
                received.get(0).getSubject());
        assertTrue(received.get(0).getText().contains(endpoint));

        caller.as()
                .body(Map.of("enabled", true))
                .patch(WEBHOOKS + "/" + endpoint)
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true))
                .body("disabledReason", equalTo(null));
    }
}
