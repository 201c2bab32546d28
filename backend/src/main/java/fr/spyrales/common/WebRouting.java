package fr.spyrales.common;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Routes that live outside the REST layer: the single-page front end is served for every
 * browser path, and an unknown address under /api still answers problem+json.
 */
@ApplicationScoped
public class WebRouting {
    private static final Pattern FILE_PATH = Pattern.compile(".*/[^/]+\\.[A-Za-z0-9]+$");

    private final long maxBodyBytes;

    WebRouting(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void register(@Observes StartupEvent start, Router router) {
        // Quarkus refuses an announced body over the limit with an empty 413; the API says why, in its own format.
        router.route("/api/*").order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null
                    && length.chars().allMatch(Character::isDigit)
                    && length.length() < 19
                    && Long.parseLong(length) > maxBodyBytes) {
                // The body is not read: the connection closes once the answer is out.
                ctx.response()
                        .putHeader("Connection", "close")
                        .endHandler(ended -> ctx.request().connection().close());
                problem(
                        ctx,
                        ProblemType.PAYLOAD_TOO_LARGE,
                        "Le corps de la requête est trop volumineux (" + maxBodyBytes / 1024 / 1024 + " Mo au plus).");
            } else {
                ctx.next();
            }
        });
        // Runs before the static handler: a front-end route such as /annuaire is served index.html.
        router.get("/*").order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String path = ctx.normalizedPath();
            if (path.equals("/")
                    || path.startsWith("/api/")
                    || path.equals("/api")
                    || path.startsWith("/q/")
                    || FILE_PATH.matcher(path).matches()) {
                ctx.next();
            } else {
                ctx.reroute("/index.html");
            }
        });
        // Last resort for the API: nothing matched this address.
        router.route("/api/*")
                .order(Integer.MAX_VALUE)
                .handler(ctx -> ctx.response()
                        .setStatusCode(404)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(ProblemResponses.toJson(
                                ProblemType.NOT_FOUND,
                                "Aucune ressource à cette adresse.",
                                ctx.request().path(),
                                RequestIds.of(ctx))));
    }

    private static void problem(io.vertx.ext.web.RoutingContext ctx, ProblemType type, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response()
                .setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(ProblemResponses.toJson(type, detail, ctx.request().path(), RequestIds.of(ctx)));
    }
}
