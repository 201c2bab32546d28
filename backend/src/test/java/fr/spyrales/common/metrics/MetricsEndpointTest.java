package fr.spyrales.common.metrics;

import static fr.spyrales.support.TestAccounts.anonymous;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /q/metrics, on the management interface only: route templates, the connection pool, the outboxes' backlog. */
@QuarkusTest
class MetricsEndpointTest {
    private static final Pattern RAW_ID_IN_URI = Pattern.compile("uri=\"[^\"]*[0-9a-f]{8}-[0-9a-f]{4}-[^\"]*\"");

    /** Resolved against the management root ({@code /q}). */
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Inject
    TestAccounts accounts;

    @Inject
    OutboxBacklogGauges backlogs;

    @Inject
    EntityManager em;

    @Test
    void httpTimersAreKeptPerRouteTemplateWithLatencyBucketsAndNeverPerRawPath() {
        Account reader = accounts.member();
        Account other = accounts.member("Inès", "Garnier");
        UUID unknown = UUID.randomUUID();
        reader.as().get("/api/v1/members/" + other.id()).then().statusCode(200);
        reader.as().get("/api/v1/members/" + unknown).then().statusCode(404);
        // Outside the REST layer: the API's last-resort 404 and a front-end page with an id in its address.
        anonymous()
                .get("/api/v1/members/" + unknown + "/nothing/" + unknown)
                .then()
                .statusCode(404);
        anonymous().get("/membres/" + unknown);
        String tooLarge = raw("POST /api/v1/mentorships/" + unknown + "/pause HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 20000000\r\nConnection: close\r\n\r\n");
        assertTrue(tooLarge.startsWith("HTTP/1.1 413"), tooLarge);

        String scraped = scrape();
        assertTrue(
                scraped.contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                        + "uri=\"/api/v1/members/{id}\"}"),
                "no timer for the template /api/v1/members/{id}");
        // Buckets for histogram_quantile(), up to 10 s whatever the machine's speed.
        assertTrue(
                scraped.contains(
                        "http_server_requests_seconds_bucket{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                                + "uri=\"/api/v1/members/{id}\",le=\"10.0\"}"),
                "no latency bucket for the template /api/v1/members/{id}");
        assertTrue(
                scraped.contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\","
                        + "status=\"404\",uri=\"/api/v1/members/{id}\"}"),
                "no timer for the 404 of /api/v1/members/{id}");
        assertTrue(
                scraped.contains("http_server_requests_seconds_count{method=\"POST\",outcome=\"CLIENT_ERROR\","
                        + "status=\"413\",uri=\"/api/{unmatched}\"}"),
                "no timer for the early 413");
        assertFalse(scraped.contains(other.id().toString()), "a member's id in the metrics");
        assertFalse(scraped.contains(unknown.toString()), "a raw path in the metrics");
        Matcher raw = RAW_ID_IN_URI.matcher(scraped);
        assertFalse(raw.find(), () -> "a raw id in a uri tag: " + raw.group());
    }

    @Test
    void theConnectionPoolIsMeasured() {
        String scraped = scrape();
        for (String gauge : new String[] {"agroal_active_count", "agroal_available_count", "agroal_awaiting_count"}) {
            assertTrue(valueOf(scraped, gauge + "{datasource=\"default\"}").isPresent(), "no gauge " + gauge);
        }
        double maxUsed = valueOf(scraped, "agroal_max_used_count{datasource=\"default\"}")
                .orElseThrow();
        assertTrue(maxUsed >= 1, "connections used at most: " + maxUsed);
    }

    @Test
    void theMailBacklogGaugeCountsAQueuedMailAndTheAgeOfTheOldest() {
        // A mail queued a day ago and not due before tomorrow: no worker sends it while the test reads the gauges.
        long id = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("""
                        INSERT INTO mail_outbox (recipient, subject, body, created_at, next_attempt_at)
                        VALUES ('arriere@insee.fr', 'En attente', 'Bonjour.', now() - interval '1 day',
                                now() + interval '1 day')
                        RETURNING id""").getSingleResult()).longValue());
        try {
            backlogs.refresh();
            String queued = scrape();
            double waiting =
                    valueOf(queued, "spyrales_outbox_waiting{outbox=\"mail\"}").orElseThrow();
            assertTrue(waiting >= 1, "waiting mails: " + waiting);
            double age = valueOf(queued, "spyrales_outbox_oldest_waiting_seconds{outbox=\"mail\"}")
                    .orElseThrow();
            assertTrue(age >= 86_400, "age of the oldest waiting mail: " + age);
            assertTrue(valueOf(queued, "spyrales_outbox_waiting{outbox=\"webhook\"}")
                    .isPresent());
            assertTrue(
                    valueOf(queued, "spyrales_outbox_waiting{outbox=\"tchap\"}").isPresent());

            delete(id);
            backlogs.refresh();
            String gone = scrape();
            assertEquals(
                    waiting - 1,
                    valueOf(gone, "spyrales_outbox_waiting{outbox=\"mail\"}").orElseThrow());
            assertTrue(valueOf(gone, "spyrales_outbox_oldest_waiting_seconds{outbox=\"mail\"}")
                            .orElseThrow()
                    < 86_400);
        } finally {
            delete(id);
        }
    }

    @Test
    void theMainPortDoesNotServeTheMetrics() {
        given().get("/q/metrics").then().statusCode(404);
    }

    private String scrape() {
        return given().get(metrics).then().statusCode(200).extract().asString();
    }

    /** A request written by hand: its announced body is never sent. */
    private static String raw(String head) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(long id) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM mail_outbox WHERE id = :id")
                        .setParameter("id", id)
                        .executeUpdate());
    }

    /** The value of a series given by its name and labels as Prometheus writes them. */
    private static Optional<Double> valueOf(String scraped, String series) {
        for (String line : scraped.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Optional.of(
                        Double.parseDouble(line.substring(series.length() + 1).trim()));
            }
        }
        return Optional.empty();
    }
}
