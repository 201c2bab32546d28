package fr.spyrales.common;

import static fr.spyrales.support.TestAccounts.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every answer names its request (X-Request-Id), and every problem repeats that name in {@code requestId}: the
 * problems written by the REST layer read it from the logging MDC on the worker thread, so these tests also show
 * that the id follows the request there.
 */
@QuarkusTest
class RequestIdsTest {
    private static final String GENERATED = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Inject
    TestAccounts accounts;

    @Test
    void aSuccessfulAnswerCarriesANewRequestId() {
        anonymous().get("/api/v1/skills").then().statusCode(200).header(RequestIds.HEADER, matchesPattern(GENERATED));
    }

    @Test
    void twoRequestsGetTwoIds() {
        String first = anonymous().get("/api/v1/skills").header(RequestIds.HEADER);
        String second = anonymous().get("/api/v1/skills").header(RequestIds.HEADER);
        assertNotEquals(first, second);
    }

    @Test
    void aShortSafeIncomingIdIsKeptAndEchoed() {
        anonymous()
                .header(RequestIds.HEADER, "dinum-ticket_2026.42:a")
                .get("/api/v1/skills")
                .then()
                .statusCode(200)
                .header(RequestIds.HEADER, equalTo("dinum-ticket_2026.42:a"));
    }

    @Test
    void anUnsafeOrLongIncomingIdIsReplaced() {
        for (String unsafe : new String[] {"id with spaces", "a\"b", "<script>", "x".repeat(65), "-leading-dash", ""}) {
            anonymous()
                    .header(RequestIds.HEADER, unsafe)
                    .get("/api/v1/skills")
                    .then()
                    .statusCode(200)
                    .header(RequestIds.HEADER, matchesPattern(GENERATED))
                    .header(RequestIds.HEADER, not(equalTo(unsafe)));
        }
    }

    @Test
    void aValidationProblemCarriesTheRequestIdOfItsHeader() {
        Response answer = anonymous().body(Map.of()).post("/api/v1/auth/register");
        assertEquals(400, answer.statusCode());
        assertSameId(answer);
    }

    @Test
    void anUnauthenticatedProblemCarriesTheRequestIdOfItsHeader() {
        Response answer = anonymous().get("/api/v1/me");
        assertEquals(401, answer.statusCode());
        assertSameId(answer);
    }

    @Test
    void aNotFoundProblemCarriesTheRequestIdOfItsHeader() {
        Response answer = accounts.member().as().get("/api/v1/members/" + UUID.randomUUID());
        assertEquals(404, answer.statusCode());
        assertSameId(answer);
    }

    @Test
    void theProblemOfAnAddressOutsideTheRestLayerCarriesItToo() {
        Response answer = anonymous().get("/api/nowhere");
        assertEquals(404, answer.statusCode());
        assertSameId(answer);
    }

    @Test
    void theEarlyRefusalOfABodyTooLargeCarriesItToo() {
        String answer;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: big-body-1\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: 20000000\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.toLowerCase(Locale.ROOT).contains("x-request-id: big-body-1\r\n"), answer);
        assertTrue(answer.contains("\"requestId\":\"big-body-1\""), answer);
    }

    @Test
    void theProblemCarriesTheCallersOwnId() {
        Response answer =
                anonymous().header(RequestIds.HEADER, "partner-report-7").get("/api/v1/me");
        assertEquals(401, answer.statusCode());
        assertEquals("partner-report-7", answer.jsonPath().getString("requestId"));
    }

    private static void assertSameId(Response answer) {
        assertEquals("application/problem+json", answer.contentType());
        String header = answer.header(RequestIds.HEADER);
        assertEquals(header, answer.jsonPath().getString("requestId"), answer.asString());
        org.hamcrest.MatcherAssert.assertThat(header, matchesPattern(GENERATED));
    }
}
