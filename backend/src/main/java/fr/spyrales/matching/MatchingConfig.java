package fr.spyrales.matching;

import fr.spyrales.matching.MatchingDtos.WeightsInput;
import fr.spyrales.matching.engine.MatchingWeights;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Matching: the score's weights and the batch runs' sizes. See README, "Appariement". */
@ConfigMapping(prefix = "spyrales.matching")
public interface MatchingConfig {
    /**
     * Weights of the compatibility score, in points; their sum is the best possible score (100 by default).
     * Set a weight to 0 to ignore a criterion. The defaults are in application.properties, beside the
     * environment variables that set them (SPYRALES_MATCHING_WEIGHT_SKILL…).
     */
    Weights weights();

    /** Candidates kept per mentee before the batch assignment (the assignment graph's pruning). */
    @WithDefault("50")
    int candidatesPerMentee();

    /**
     * Pairs sent per transaction when a run is confirmed. A batch's rule checks are one query and its rows a few
     * batched statements, so a larger batch costs less per pair; it also holds its members' locks longer (about a
     * second for 500 pairs at 100k members: bench/README.md).
     */
    @WithDefault("500")
    int confirmationBatchSize();

    interface Weights {
        /** Skill gap on what the mentee wants to learn (best: mentor one or two levels above). */
        int skill();

        /** Both use Python or R. */
        int language();

        /** The mentor's free places, in proportion of their capacity. */
        int capacity();

        /** Mentor from another ministry: cross-ministry learning. */
        int otherMinistry();

        /** Same region: optional bonus, meeting in person is easier. */
        int sameRegion();
    }

    default MatchingWeights matchingWeights() {
        Weights w = weights();
        return new MatchingWeights(w.skill(), w.language(), w.capacity(), w.otherMinistry(), w.sameRegion());
    }

    /** The configured weights, as a run's parameters show them. */
    default WeightsInput defaultWeights() {
        Weights w = weights();
        return new WeightsInput(w.skill(), w.language(), w.capacity(), w.otherMinistry(), w.sameRegion());
    }
}
