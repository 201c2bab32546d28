package fr.spyrales.partner.webhook;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Every instance looks for due webhook deliveries every few seconds; old finished ones are purged hourly. */
@ApplicationScoped
class WebhookJobs {
    private final WebhookWorker worker;

    WebhookJobs(WebhookWorker worker) {
        this.worker = worker;
    }

    @Scheduled(
            identity = "webhook-deliveries",
            every = "${spyrales.webhooks.poll-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        worker.runOnce();
    }

    @Scheduled(identity = "webhook-purge", every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        worker.purge();
    }
}
