package fr.spyrales.tchap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.spyrales.event.EventFixtures;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rooms configured through the API, notices written with the news and posted by the worker to a local Matrix
 * homeserver (WireMock). The scheduler is off in tests: each test runs the worker itself, and moves the clock of
 * its notices in the database instead of waiting.
 */
@QuarkusTest
class TchapTest {
    static final String ROOMS = "/api/v1/tchap/rooms";
    private static final String SEND = "/_matrix/client/v3/rooms/.*/send/m.room.message/.*";

    static WireMockServer matrix;

    @Inject
    EventFixtures events;

    @Inject
    TestAccounts accounts;

    @Inject
    TchapWorker worker;

    @Inject
    EntityManager em;

    Account animateur;

    @BeforeAll
    static void startMatrix() {
        matrix = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        matrix.start();
    }

    @AfterAll
    static void stopMatrix() {
        matrix.stop();
    }

    @BeforeEach
    void freshHomeserver() {
        matrix.resetAll();
        matrix.stubFor(put(urlPathMatching(SEND)).willReturn(okJson("{\"event_id\":\"$posted\"}")));
        // Rooms left by other tests would receive this test's news: each test starts without any.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM tchap_room").executeUpdate());
        animateur = events.animateur();
    }

    private static String newRoomId() {
        return "!" + UUID.randomUUID().toString().replace("-", "").substring(0, 18) + ":agent.tchap.gouv.fr";
    }

    private static Map<String, Object> roomBody(String roomId, String token, List<String> types) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Spyrales — annonces");
        // 127.0.0.1, the host the test profile lets past the SSRF guard (WireMock's baseUrl says localhost).
        body.put("homeserverUrl", "http://127.0.0.1:" + matrix.port());
        body.put("roomId", roomId);
        body.put("accessToken", token);
        body.put("newsTypes", types);
        return body;
    }

    private UUID room(String roomId, String token, List<String> types) {
        return UUID.fromString(animateur
                .as()
                .body(roomBody(roomId, token, types))
                .post(ROOMS)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    private static String sendPath(String roomId, long notice) {
        return "/_matrix/client/v3/rooms/" + URLEncoder.encode(roomId, StandardCharsets.UTF_8)
                + "/send/m.room.message/spyrales-notice-" + notice;
    }

    private List<LoggedRequest> callsTo(String roomId) {
        String encoded = URLEncoder.encode(roomId, StandardCharsets.UTF_8);
        return matrix.findAll(putRequestedFor(
                urlPathMatching("/_matrix/client/v3/rooms/" + java.util.regex.Pattern.quote(encoded) + "/send/.*")));
    }

    private List<Long> noticesOf(UUID room) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em
                        .createNativeQuery("SELECT id FROM tchap_notice WHERE room_id = :room ORDER BY id", Long.class)
                        .setParameter("room", room)
                        .getResultList()
                        .stream()
                        .map(Long.class::cast)
                        .toList());
    }

    private Object[] notice(long id) {
        return (Object[]) QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                                SELECT next_attempt_at, sent_at, failed_at, attempts, last_status, last_error,
                                       (SELECT next_send_at FROM tchap_room r WHERE r.id = n.room_id)
                                  FROM tchap_notice n WHERE id = :id""").setParameter("id", id).getSingleResult());
    }

    /** A timestamptz as the native query gives it (an Instant with this driver). */
    private static OffsetDateTime time(Object value) {
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }

    /** What a wait would do: the room may be called again and its notices are due. */
    private void timePasses(UUID room) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE tchap_room SET next_send_at = now() WHERE id = :room")
                    .setParameter("room", room)
                    .executeUpdate();
            em.createNativeQuery(
                            "UPDATE tchap_notice SET next_attempt_at = now() WHERE room_id = :room AND sent_at IS NULL")
                    .setParameter("room", room)
                    .executeUpdate();
        });
    }

    private UUID newWebinar(String title) {
        return events.create(animateur, EventFixtures.body(Map.of("title", title)));
    }

    @Test
    void aNewEventIsPostedAsAnMNoticeWithItsExactTextAndALinkBack() {
        String roomId = newRoomId();
        UUID room = room(roomId, "syt_bot_token_format", List.of("EVENT_CREATED"));
        UUID event = newWebinar("Débuter avec le tidyverse");
        long notice = noticesOf(room).get(0);

        assertEquals(1, worker.runOnce());

        var paris = EventFixtures.nextWeek().atZoneSameInstant(ZoneId.of("Europe/Paris"));
        String when = DateTimeFormatter.ofPattern("d MMMM", Locale.FRENCH).format(paris)
                + (paris.getYear()
                                == OffsetDateTime.now(ZoneId.of("Europe/Paris")).getYear()
                        ? ""
                        : " " + paris.getYear())
                + " à " + paris.getHour() + " h";
        String link = "http://localhost:5173/evenements/" + event;
        matrix.verify(
                1,
                putRequestedFor(urlEqualTo(sendPath(roomId, notice)))
                        .withHeader("Authorization", equalTo("Bearer syt_bot_token_format"))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withRequestBody(equalToJson("{\"msgtype\":\"m.notice\","
                                + "\"body\":\"Nouveau webinaire : Débuter avec le tidyverse le " + when
                                + " — s'inscrire : " + link + "\","
                                + "\"format\":\"org.matrix.custom.html\","
                                + "\"formatted_body\":\"Nouveau webinaire : <strong>Débuter avec le tidyverse</strong> le "
                                + when + " — <a href=\\\"" + link
                                + "\\\" rel=\\\"noopener\\\">s&#39;inscrire</a>\"}")));
        Object[] row = notice(notice);
        assertNotNull(row[1], "marked sent");
        assertEquals(200, row[4]);
        animateur
                .as()
                .get(ROOMS + "/" + room)
                .then()
                .statusCode(200)
                .body("delivery.sent", org.hamcrest.Matchers.is(1))
                .body("delivery.pending", org.hamcrest.Matchers.is(0));
    }

    @Test
    void aRetryAfterAServerErrorReusesTheTransactionIdSoTheNoticeIsPostedOnce() {
        String roomId = newRoomId();
        matrix.stubFor(put(urlPathMatching(SEND))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("{\"errcode\":\"M_UNKNOWN\"}"))
                .willSetStateTo("recovered"));
        matrix.stubFor(put(urlPathMatching(SEND))
                .inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"event_id\":\"$once\"}")));
        UUID room = room(roomId, "syt_retry", List.of("EVENT_CREATED"));
        newWebinar("Les tests de R avec testthat");
        long notice = noticesOf(room).get(0);

        assertEquals(0, worker.runOnce());
        Object[] failed = notice(notice);
        assertNull(failed[1]);
        assertEquals(500, failed[4]);
        assertEquals("HTTP 500 : M_UNKNOWN", failed[5]);
        OffsetDateTime next = time(failed[0]);
        assertTrue(next.isAfter(OffsetDateTime.now().plusSeconds(20)), "backed off: " + next);
        assertEquals(0, worker.runOnce(), "not due yet");

        timePasses(room);
        assertEquals(1, worker.runOnce());
        List<LoggedRequest> calls = callsTo(roomId);
        assertEquals(2, calls.size());
        assertEquals(sendPath(roomId, notice), calls.get(0).getUrl());
        assertEquals(calls.get(0).getUrl(), calls.get(1).getUrl(), "same txnId on retry");
        Object[] sent = notice(notice);
        assertNotNull(sent[1]);
        assertEquals(2, sent[3]);
        List<?> attempts = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT status_code FROM tchap_notice_attempt WHERE notice_id = :id ORDER BY id")
                        .setParameter("id", notice)
                        .getResultList());
        assertEquals(List.of(500, 200), attempts);
    }

    @Test
    void aRateLimitedRoomWaitsTheRetryAfterTheHomeserverAsks() {
        String roomId = newRoomId();
        matrix.stubFor(
                put(urlPathMatching(SEND))
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(429)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"errcode\":\"M_LIMIT_EXCEEDED\",\"error\":\"Too Many Requests\",\"retry_after_ms\":7000}")));
        UUID room = room(roomId, "syt_limited", List.of("EVENT_CREATED"));
        newWebinar("Pandas pour les statisticiens");
        long notice = noticesOf(room).get(0);

        OffsetDateTime before = OffsetDateTime.now();
        assertEquals(0, worker.runOnce());
        Object[] row = notice(notice);
        OffsetDateTime next = time(row[0]);
        OffsetDateTime roomNext = time(row[6]);
        assertEquals(429, row[4]);
        assertEquals("HTTP 429 : M_LIMIT_EXCEEDED", row[5]);
        long waitMillis = Duration.between(before, next).toMillis();
        assertTrue(waitMillis >= 6_000 && waitMillis <= 9_000, "retry_after_ms honoured: " + waitMillis);
        assertFalse(roomNext.isBefore(next.minusSeconds(1)), "the room is held too");
        assertEquals(0, worker.runOnce());
        assertEquals(1, callsTo(roomId).size(), "no call before the homeserver's delay");
    }

    @Test
    void aRoomIsCalledAtMostOnceASecond() {
        String roomId = newRoomId();
        UUID room = room(roomId, "syt_paced", List.of("EVENT_CREATED"));
        newWebinar("Premier webinaire de la série");
        newWebinar("Second webinaire de la série");
        assertEquals(2, noticesOf(room).size());

        assertEquals(1, worker.runOnce());
        assertEquals(1, callsTo(roomId).size());
        Object[] second = notice(noticesOf(room).get(1));
        assertNull(second[1], "the second waits for the room");
        assertTrue(time(second[6]).isAfter(OffsetDateTime.now().plusNanos(200_000_000)));

        timePasses(room);
        assertEquals(1, worker.runOnce());
        assertEquals(2, callsTo(roomId).size());
    }

    @Test
    void aNoticeFailingForADayIsGivenUpAndShownInTheRoomsDelivery() {
        String roomId = newRoomId();
        matrix.stubFor(put(urlPathMatching(SEND))
                .atPriority(1)
                .willReturn(aResponse().withStatus(403).withBody("{\"errcode\":\"M_FORBIDDEN\"}")));
        UUID room = room(roomId, "syt_not_in_room", List.of("EVENT_CREATED"));
        newWebinar("Quarto pour les rapports");
        long notice = noticesOf(room).get(0);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE tchap_notice SET created_at = now() - interval '25 hours' WHERE id = :id")
                        .setParameter("id", notice)
                        .executeUpdate());

        assertEquals(0, worker.runOnce());
        assertNotNull(notice(notice)[2], "given up");
        animateur
                .as()
                .get(ROOMS)
                .then()
                .statusCode(200)
                .body("find { it.id == '" + room + "' }.delivery.failed", org.hamcrest.Matchers.is(1))
                .body(
                        "find { it.id == '" + room + "' }.delivery.lastError",
                        org.hamcrest.Matchers.is("HTTP 403 : M_FORBIDDEN"));
    }

    @Test
    void withoutARoomOrWithoutTheSubscriptionNothingIsQueuedNorPosted() {
        UUID withoutRoom = newWebinar("Personne ne l'annonce");
        Number queued = (Number) QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT count(*) FROM tchap_notice WHERE subject_id = :s")
                        .setParameter("s", withoutRoom)
                        .getSingleResult());
        assertEquals(0, queued.intValue());

        String roomId = newRoomId();
        UUID room = room(roomId, "syt_resources_only", List.of("RESOURCE_PUBLISHED", "PROJECT_CREATED"));
        newWebinar("Pas pour ce salon");
        assertEquals(List.of(), noticesOf(room));
        worker.runOnce();
        assertEquals(0, callsTo(roomId).size());
    }

    @Test
    void theTokenIsNeverReturnedNorStoredInClear() {
        String token = "syt_secret_" + UUID.randomUUID();
        UUID room = room(newRoomId(), token, List.of());
        animateur
                .as()
                .get(ROOMS)
                .then()
                .statusCode(200)
                .body(not(containsString(token)))
                .body("find { it.id == '" + room + "' }.accessTokenSet", org.hamcrest.Matchers.is(true))
                .body("find { it.id == '" + room + "' }.tokenSource", org.hamcrest.Matchers.is("STORED"));
        Map<String, Object> rename = roomBody(newRoomId(), null, List.of("EVENT_CREATED"));
        rename.put("name", "Renommé");
        animateur
                .as()
                .body(rename)
                .put(ROOMS + "/" + room)
                .then()
                .statusCode(200)
                .body(not(containsString(token)))
                .body("accessTokenSet", org.hamcrest.Matchers.is(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("accessToken")));
        String stored = (String) QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT access_token_sealed FROM tchap_room WHERE id = :id")
                        .setParameter("id", room)
                        .getSingleResult());
        assertFalse(stored.contains(token));
        assertTrue(stored.startsWith("v1."));
    }

    @Test
    void aTokenFromTheEnvironmentIsNamedNotStoredAndUsed() {
        String roomId = newRoomId();
        Map<String, Object> body = roomBody(roomId, null, List.of("EVENT_CREATED"));
        body.put("tokenEnvironmentVariable", "SPYRALES_TCHAP_TOKEN_TEST");
        UUID room = UUID.fromString(animateur
                .as()
                .body(body)
                .post(ROOMS)
                .then()
                .statusCode(201)
                .body("tokenSource", org.hamcrest.Matchers.is("ENVIRONMENT"))
                .body("tokenEnvironmentVariable", org.hamcrest.Matchers.is("SPYRALES_TCHAP_TOKEN_TEST"))
                .body("accessTokenSet", org.hamcrest.Matchers.is(true))
                .body(not(containsString("syt_from_the_environment")))
                .extract()
                .path("id"));
        newWebinar("Le jeton vient de l'environnement");
        assertEquals(1, worker.runOnce());
        assertEquals("Bearer syt_from_the_environment", callsTo(roomId).get(0).getHeader("Authorization"));
        assertEquals(1, noticesOf(room).size());

        body.put("tokenEnvironmentVariable", "SPYRALES_TCHAP_NOT_SET");
        body.put("roomId", newRoomId());
        animateur
                .as()
                .body(body)
                .post(ROOMS)
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.is("tokenEnvironmentVariable"));
        body.put("tokenEnvironmentVariable", "QUARKUS_DATASOURCE_PASSWORD");
        animateur
                .as()
                .body(body)
                .post(ROOMS)
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.is("tokenEnvironmentVariable"));
    }

    @Test
    void aRoomIsCheckedAndExplainedInFrench() {
        animateur
                .as()
                .body(roomBody("#annonces:agent.tchap.gouv.fr", "syt_x", List.of()))
                .post(ROOMS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.is("roomId"))
                .body("errors[0].message", containsString("!abc:agent.tchap.gouv.fr"));
        Map<String, Object> ftp = roomBody(newRoomId(), "syt_x", List.of());
        ftp.put("homeserverUrl", "ftp://matrix.agent.tchap.gouv.fr");
        animateur
                .as()
                .body(ftp)
                .post(ROOMS)
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.is("homeserverUrl"));
        Map<String, Object> withPath = roomBody(newRoomId(), "syt_x", List.of());
        withPath.put("homeserverUrl", "https://matrix.agent.tchap.gouv.fr/_matrix/client");
        animateur
                .as()
                .body(withPath)
                .post(ROOMS)
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.is("homeserverUrl"));
        animateur
                .as()
                .body(roomBody(newRoomId(), null, List.of()))
                .post(ROOMS)
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.is("accessToken"));
        Map<String, Object> unknownType = roomBody(newRoomId(), "syt_x", List.of("MENTORSHIP_ACCEPTED"));
        animateur.as().body(unknownType).post(ROOMS).then().statusCode(400);

        String roomId = newRoomId();
        room(roomId, "syt_x", List.of());
        animateur
                .as()
                .body(roomBody(roomId, "syt_y", List.of()))
                .post(ROOMS)
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.is("Ce salon est déjà configuré."));
    }

    @Test
    void aHomeserverOnTheServersOwnNetworkIsRefusedWithTheReasonInFrench() {
        // The test profile lets 127.0.0.1 past for the local stub (UrlGuardTest refuses it as production does):
        // every other loopback, private or link-local address is refused here.
        for (String url : List.of(
                "http://127.0.0.2",
                "https://127.0.0.2:8448",
                "http://169.254.169.254",
                "https://169.254.169.254",
                "https://10.1.2.3",
                "https://[::1]",
                // a name that resolves to a private address (/etc/hosts: localhost is 127.0.0.1 or ::1)
                "https://localhost:8448")) {
            Map<String, Object> body = roomBody(newRoomId(), "syt_x", List.of());
            body.put("homeserverUrl", url);
            animateur
                    .as()
                    .body(body)
                    .post(ROOMS)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", org.hamcrest.Matchers.is("homeserverUrl"))
                    .body(
                            "errors[0].message",
                            org.hamcrest.Matchers.anyOf(
                                    containsString("adresse IP réservée"), containsString("https://")));
        }
        Map<String, Object> localName = roomBody(newRoomId(), "syt_x", List.of());
        localName.put("homeserverUrl", "https://localhost:8448");
        animateur
                .as()
                .body(localName)
                .post(ROOMS)
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("mène à une adresse IP réservée"));
    }

    @Test
    void aHomeserverThatLeadsToAPrivateAddressAtSendingIsNotCalledAndTheRefusalIsRecorded() {
        for (String homeserver : List.of("http://169.254.169.254", "https://localhost:" + matrix.port())) {
            String roomId = newRoomId();
            UUID room = room(roomId, "syt_ssrf", List.of());
            // Configured when it was public; it is not any more (DNS rebinding, or the row changed since).
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("UPDATE tchap_room SET homeserver_url = :url WHERE id = :room")
                            .setParameter("url", homeserver)
                            .setParameter("room", room)
                            .executeUpdate());
            animateur.as().post(ROOMS + "/" + room + "/test").then().statusCode(202);

            assertEquals(0, worker.runOnce());

            Object[] refused = notice(noticesOf(room).get(0));
            assertEquals(null, refused[1], "not sent");
            assertEquals(1, ((Number) refused[3]).intValue(), "one attempt recorded");
            assertTrue(((String) refused[5]).startsWith("Adresse refusée : "), (String) refused[5]);
            assertEquals(List.of(), callsTo(roomId), "no call reached the homeserver");
        }
        assertEquals(0, matrix.getAllServeEvents().size());
    }

    @Test
    void aTestMessageIsQueuedAndPostedAndADeletedRoomTakesItsNotices() {
        String roomId = newRoomId();
        UUID room = room(roomId, "syt_test", List.of());
        animateur
                .as()
                .post(ROOMS + "/" + room + "/test")
                .then()
                .statusCode(202)
                .body("delivery.pending", org.hamcrest.Matchers.is(1));
        assertEquals(1, worker.runOnce());
        assertTrue(callsTo(roomId).get(0).getBodyAsString().contains("Message de test de Spyrales"));

        animateur.as().delete(ROOMS + "/" + room).then().statusCode(204);
        animateur.as().get(ROOMS + "/" + room).then().statusCode(404);
        assertEquals(List.of(), noticesOf(room));
    }

    @Test
    void onlyAnimateursAndAdminsConfigureRooms() {
        Account member = events.member("Nadia");
        member.as().get(ROOMS).then().statusCode(403).contentType("application/problem+json");
        member.as()
                .body(roomBody(newRoomId(), "syt_x", List.of()))
                .post(ROOMS)
                .then()
                .statusCode(403);
        TestAccounts.anonymous().get(ROOMS).then().statusCode(401);
        events.admin()
                .as()
                .body(roomBody(newRoomId(), "syt_admin", List.of("EVENT_CREATED")))
                .post(ROOMS)
                .then()
                .statusCode(201);
        io.restassured.RestAssured.given()
                .contentType(ContentType.JSON)
                .get(ROOMS)
                .then()
                .statusCode(401);
    }
}
