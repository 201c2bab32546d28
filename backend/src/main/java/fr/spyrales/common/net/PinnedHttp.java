package fr.spyrales.common.net;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP calls to an address the SSRF guard has just checked ({@link UrlGuard#check}), never to a fresh DNS answer:
 * Vert.x's client is given the checked socket address ({@link RequestOptions#setServer}) while the host name still
 * goes in the {@code Host} header, the TLS server name (SNI) and the certificate check. (The JDK's HttpClient cannot do
 * this: it resolves the name itself.) Redirects are not followed: a 3xx is an answer like any other, so nobody can
 * bounce us to an address the guard never saw. Each user owns one (one connection pool, closed with it).
 */
public class PinnedHttp implements AutoCloseable {
    private static final int MAX_ERROR_LENGTH = 1000;
    /** The most of an answer's body read (a JSON error or event id); the rest is dropped. */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    public PinnedHttp(Vertx vertx, Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setTryUseCompression(false));
    }

    /**
     * What came of one call: the status, the answer's headers (lower-case names, first value) and body when asked,
     * or why there was no answer.
     */
    public record Exchange(Integer status, Map<String, String> headers, String body, String error, long durationMs) {
        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /**
     * Sends the request to the target's checked addresses in turn, moving to the next one only while none accepted
     * the connection (a request that reached a server is never sent twice).
     */
    public Exchange send(
            UrlGuard.Target target,
            HttpMethod method,
            String pathAndQuery,
            Map<String, String> headers,
            byte[] body,
            boolean readBody) {
        long start = System.nanoTime();
        Throwable failure = null;
        for (InetAddress address : target.addresses()) {
            try {
                Exchange answer = sendTo(target, address, method, pathAndQuery, headers, body, readBody);
                return new Exchange(answer.status(), answer.headers(), answer.body(), null, millisSince(start));
            } catch (ExecutionException e) {
                failure = e.getCause();
                if (!(failure instanceof ConnectException)) {
                    break;
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
        return new Exchange(null, Map.of(), null, describe(failure), millisSince(start));
    }

    private Exchange sendTo(
            UrlGuard.Target target,
            InetAddress address,
            HttpMethod method,
            String pathAndQuery,
            Map<String, String> headers,
            byte[] body,
            boolean readBody)
            throws ExecutionException, InterruptedException, TimeoutException {
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, target.port())))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(pathAndQuery)
                .setFollowRedirects(false)
                .setIdleTimeout(readTimeout.toMillis());
        headers.forEach(options::putHeader);
        // The body's handler must be set in the tick the response arrives, on its event loop: chained one level
        // out, the callback can run a tick later and the chunks already delivered are lost (vert.x#4106, #5904);
        // a 403's {"errcode": …} then read as an empty body.
        Future<Exchange> answer = client.request(options)
                .compose(request -> request.send(Buffer.buffer(body)).compose(response -> read(response, readBody)));
        long budget = connectTimeout.plus(readTimeout).plusSeconds(1).toMillis();
        return answer.toCompletionStage().toCompletableFuture().get(budget, TimeUnit.MILLISECONDS);
    }

    private static Future<Exchange> read(HttpClientResponse response, boolean readBody) {
        Map<String, String> answerHeaders = new java.util.HashMap<>();
        response.headers()
                .forEach(h -> answerHeaders.putIfAbsent(h.getKey().toLowerCase(java.util.Locale.ROOT), h.getValue()));
        if (!readBody) {
            response.request().connection().close(); // the body is never read
            return Future.succeededFuture(new Exchange(response.statusCode(), answerHeaders, null, null, 0));
        }
        return response.body()
                .map(buffer -> new Exchange(
                        response.statusCode(),
                        answerHeaders,
                        buffer.length() > MAX_BODY_BYTES
                                ? buffer.getString(0, MAX_BODY_BYTES, "UTF-8")
                                : buffer.toString("UTF-8"),
                        null,
                        0));
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

    @Override
    public void close() {
        client.close();
    }
}
