package fr.spyrales.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP server timers ({@code http_server_requests_seconds}): one series per route template, never per raw path,
 * with latency buckets fit for {@code histogram_quantile}.
 *
 * <p>Quarkus names a request by the template of the REST operation that served it, relative to the REST root
 * ({@code /members/{id}}); here it gets its full path ({@code /api/v1/members/{id}}). Every other answer would be
 * named by its raw path, ids included: those become {@code /api/{unmatched}} under the API (an early 413, say),
 * {@code /assets/{file}} for the front end's files and {@code /{page}} for its pages. A 404 outside the REST layer
 * keeps Quarkus' own {@code NOT_FOUND}. {@code quarkus.micrometer.binder.http-server.max-uri-tags} caps the rest.
 */
@ApplicationScoped
public class HttpRouteMetrics {
    /** Where Quarkus REST and Micrometer keep a request's route template (the request's Vert.x context). */
    private static final String TEMPLATE_KEY = "UrlPathTemplate";

    /** Latency buckets (upper bounds): a dozen per series rather than Micrometer's ~70 percentile buckets. */
    static final List<Duration> LATENCY_BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000)
            .map(Duration::ofMillis)
            .toList();

    private final String restRoot;

    HttpRouteMetrics(@ConfigProperty(name = "quarkus.rest.path") String restRoot) {
        this.restRoot = restRoot.endsWith("/") ? restRoot.substring(0, restRoot.length() - 1) : restRoot;
    }

    /** Before WebRouting's early 413, which ends the response without handing over to the next route. */
    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            // Runs once the answer is decided, before Micrometer reads the template at the end of the response.
            ctx.addHeadersEndHandler(ended -> name(ctx));
            ctx.next();
        });
    }

    private void name(RoutingContext ctx) {
        Context context = ((HttpServerRequestInternal) ctx.request()).context();
        Object template = context.getLocal(TEMPLATE_KEY);
        String route = route(
                restRoot,
                template == null ? null : template.toString(),
                ctx.request().path(),
                ctx.response().getStatusCode());
        if (route != null) {
            context.putLocal(TEMPLATE_KEY, route);
        }
    }

    /**
     * The uri tag of a request: its REST template under the REST root, or a fixed name by area for an answer given
     * outside the REST layer; null to leave Quarkus' own (NOT_FOUND, a redirection, its /q endpoints).
     */
    static String route(String restRoot, String template, String path, int status) {
        if (template != null) {
            return template.startsWith(restRoot + "/") ? template : restRoot + template;
        }
        if (status == 404 || (status >= 300 && status < 400) || path == null || path.startsWith("/q/")) {
            return null;
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            return "/api/{unmatched}";
        }
        return path.startsWith("/assets/") ? "/assets/{file}" : "/{page}";
    }

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(LATENCY_BUCKETS.stream()
                                .mapToDouble(Duration::toNanos)
                                .toArray())
                        .build()
                        .merge(config);
            }
        };
    }
}
