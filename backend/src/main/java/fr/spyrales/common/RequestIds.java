package fr.spyrales.common;

import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request gets an id: the caller's {@code X-Request-Id} when it is a short safe token (a reverse proxy's, a
 * partner's), else a new one. It is answered in the {@code X-Request-Id} header and in every problem
 * ({@code requestId}), and put in the logging MDC for the whole request, so that one error report leads to its log
 * lines. Quarkus keeps the MDC in the request's Vert.x context, which follows the request onto worker threads.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    /** The MDC key, also the field of the JSON log lines ({@code mdc.requestId}). */
    public static final String MDC_KEY = "requestId";

    /** Letters, digits, dot, underscore, dash, colon: nothing that could forge a log line or a header. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    /**
     * Registered before the other routes of the same order (WebRouting's early 413), so that every answer carries
     * the id, including those written outside the REST layer.
     */
    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, Router router) {
        router.route().order(Integer.MIN_VALUE).handler(RequestIds::assign);
    }

    static void assign(RoutingContext ctx) {
        String id = accepted(ctx.request().getHeader(HEADER));
        ctx.put(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.next();
    }

    /** The caller's id when it is safe to log and echo, else a new random one. */
    public static String accepted(String incoming) {
        if (incoming != null && SAFE.matcher(incoming).matches()) {
            return incoming;
        }
        return newId();
    }

    /** The id of the request being served, or null outside a request (a scheduled job). */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** The id of this request, for code that has its routing context. */
    public static String of(RoutingContext ctx) {
        String id = ctx.get(MDC_KEY);
        return id != null ? id : current();
    }

    /** A random UUID (version 4) from the thread's generator: unique enough for logs, and free of contention. */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
