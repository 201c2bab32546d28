package fr.spyrales.partner.webhook;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs one webhook to a partner. The connection goes to an address the SSRF guard has just checked, never to a
 * fresh DNS answer: Vert.x's client is given that socket address ({@link RequestOptions#setServer}) while the host
 * name still goes in the {@code Host} header, the TLS server name (SNI) and the certificate check. (The JDK's
 * HttpClient cannot do this: it resolves the name itself.) Redirects are not followed: a 3xx is a failure, so a
 * partner cannot bounce us to an address the guard never saw. Only the status is read; the body is not.
 */
@ApplicationScoped
public class WebhookSender {
    static final String USER_AGENT = "Spyrales-Webhooks/1.0 (+https://www.standardwebhooks.com)";
    private static final int MAX_ERROR_LENGTH = 1000;

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    @Inject
    WebhookSender(Vertx vertx, WebhookConfig config) {
        this(vertx, config.connectTimeout(), config.readTimeout());
    }

    public WebhookSender(Vertx vertx, Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setTryUseCompression(false));
    }

    /** What came of one attempt: the partner's status code, or why there was none. */
    public record Outcome(Integer status, String error, long durationMs) {
        public boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    public Outcome post(WebhookUrlGuard.Target target, Map<String, String> headers, String body) {
        long start = System.nanoTime();
        Throwable failure = null;
        for (InetAddress address : target.addresses()) {
            try {
                int status = send(target, address, headers, body);
                return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status, millisSince(start));
            } catch (ExecutionException e) {
                failure = e.getCause();
                if (!(failure instanceof ConnectException)) {
                    break; // connected, then failed: another address of the name would receive the message twice
                }
            } catch (TimeoutException e) {
                failure = new TimeoutException("Pas de réponse dans le délai (" + readTimeout.toSeconds() + " s)");
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
                break;
            }
        }
        return new Outcome(null, describe(failure), millisSince(start));
    }

    private int send(WebhookUrlGuard.Target target, InetAddress address, Map<String, String> headers, String body)
            throws ExecutionException, InterruptedException, TimeoutException {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, target.port())))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(target.pathAndQuery())
                .setFollowRedirects(false)
                .setIdleTimeout(readTimeout.toMillis())
                .putHeader("content-type", "application/json; charset=utf-8")
                .putHeader("user-agent", USER_AGENT);
        headers.forEach(options::putHeader);
        Future<Integer> status = client.request(options)
                .compose(request -> request.send(Buffer.buffer(body)))
                .map(response -> {
                    int code = response.statusCode();
                    response.request().connection().close(); // the body is never read
                    return code;
                });
        long budget = connectTimeout.plus(readTimeout).plusSeconds(1).toMillis();
        return status.toCompletionStage().toCompletableFuture().get(budget, TimeUnit.MILLISECONDS);
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static String describe(Throwable failure) {
        if (failure == null) {
            return "Aucune adresse à appeler";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
