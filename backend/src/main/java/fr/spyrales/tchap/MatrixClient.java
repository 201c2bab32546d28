package fr.spyrales.tchap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Posts notices to a Matrix homeserver (Tchap's client-server API), whose address is each room's own: one shared
 * HTTP client with a connect timeout, a read timeout per call, no redirect followed (the token is never sent
 * elsewhere). Never throws: every outcome, a network failure included, is an {@link Answer}.
 */
@ApplicationScoped
class MatrixClient {
    private final HttpClient http;
    private final TchapConfig config;
    private final ObjectMapper json;

    MatrixClient(TchapConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
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

    /** {@code PUT /_matrix/client/v3/rooms/{roomId}/send/m.room.message/{txnId}} with an m.notice. */
    Answer sendNotice(String homeserverUrl, String roomId, String txnId, String token, TchapMessage message) {
        URI uri = URI.create(
                homeserverUrl + "/_matrix/client/v3/rooms/" + encode(roomId) + "/send/m.room.message/" + encode(txnId));
        Map<String, String> content = new LinkedHashMap<>();
        content.put("msgtype", "m.notice");
        content.put("body", message.body());
        content.put("format", "org.matrix.custom.html");
        content.put("formatted_body", message.formattedBody());
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .timeout(config.readTimeout())
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(content)))
                    .build();
        } catch (IOException | IllegalArgumentException e) {
            return new Answer(null, null, null, "Requête impossible : " + e.getMessage());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Answer(null, null, null, describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, null, null, "Envoi interrompu");
        }
        return answer(response);
    }

    private Answer answer(HttpResponse<String> response) {
        int status = response.statusCode();
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
                    : response.headers()
                            .firstValue("Retry-After")
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

    private static String describe(IOException e) {
        String kind = e instanceof java.net.http.HttpTimeoutException ? "Délai dépassé" : "Serveur injoignable";
        return kind + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }
}
