package fr.spyrales.tchap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.spyrales.common.net.PinnedHttp;
import fr.spyrales.common.net.UrlGuard;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Posts notices to a Matrix homeserver (Tchap's client-server API), whose address is each room's own, through
 * {@link PinnedHttp}: the connection goes to the addresses the SSRF guard has just checked ({@link HomeserverGuard}),
 * with a connect timeout, a read timeout per call, and no redirect followed (the token is never sent elsewhere).
 * Never throws: every outcome, a network failure included, is an {@link Answer}.
 */
@ApplicationScoped
class MatrixClient {
    private final PinnedHttp http;
    private final ObjectMapper json;

    MatrixClient(TchapConfig config, ObjectMapper json, Vertx vertx) {
        this.json = json;
        this.http = new PinnedHttp(vertx, config.connectTimeout(), config.readTimeout());
    }

    /**
     * What the homeserver said.
     *
     * @param status the HTTP status, or null when no answer came (connection refused, timeout)
     * @param eventId the posted message's id, on success
     * @param retryAfterMillis on a 429, how long the homeserver asks to wait (retry_after_ms), else null
     * @param error a short description of a failure, else null
     */
    record Answer(Integer status, String eventId, Long retryAfterMillis, String error) {
        boolean ok() {
            return status != null && status >= 200 && status < 300;
        }

        boolean rateLimited() {
            return status != null && status == 429;
        }
    }

    /**
     * {@code PUT /_matrix/client/v3/rooms/{roomId}/send/m.room.message/{txnId}} with an m.notice, to the homeserver
     * the guard has just checked.
     */
    Answer sendNotice(UrlGuard.Target homeserver, String roomId, String txnId, String token, TchapMessage message) {
        String path = "/_matrix/client/v3/rooms/" + encode(roomId) + "/send/m.room.message/" + encode(txnId);
        Map<String, String> content = new LinkedHashMap<>();
        content.put("msgtype", "m.notice");
        content.put("body", message.body());
        content.put("format", "org.matrix.custom.html");
        content.put("formatted_body", message.formattedBody());
        byte[] body;
        try {
            body = json.writeValueAsBytes(content);
        } catch (IOException e) {
            return new Answer(null, null, null, "Requête impossible : " + e.getMessage());
        }
        PinnedHttp.Exchange exchange = http.send(
                homeserver,
                HttpMethod.PUT,
                path,
                Map.of("authorization", "Bearer " + token, "content-type", "application/json"),
                body,
                true);
        if (exchange.status() == null) {
            return new Answer(null, null, null, "Serveur injoignable (" + exchange.error() + ")");
        }
        return answer(exchange);
    }

    private Answer answer(PinnedHttp.Exchange response) {
        int status = response.status();
        JsonNode body = parse(response.body());
        if (status >= 200 && status < 300) {
            return new Answer(status, text(body, "event_id"), null, null);
        }
        String errcode = text(body, "errcode");
        String error = "HTTP " + status + (errcode == null ? "" : " : " + errcode);
        Long retryAfter = null;
        if (status == 429) {
            retryAfter = body != null && body.path("retry_after_ms").canConvertToLong()
                    ? body.path("retry_after_ms").asLong()
                    : response.header("Retry-After")
                            .flatMap(MatrixClient::seconds)
                            .orElse(null);
        }
        return new Answer(status, null, retryAfter, error);
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode body, String field) {
        return body != null && body.path(field).isTextual() ? body.path(field).asText() : null;
    }

    private static java.util.Optional<Long> seconds(String header) {
        try {
            return java.util.Optional.of(Long.parseLong(header.strip()) * 1000);
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
