package fr.spyrales.tchap;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Every instance looks for notices to post (tests call {@link TchapWorker#runOnce()} themselves). */
@ApplicationScoped
class TchapJobs {
    private final TchapWorker worker;

    TchapJobs(TchapWorker worker) {
        this.worker = worker;
    }

    @Scheduled(
            identity = "tchap-notices",
            every = "${spyrales.tchap.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void postDue() {
        worker.runOnce();
    }
}
