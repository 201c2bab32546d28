package fr.spyrales.stats;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Recomputes the statistics page's snapshot (tests call {@link StatsService#refresh()} themselves). */
@ApplicationScoped
class StatisticsJobs {
    private final StatsService stats;

    StatisticsJobs(StatsService stats) {
        this.stats = stats;
    }

    @Scheduled(
            identity = "statistics-refresh",
            every = "${spyrales.stats.refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        stats.refresh();
    }
}
