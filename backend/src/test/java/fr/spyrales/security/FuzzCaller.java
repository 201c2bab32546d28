package fr.spyrales.security;

import java.util.Random;

/**
 * Who sends a fuzzed request: nobody, a member with pairings, the two roles that open the supervision paths, and a
 * partner client holding every scope (its webhooks and its organisation's reads).
 */
enum FuzzCaller {
    ANONYMOUS(2),
    MEMBER(4),
    ANIMATEUR(2),
    ADMIN(2),
    PARTNER(2);

    /** The member owns the fixtures, so most requests that can get past the rules to a write are theirs. */
    private final int weight;

    FuzzCaller(int weight) {
        this.weight = weight;
    }

    static FuzzCaller draw(Random random) {
        int draw = random.nextInt(
                java.util.Arrays.stream(values()).mapToInt(c -> c.weight).sum());
        for (FuzzCaller caller : values()) {
            draw -= caller.weight;
            if (draw < 0) {
                return caller;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
