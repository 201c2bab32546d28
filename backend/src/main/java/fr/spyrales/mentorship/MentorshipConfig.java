package fr.spyrales.mentorship;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
