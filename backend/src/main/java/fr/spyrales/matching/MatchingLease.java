package fr.spyrales.matching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Which instance computes a run or sends a confirmed run's requests: the one holding the run's lease, which it renews
 * while it lives. A lease that ran out means its holder stopped (a pod replaced, a crash): any instance then fails
 * the run that was computing there, or takes over the sending of the confirmed run's requests, which goes on where
 * it stopped (each batch is whole or not at all). An instance starting never touches a run another one still holds.
 */
@ApplicationScoped
class MatchingLease {
    /** Renewed every {@link #RENEW_EVERY}: a holder misses three renewals before anyone takes over. */
    static final Duration TERM = Duration.ofSeconds(60);

    static final String RENEW_EVERY = "20s";

    /** This instance, for as long as it runs. */
    static final String INSTANCE = UUID.randomUUID().toString();

    static final String INTERRUPTED =
            "Le calcul a été interrompu : le serveur qui le menait s'est arrêté. Relancez-le.";

    private static final Logger LOG = Logger.getLogger(MatchingLease.class);

    private final EntityManager em;
    private final MatchingComputation computation;

    MatchingLease(EntityManager em, MatchingComputation computation) {
        this.em = em;
        this.computation = computation;
    }

    /** Gives this instance the run's lease (the run is computed or confirmed here, just after the commit). */
    static void holdHere(MatchingRun run) {
        run.leaseHolder = INSTANCE;
        run.leaseUntil = OffsetDateTime.now().plus(TERM);
    }

    void onStart(@Observes StartupEvent event) {
        sweep();
    }

    @Scheduled(
            identity = "matching-lease-renewal",
            every = RENEW_EVERY,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void renew() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                                UPDATE matching_run SET lease_until = now() + make_interval(secs => :term)
                                 WHERE lease_holder = :me AND status IN ('RUNNING', 'CONFIRMING')""")
                        .setParameter("term", (double) TERM.toSeconds())
                        .setParameter("me", INSTANCE)
                        .executeUpdate());
    }

    /** Fails the runs whose computing instance stopped, and takes over the sending of orphaned confirmed runs. */
    @Scheduled(
            identity = "matching-lease-sweep",
            every = "30s",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int failed = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                                UPDATE matching_run SET status = 'FAILED', finished_at = now(), error = :error
                                 WHERE status = 'RUNNING' AND (lease_until IS NULL OR lease_until < now())""")
                        .setParameter("error", INTERRUPTED)
                        .executeUpdate());
        if (failed > 0) {
            LOG.warnf("%d matching run(s) failed: the instance computing them stopped", failed);
        }
        // Claimed in one statement: of two instances sweeping together, one gets each run.
        @SuppressWarnings("unchecked")
        List<UUID> orphans = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                                UPDATE matching_run SET lease_holder = :me, lease_until = now() + make_interval(secs => :term)
                                 WHERE status = 'CONFIRMING' AND (lease_until IS NULL OR lease_until < now())
                                RETURNING id""")
                        .setParameter("me", INSTANCE)
                        .setParameter("term", (double) TERM.toSeconds())
                        .getResultList());
        for (UUID run : orphans) {
            LOG.infof("Taking over the requests of matching run %s: the instance sending them stopped", run);
            computation.sendRequests(run);
        }
    }
}
