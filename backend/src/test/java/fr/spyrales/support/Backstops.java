package fr.spyrales.support;

import static org.junit.jupiter.api.Assertions.fail;

/** Writes made around the services, to prove that the database itself refuses what breaks a rule. */
public final class Backstops {
    private Backstops() {}

    /** Fails unless the write is refused by the named constraint or trigger (named anywhere in the cause chain). */
    public static void assertRefusedBy(String constraint, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (String.valueOf(cause.getMessage()).contains(constraint)) {
                    return;
                }
            }
            throw new AssertionError("refused, but not by " + constraint, e);
        }
        fail("the database accepted a write that " + constraint + " should refuse");
    }
}
