package fr.spyrales.mail;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Starts a worker right after a transaction that queued mail commits, on a thread of its own: mails leave
 * within moments, and the request that queued them has already been answered. Wakes that arrive while a
 * run is pending are merged into it.
 */
@ApplicationScoped
class MailWake {
    private static final Logger LOG = Logger.getLogger(MailWake.class);
    private final MailWorker worker;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "mail-outbox-wake");
        thread.setDaemon(true);
        return thread;
    });

    MailWake(MailWorker worker) {
        this.worker = worker;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (requested.compareAndSet(false, true)) {
            try {
                executor.execute(this::run);
            } catch (RejectedExecutionException stopping) {
                requested.set(false); // shutting down: the mail waits in the outbox for the next start
            }
        }
    }

    private void run() {
        requested.set(false);
        try {
            worker.sendDue();
        } catch (RuntimeException e) {
            // The database itself failed; the scheduled run will try again.
            LOG.warnf(e, "Sending queued mail failed");
        }
    }

    /** Before the database goes: a send cut short is recorded as a failed attempt, and tried again later. */
    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
