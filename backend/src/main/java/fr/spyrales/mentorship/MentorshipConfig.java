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
}
