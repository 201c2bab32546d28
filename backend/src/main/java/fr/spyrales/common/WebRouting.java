package fr.spyrales.common;

import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Routes that live outside the REST layer: the single-page front end is served for every
 * browser path, and an unknown address under /api still answers problem+json.
 */
@ApplicationScoped
public class WebRouting {
    private static final Pattern FILE_PATH = Pattern.compile(".*/[^/]+\\.[A-Za-z0-9]+$");

    void register(@Observes StartupEvent start, Router router) {
        // Runs before the static handler: a front-end route such as /annuaire is served index.html.
        router.get("/*").order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String path = ctx.normalizedPath();
            if (path.equals("/") || path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/")
                    || FILE_PATH.matcher(path).matches()) {
                ctx.next();
            } else {
                ctx.reroute("/index.html");
            }
        });
        // Last resort for the API: nothing matched this address.
        router.route("/api/*").order(Integer.MAX_VALUE).handler(ctx -> ctx.response()
                .setStatusCode(404)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(ProblemResponses.toJson(ProblemType.NOT_FOUND, "Aucune ressource à cette adresse.",
                        ctx.request().path())));
    }
}
