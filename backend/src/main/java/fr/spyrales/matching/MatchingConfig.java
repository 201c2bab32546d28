package fr.spyrales.matching;

import fr.spyrales.matching.engine.MatchingWeights;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Weights of the compatibility score, in points (`spyrales.matching.weights.*`); their sum is the
 * best possible score. See README, "Appariement".
 */
@ConfigMapping(prefix = "spyrales.matching")
public interface MatchingConfig {
    Weights weights();

    /** Candidates kept per mentee before the batch assignment (the graph's pruning). */
    @WithDefault("50")
    int candidatesPerMentee();

    /**
     * Pairs sent per transaction when a run is confirmed. Small, because each pair's rule checks flush
     * the persistence context, whose size grows with the batch (bench/README.md).
     */
    @WithDefault("50")
    int confirmationBatchSize();

    interface Weights {
        /** Skill gap on what the mentee wants to learn (best: mentor one or two levels above). */
        @WithDefault("50")
        int skill();

        /** Both use Python or R. */
        @WithDefault("15")
        int language();

        /** The mentor's free places, in proportion of their capacity. */
        @WithDefault("10")
        int capacity();

        /** Mentor from another ministry: cross-ministry learning. */
        @WithDefault("15")
        int otherMinistry();

        /** Same region: optional bonus, meeting in person is easier. */
        @WithDefault("10")
        int sameRegion();
    }

    default MatchingWeights matchingWeights() {
        Weights w = weights();
        return new MatchingWeights(w.skill(), w.language(), w.capacity(), w.otherMinistry(), w.sameRegion());
    }
}
