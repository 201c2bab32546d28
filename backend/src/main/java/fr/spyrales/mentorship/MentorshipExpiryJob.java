package fr.spyrales.mentorship;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Expires unanswered requests every morning; the parties hear about it from the notifications.
 * Safe on several instances: expireOverdue() skips the rows another instance holds.
 */
@ApplicationScoped
public class MentorshipExpiryJob {
    private static final Logger LOG = Logger.getLogger(MentorshipExpiryJob.class);
    private final MentorshipService mentorships;

    MentorshipExpiryJob(MentorshipService mentorships) {
        this.mentorships = mentorships;
    }

    @Scheduled(identity = "mentorship-expiry", cron = "0 0 7 * * ?", timeZone = "Europe/Paris",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void expireOverdue() {
        int expired = mentorships.expireOverdue();
        if (expired > 0) {
            LOG.infof("Expired %d unanswered mentorship request(s)", expired);
        }
    }
}
