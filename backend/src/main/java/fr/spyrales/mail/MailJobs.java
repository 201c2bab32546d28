package fr.spyrales.mail;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** The outbox's safety net and housekeeping: mails not sent at once (server down, instance stopped) and old rows. */
@ApplicationScoped
class MailJobs {
    private final MailWorker worker;

    MailJobs(MailWorker worker) {
        this.worker = worker;
    }

    @Scheduled(
            identity = "mail-outbox",
            every = "${spyrales.mail.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        worker.sendDue();
    }

    @Scheduled(identity = "mail-outbox-purge", every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        worker.purge();
    }
}
