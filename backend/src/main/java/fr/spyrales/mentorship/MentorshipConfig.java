package fr.spyrales.mentorship;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The mentorship programme's settings, each with its default here (none in application.properties). */
@ConfigMapping(prefix = "spyrales.mentorship")
public interface MentorshipConfig {
    /** Pending requests a mentee may have at once. */
    @WithDefault("3")
    int maxPendingRequests();

    /** Days after which an unanswered request expires. */
    @WithDefault("14")
    int expiryDays();

    /** Default length of a pairing, in weeks, from its acceptance. */
    @WithDefault("12")
    int defaultDurationWeeks();

    /**
     * Days after a pairing ends when each side sees the other's feedback, even if they have not
     * answered themselves. Before that, a side's feedback is shown only once both have answered.
     */
    @WithDefault("14")
    int feedbackRevealDays();

    /** When the reminders go out (each sent once, checked every hour). */
    Reminders reminders();

    /** Delays of the reminders, in days ({@code spyrales.mentorship.reminders.*}). */
    interface Reminders {
        /** A request still unanswered after this many days reminds the mentor. */
        @WithDefault("5")
        int pendingDays();

        /** An active pairing without any session for this many days reminds both parties. */
        @WithDefault("21")
        int noSessionDays();

        /** Feedback not given this many days after the end reminds whoever has not given it. */
        @WithDefault("7")
        int feedbackDays();

        /**
         * Reminders claimed and sent in one transaction: a backlog (a first deployment, a long outage) drains batch
         * by batch instead of holding one transaction over all of it.
         */
        @WithDefault("200")
        int batchSize();
    }
}
