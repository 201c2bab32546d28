package fr.spyrales.stats;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Recomputes the statistics page's snapshot: once at start, after the other start-up work (a local trial's demo
 * community is loaded then), and on a schedule from there. Tests call {@link StatsService#refresh()} themselves.
 * The start's refresh runs beside the start, not in it: the app is ready without waiting for it.
 */
@ApplicationScoped
class StatisticsJobs {
    private static final Logger LOG = Logger.getLogger(StatisticsJobs.class);

    private final StatsService stats;
    private final Duration period;

    private final ManagedExecutor executor;

    StatisticsJobs(
            StatsService stats,
            ManagedExecutor executor,
            @ConfigProperty(name = "spyrales.stats.refresh-every") Duration period) {
        this.stats = stats;
        this.executor = executor;
        this.period = period;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent start) {
        executor.runAsync(() -> {
            try {
                // Instances starting together: one computes, the others find it under way and leave it.
                stats.refreshUnlessRecent(Duration.ZERO);
            } catch (RuntimeException e) {
                // The page computes the figures on its first request when none are stored.
                LOG.warn("The statistics could not be computed at start; the schedule will try again", e);
            }
        });
    }

    @Scheduled(
            identity = "statistics-refresh",
            every = "${spyrales.stats.refresh-every}",
            delayed = "${spyrales.stats.refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        // Every instance has this schedule, at its own phase: the first one due computes, the others find the
        // snapshot younger than half a period and skip.
        stats.refreshUnlessRecent(period.dividedBy(2));
    }
}
