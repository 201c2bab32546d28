package fr.spyrales.animation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The console's thresholds, each with its default here (environment: SPYRALES_ANIMATION_…). */
@ConfigMapping(prefix = "spyrales.animation")
public interface AnimationConfig {
    /**
     * A request unanswered for more days than this waits in the « demandes en attente » queue: after the mentor's
     * automatic reminder (5 days) and before the request expires (14 days), while an animateur can still help.
     */
    @WithDefault("7")
    int pendingRequestDays();

    /** A pairing under way without a session for more weeks than this is stalled. */
    @WithDefault("4")
    int stalledPairingWeeks();

    /** A feedback rated this or lower puts its pairing in the « avis faibles » queue. */
    @WithDefault("2")
    int lowFeedbackRating();

    /** How far back the « avis faibles » and « événements sans replay » queues look, in days. */
    @WithDefault("90")
    int lookBackDays();

    /** The lines shown per queue (the count is the whole queue's). */
    @WithDefault("50")
    int queueLines();

    /** The most lines a CSV export holds. */
    @WithDefault("20000")
    int exportLimit();
}
