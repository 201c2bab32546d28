package fr.spyrales.common.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The backlog of every outbox as two gauges, {@code spyrales_outbox_waiting{outbox}} (rows waiting) and
 * {@code spyrales_outbox_oldest_waiting_seconds{outbox}} (age of the oldest): read from the database by a job
 * every {@code spyrales.metrics.backlog-refresh-every} (one indexed query per outbox), so that a scrape never
 * queries the database. The age grows between two reads, as the oldest row does.
 */
@ApplicationScoped
public class OutboxBacklogGauges {
    private static final Logger LOG = Logger.getLogger(OutboxBacklogGauges.class);
    private static final OutboxBacklog.Waiting NONE = new OutboxBacklog.Waiting(0, null);

    private final List<OutboxBacklog> outboxes;
    private final MeterRegistry registry;
    private final Map<String, OutboxBacklog.Waiting> lastRead = new ConcurrentHashMap<>();

    OutboxBacklogGauges(Instance<OutboxBacklog> outboxes, MeterRegistry registry) {
        this.outboxes = outboxes.stream().toList();
        this.registry = registry;
    }

    void register(@Observes StartupEvent start) {
        for (OutboxBacklog outbox : outboxes) {
            String name = outbox.outbox();
            lastRead.put(name, NONE);
            Gauge.builder(
                            "spyrales.outbox.waiting",
                            lastRead,
                            read -> read.get(name).count())
                    .description("Rows waiting in the outbox (not yet sent nor given up), as last read")
                    .tag("outbox", name)
                    .register(registry);
            Gauge.builder("spyrales.outbox.oldest.waiting", lastRead, read -> ageSeconds(read.get(name)))
                    .description("Age of the oldest row waiting in the outbox; 0 when none waits")
                    .baseUnit("seconds")
                    .tag("outbox", name)
                    .register(registry);
        }
    }

    /** Reads every outbox's backlog again (also called by the tests, where the scheduler is off). */
    @Scheduled(
            identity = "outbox-backlog-metrics",
            every = "${spyrales.metrics.backlog-refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        for (OutboxBacklog outbox : outboxes) {
            try {
                lastRead.put(outbox.outbox(), QuarkusTransaction.requiringNew().call(outbox::waiting));
            } catch (RuntimeException e) {
                // The gauges keep their last values; the database's health is reported by /q/health/ready.
                LOG.warnf("Backlog of the %s outbox not read: %s", outbox.outbox(), e);
            }
        }
    }

    private static double ageSeconds(OutboxBacklog.Waiting waiting) {
        if (waiting.oldestQueuedAt() == null) {
            return 0;
        }
        return Math.max(
                0,
                Duration.between(waiting.oldestQueuedAt(), OffsetDateTime.now()).toMillis() / 1000.0);
    }
}
