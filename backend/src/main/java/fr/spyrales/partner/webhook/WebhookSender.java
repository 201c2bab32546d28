package fr.spyrales.partner.webhook;

import fr.spyrales.common.net.PinnedHttp;
import fr.spyrales.common.net.UrlGuard;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POSTs one webhook to a partner, through {@link PinnedHttp}: the connection goes to an address the SSRF guard has
 * just checked, never to a fresh DNS answer, and redirects are not followed (a 3xx is a failure). Only the status is
 * read; the body is not.
 */
@ApplicationScoped
public class WebhookSender {
    static final String USER_AGENT = "Spyrales-Webhooks/1.0 (+https://www.standardwebhooks.com)";

    private final PinnedHttp http;

    @Inject
    WebhookSender(Vertx vertx, WebhookConfig config) {
        this(vertx, config.connectTimeout(), config.readTimeout());
    }

    public WebhookSender(Vertx vertx, Duration connectTimeout, Duration readTimeout) {
        this.http = new PinnedHttp(vertx, connectTimeout, readTimeout);
    }

    /** What came of one attempt: the partner's status code, or why there was none. */
    public record Outcome(Integer status, String error, long durationMs) {
        public boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    public Outcome post(UrlGuard.Target target, Map<String, String> headers, String body) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("content-type", "application/json; charset=utf-8");
        all.put("user-agent", USER_AGENT);
        all.putAll(headers);
        PinnedHttp.Exchange exchange = http.send(
                target, HttpMethod.POST, target.pathAndQuery(), all, body.getBytes(StandardCharsets.UTF_8), false);
        Integer status = exchange.status();
        String error = status == null ? exchange.error() : status >= 200 && status < 300 ? null : "HTTP " + status;
        return new Outcome(status, error, exchange.durationMs());
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
