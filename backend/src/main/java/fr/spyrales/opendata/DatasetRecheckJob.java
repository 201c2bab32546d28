package fr.spyrales.opendata;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Asks data.gouv.fr again, every {@link OpenDataConfig.Recheck#every()}, about a small batch of the datasets stored
 * while it did not answer: an outage resolves itself without an animateur. Safe on several instances: each run
 * claims its rows (FOR UPDATE SKIP LOCKED) and moves them out of reach for {@link OpenDataConfig.Recheck#after()}.
 */
@ApplicationScoped
public class DatasetRecheckJob {
    private static final Logger LOG = Logger.getLogger(DatasetRecheckJob.class);
    private final DatasetReviews reviews;

    DatasetRecheckJob(DatasetReviews reviews) {
        this.reviews = reviews;
    }

    @Scheduled(
            identity = "opendata-recheck",
            every = "${spyrales.opendata.recheck.every}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recheckUnreachable() {
        int answered = reviews.recheckUnreachable();
        if (answered > 0) {
            LOG.infof("data.gouv.fr answered again for %d dataset(s) stored while it did not", answered);
        }
    }
}
