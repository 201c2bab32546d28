package fr.spyrales.partner.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import fr.spyrales.support.PartnerFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worker against a local partner stub: once under two workers, retries on its schedule, then given up. */
@QuarkusTest
class WebhookWorkerTest {
    private static WireMockServer partner;

    @Inject
    WebhookWorker worker;

    @Inject
    WebhookTestData data;

    @Inject
    WebhookConfig config;

    @BeforeAll
    static void start() {
        partner = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        partner.start();
    }

    @AfterAll
    static void stop() {
        partner.stop();
    }

    private static String path() {
        return "/hook-" + UUID.randomUUID();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + partner.port() + path;
    }

    @Inject
    PartnerFixtures partners;

    private UUID clientId() {
        return partners.create(Set.of("events:read")).id();
    }

    @Test
    void twoWorkersRunningAtOnceDeliverTheMessageExactlyOnce() throws Exception {
        String path = path();
        partner.stubFor(post(path).willReturn(aResponse().withStatus(200).withFixedDelay(300)));
        var endpoint = data.endpoint(clientId(), url(path));
        UUID delivery = data.delivery(endpoint.id(), "{\"type\":\"event.created\"}");

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> workers = Arrays.asList(
                CompletableFuture.supplyAsync(() -> awaitThen(start, worker::runOnce)),
                CompletableFuture.supplyAsync(() -> awaitThen(start, worker::runOnce)));
        start.countDown();
        for (CompletableFuture<Integer> w : workers) {
            w.get();
        }

        assertEquals(1, partner.findAll(postRequestedFor(urlEqualTo(path))).size());
        assertEquals(
                new WebhookTestData.DeliveryState("SUCCEEDED", 1, 0).status(),
                data.state(delivery).status());
        assertEquals(List.of(200), data.attemptCodes(delivery));
    }

    private static int awaitThen(CountDownLatch start, java.util.function.IntSupplier work) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return work.getAsInt();
    }

    @Test
    void aFailureIsRetriedAfterItsWaitAndEachAttemptIsSignedAfresh() throws Exception {
        String path = path();
        partner.stubFor(post(path)
                .inScenario(path)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("remis"));
        partner.stubFor(post(path)
                .inScenario(path)
                .whenScenarioStateIs("remis")
                .willReturn(aResponse().withStatus(204)));
        var endpoint = data.endpoint(clientId(), url(path));
        UUID delivery = data.delivery(endpoint.id(), "{\"type\":\"event.created\",\"data\":{\"id\":\"x\"}}");

        worker.runOnce();
        WebhookTestData.DeliveryState failed = data.state(delivery);
        assertEquals("FAILED", failed.status());
        assertEquals(1, failed.attempts());
        double firstWait = config.retryDelays().get(0).toSeconds();
        assertTrue(
                failed.secondsToNextAttempt() > firstWait - 3 && failed.secondsToNextAttempt() <= firstWait,
                "next attempt in " + failed.secondsToNextAttempt() + " s");

        worker.runOnce(); // not due yet
        assertEquals(1, partner.findAll(postRequestedFor(urlEqualTo(path))).size());

        data.due(delivery);
        worker.runOnce();
        assertEquals("SUCCEEDED", data.state(delivery).status());
        assertEquals(List.of(503, 204), data.attemptCodes(delivery));
        List<LoggedRequest> received = partner.findAll(postRequestedFor(urlEqualTo(path)));
        assertEquals(2, received.size());
        for (LoggedRequest request : received) {
            Map<String, List<String>> headers = new HashMap<>();
            request.getAllHeaderKeys()
                    .forEach(name -> headers.put(name, request.header(name).values()));
            new Webhook(endpoint.secret()).verify(request.getBodyAsString(), headers);
            assertEquals(
                    delivery.toString().length(),
                    request.getHeader(WebhookSignature.ID).length());
        }
        assertTrue(data.enabled(endpoint.id()));
    }

    @Test
    void aDeliveryIsGivenUpAfterTheLastWaitOfTheSchedule() {
        String path = path();
        partner.stubFor(post(path).willReturn(aResponse().withStatus(500)));
        var endpoint = data.endpoint(clientId(), url(path));
        UUID delivery = data.delivery(endpoint.id(), "{}");
        int attempts = config.retryDelays().size() + 1;

        for (int i = 1; i <= attempts; i++) {
            data.due(delivery);
            worker.runOnce();
            assertEquals(
                    i == attempts ? "GAVE_UP" : "FAILED", data.state(delivery).status(), "after attempt " + i);
        }
        data.due(delivery);
        worker.runOnce();

        assertEquals(
                attempts, partner.findAll(postRequestedFor(urlEqualTo(path))).size());
        assertEquals(attempts, data.attemptCodes(delivery).size());
    }

    @Test
    void anAddressTheGuardRefusesIsAFailedAttemptWithoutAnyCall() {
        var endpoint = data.endpoint(clientId(), "https://169.254.169.254/latest/meta-data/");
        UUID delivery = data.delivery(endpoint.id(), "{}");

        worker.runOnce();

        assertEquals("FAILED", data.state(delivery).status());
        assertEquals(Arrays.asList((Integer) null), data.attemptCodes(delivery));
    }
}
