package fr.spyrales.matching.engine;

/**
 * Points each criterion may bring to a score out of their sum (100 with the defaults). A weight of
 * zero switches a criterion off; weights are whole points so that scores stay exact integers.
 */
public record MatchingWeights(int skill, int language, int capacity, int otherMinistry, int sameRegion) {

    public static final MatchingWeights DEFAULT = new MatchingWeights(50, 15, 10, 15, 10);

    public MatchingWeights {
        if (skill < 1 || language < 0 || capacity < 0 || otherMinistry < 0 || sameRegion < 0) {
            throw new IllegalArgumentException("weights must be positive, skill at least 1");
        }
    }

    public int total() {
        return skill + language + capacity + otherMinistry + sameRegion;
    }
}
