package fr.spyrales.auth;

import static fr.spyrales.support.TestAccounts.newEmail;
import static fr.spyrales.support.TestAccounts.newIp;
import static io.restassured.RestAssured.given;

import fr.spyrales.common.RateLimitConfig;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The client address that throttling counts on: X-Forwarded-For is believed only from a trusted proxy.
 * The test profile trusts 127.0.0.1 alone; 127.0.0.2 is this machine too, but an untrusted peer.
 */
@QuarkusTest
class ClientAddressTest {
    private static final String UNTRUSTED_PEER = "127.0.0.2";

    @Inject
    RateLimitConfig limits;

    @TestHTTPResource
    URL server;

    private RequestSpecification fromUntrustedPeer() throws Exception {
        HttpClientConfig boundToUntrustedPeer = HttpClientConfig.httpClientConfig()
                .setParam("http.route.local-address", InetAddress.getByName(UNTRUSTED_PEER));
        return given().config(RestAssured.config().httpClient(boundToUntrustedPeer))
                .baseUri("http://127.0.0.1")
                .port(server.getPort())
                .contentType(ContentType.JSON);
    }

    @Test
    void anUntrustedPeerCannotPassForManyClientsWithXForwardedFor() throws Exception {
        for (int i = 0; i < limits.loginPerIp(); i++) {
            fromUntrustedPeer()
                    .header("X-Forwarded-For", newIp())
                    .body(Map.of("email", newEmail(), "password", "mauvais-mot-de-passe"))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
        }
        // Every attempt counted against the peer itself, whatever address it claimed to forward.
        fromUntrustedPeer()
                .header("X-Forwarded-For", newIp())
                .body(Map.of("email", newEmail(), "password", "mauvais-mot-de-passe"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(429);
    }
}
