package fr.spyrales.common.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The answer's body is what a Tchap room's « dernière erreur » and a webhook's delivery log show: it must never be
 * lost, however fast the server answers. Calls come from worker threads, outside Vert.x's event loop, as in the app.
 */
class PinnedHttpTest {
    private static Vertx vertx;
    private static HttpServer server;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer()
                .requestHandler(request -> request.response()
                        .setStatusCode(403)
                        .putHeader("content-type", "application/json")
                        .end("{\"errcode\":\"M_FORBIDDEN\"}"))
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() {
        vertx.close();
    }

    @Test
    void everyAnswersBodyIsReadFromAPlainThread() throws Exception {
        sendMany();
    }

    /** As the scheduler's jobs run: on a Vert.x worker thread, whose context the client's callbacks go back to. */
    @Test
    void everyAnswersBodyIsReadFromAVertxWorker() throws Exception {
        vertx.executeBlocking(() -> {
                    sendMany();
                    return null;
                })
                .toCompletionStage()
                .toCompletableFuture()
                .get(60, TimeUnit.SECONDS);
    }

    private static void sendMany() throws Exception {
        InetAddress local = InetAddress.getByName("127.0.0.1");
        UrlGuard.Target target = new UrlGuard.Target(
                URI.create("http://127.0.0.1:" + server.actualPort() + "/"),
                "127.0.0.1",
                server.actualPort(),
                false,
                "/",
                List.of(local));
        try (PinnedHttp http = new PinnedHttp(vertx, Duration.ofSeconds(5), Duration.ofSeconds(5))) {
            for (int i = 0; i < 300; i++) {
                PinnedHttp.Exchange answer =
                        http.send(target, HttpMethod.PUT, "/send/" + i, Map.of(), "{}".getBytes(), true);
                assertEquals(403, answer.status(), "call " + i);
                assertEquals("{\"errcode\":\"M_FORBIDDEN\"}", answer.body(), "call " + i);
            }
        }
    }
}
