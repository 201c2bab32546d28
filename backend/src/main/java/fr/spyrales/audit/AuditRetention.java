package fr.spyrales.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * Deletes the audit rows older than the retention, every hour. The purge says so to the database in its own
 * transaction ({@code spyrales.audit_purge}), the only way past the trigger that keeps the log append-only.
 */
@ApplicationScoped
public class AuditRetention {
    private static final Logger LOG = Logger.getLogger(AuditRetention.class);
    static final Duration MINIMUM = Duration.ofDays(1);

    private final EntityManager em;
    private final AuditConfig config;

    AuditRetention(EntityManager em, AuditConfig config) {
        this.em = em;
        this.config = config;
    }

    @Scheduled(identity = "audit-purge", every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** @return how many rows were deleted */
    @Transactional
    public int purge() {
        Duration retention = config.retention();
        if (retention.compareTo(MINIMUM) < 0) {
            LOG.warnf("spyrales.audit.retention %s is under one day: one day is kept", retention);
            retention = MINIMUM;
        }
        em.createNativeQuery("SELECT set_config('spyrales.audit_purge', 'on', true)")
                .getSingleResult();
        int deleted = em.createNativeQuery("DELETE FROM audit_event WHERE occurred_at < :cutoff")
                .setParameter("cutoff", OffsetDateTime.now().minus(retention))
                .executeUpdate();
        if (deleted > 0) {
            LOG.infof("Deleted %d audit row(s) older than %s", deleted, retention);
        }
        return deleted;
    }
}
