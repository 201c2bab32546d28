package fr.spyrales.mentorship;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Every morning: expires unanswered requests and completes pairings past their planned end; the
 * parties hear about it from the notifications. Safe on several instances: both skip the rows
 * another instance holds.
 */
@ApplicationScoped
public class MentorshipExpiryJob {
    private static final Logger LOG = Logger.getLogger(MentorshipExpiryJob.class);
    private final MentorshipHousekeeping housekeeping;

    MentorshipExpiryJob(MentorshipHousekeeping housekeeping) {
        this.housekeeping = housekeeping;
    }

    @Scheduled(
            identity = "mentorship-expiry",
            cron = "0 0 7 * * ?",
            timeZone = "Europe/Paris",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void expireOverdue() {
        int expired = housekeeping.expireOverdue();
        int completed = housekeeping.completeDue();
        if (expired + completed > 0) {
            LOG.infof(
                    "Expired %d unanswered mentorship request(s), completed %d pairing(s) at their planned end",
                    expired, completed);
        }
    }
}
