package fr.spyrales.partner.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import fr.spyrales.common.net.UrlGuard;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a partner receives, checked with the Standard Webhooks library's own verifier, against a local stub. */
class WebhookSenderTest {
    private static Vertx vertx;
    private static WireMockServer partner;
    /** Patient: a busy machine answers the stub's first requests slowly (a cold JIT), which these tests are not about. */
    private static WebhookSender sender;

    /** The production-like read timeout, for the slow partner. */
    private static WebhookSender impatient;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        partner = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        partner.start();
        sender = new WebhookSender(vertx, Duration.ofSeconds(10), Duration.ofSeconds(20));
        impatient = new WebhookSender(vertx, Duration.ofSeconds(3), Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        partner.stop();
        vertx.close();
    }

    /** A partner's name, pinned to the stub's address as if the guard had resolved and checked it. */
    private static UrlGuard.Target target(String path) throws Exception {
        return new UrlGuard.Target(
                URI.create("http://partenaire.example.fr:" + partner.port() + path),
                "partenaire.example.fr",
                partner.port(),
                false,
                path,
                List.of(InetAddress.getByName("127.0.0.1")));
    }

    private static Map<String, List<String>> headersOf(LoggedRequest request) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : request.getAllHeaderKeys()) {
            headers.put(name, request.header(name).values());
        }
        return headers;
    }

    @Test
    void theLibrarysOwnVerifierAcceptsWhatWeSendAndRefusesATamperedBody() throws Exception {
        partner.stubFor(post("/signe").willReturn(aResponse().withStatus(204)));
        String secret = WebhookSignature.newSecret();
        String body = "{\"type\":\"event.created\",\"timestamp\":\"2026-12-02T01:00:00Z\",\"data\":{\"id\":\"é\"}}";
        var headers = WebhookSignature.headers(secret, "msg_1", Instant.now().getEpochSecond(), body);

        WebhookSender.Outcome outcome = sender.post(target("/signe"), headers, body);

        assertTrue(outcome.succeeded(), outcome.toString());
        assertEquals(204, outcome.status());
        LoggedRequest received =
                partner.findAll(postRequestedFor(urlEqualTo("/signe"))).get(0);
        assertEquals(body, received.getBodyAsString());
        assertTrue(received.getHeader(WebhookSignature.SIGNATURE).startsWith("v1,"));
        assertEquals("msg_1", received.getHeader(WebhookSignature.ID));
        new Webhook(secret).verify(received.getBodyAsString(), headersOf(received));
        assertThrows(
                WebhookVerificationException.class,
                () -> new Webhook(secret)
                        .verify(body.replace("event.created", "event.cancelled"), headersOf(received)));
        assertThrows(
                WebhookVerificationException.class,
                () -> new Webhook(WebhookSignature.newSecret())
                        .verify(received.getBodyAsString(), headersOf(received)));
    }

    @Test
    void theConnectionGoesToTheCheckedAddressWhileTheHostHeaderKeepsTheName() throws Exception {
        partner.stubFor(post("/epingle").willReturn(aResponse().withStatus(200)));

        assertTrue(sender.post(target("/epingle"), Map.of(), "{}").succeeded());

        LoggedRequest received =
                partner.findAll(postRequestedFor(urlEqualTo("/epingle"))).get(0);
        assertEquals("partenaire.example.fr:" + partner.port(), received.getHeader("Host"));
    }

    @Test
    void aRedirectIsAFailureAndIsNotFollowed() throws Exception {
        partner.stubFor(post("/ailleurs").willReturn(aResponse().withStatus(307).withHeader("Location", "/cible")));
        partner.stubFor(post("/cible").willReturn(aResponse().withStatus(200)));

        WebhookSender.Outcome outcome = sender.post(target("/ailleurs"), Map.of(), "{}");

        assertFalse(outcome.succeeded());
        assertEquals(307, outcome.status());
        assertEquals(0, partner.findAll(postRequestedFor(urlEqualTo("/cible"))).size());
    }

    @Test
    void aServerErrorASlowAnswerAndNoServerAreFailuresWithTheirReason() throws Exception {
        partner.stubFor(post("/erreur").willReturn(aResponse().withStatus(503)));
        partner.stubFor(post("/lent").willReturn(aResponse().withStatus(200).withFixedDelay(6000)));

        WebhookSender.Outcome error = sender.post(target("/erreur"), Map.of(), "{}");
        assertEquals(503, error.status());
        assertEquals("HTTP 503", error.error());

        WebhookSender.Outcome slow = impatient.post(target("/lent"), Map.of(), "{}");
        assertFalse(slow.succeeded());
        assertNull(slow.status());
        assertNotNull(slow.error());

        var nobody = new UrlGuard.Target(
                URI.create("http://partenaire.example.fr:9/"),
                "partenaire.example.fr",
                9,
                false,
                "/",
                List.of(InetAddress.getByName("127.0.0.1")));
        WebhookSender.Outcome refused = sender.post(nobody, Map.of(), "{}");
        assertNull(refused.status());
        assertTrue(refused.error().contains("Connect") || refused.error().contains("refused"), refused.error());
    }
}
