package fr.spyrales.security;

import java.security.SecureRandom;

/**
 * How much the contract fuzzer sends, and from which seed. {@code make test} runs the fixed seed and count below;
 * {@code make fuzz SEED=… REQUESTS=…} passes {@code -Dfuzz.seed} and {@code -Dfuzz.requests} to the same test
 * ({@code -Dfuzz.seed=random} draws a seed, printed so that its failures can be replayed).
 */
record FuzzSettings(long seed, int requests, String operation) {
    static final long DEFAULT_SEED = 20_261_130L;
    static final int DEFAULT_REQUESTS = 2_000;

    static FuzzSettings fromSystemProperties() {
        String seed = System.getProperty("fuzz.seed", "").trim();
        String requests = System.getProperty("fuzz.requests", "").trim();
        String operation = System.getProperty("fuzz.operation", "").trim();
        return new FuzzSettings(
                seed.isEmpty()
                        ? DEFAULT_SEED
                        : seed.equals("random") ? new SecureRandom().nextLong() : Long.parseLong(seed),
                requests.isEmpty() ? DEFAULT_REQUESTS : Integer.parseInt(requests),
                operation.isEmpty() ? null : operation);
    }

    /** The command that sends the same requests again. */
    String replay() {
        return "make fuzz SEED=" + seed + " REQUESTS=" + requests
                + (operation == null ? "" : " OPERATION=" + operation);
    }
}
