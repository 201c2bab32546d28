package fr.spyrales.animation;

import java.util.Map;

/** The thresholds of the queues, for one reading of the console. */
record Thresholds(int pendingRequestDays, int stalledPairingWeeks, int lowFeedbackRating, int lookBackDays) {
    static Thresholds of(AnimationConfig config) {
        return new Thresholds(
                config.pendingRequestDays(),
                config.stalledPairingWeeks(),
                config.lowFeedbackRating(),
                config.lookBackDays());
    }

    Map<String, Object> parameters() {
        return Map.of(
                "days",
                pendingRequestDays,
                "weeks",
                stalledPairingWeeks,
                "low",
                lowFeedbackRating,
                "lookBack",
                lookBackDays);
    }
}
