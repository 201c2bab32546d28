package fr.spyrales.common;

import java.util.Map;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The database has the last word on the rules it backs: a write that violates one of its named
 * constraints (unique index, key, or a trigger raising with a constraint name) becomes a 409 with
 * the French detail given for that constraint. Other failures go on as they are.
 */
public final class ConstraintConflicts {
    private ConstraintConflicts() {}

    /**
     * Runs the write (usually a flush) and turns the violation of one of the named constraints into a 409.
     *
     * @param detailByConstraint the French detail to answer, by constraint name
     */
    public static void check(Runnable write, Map<String, String> detailByConstraint) {
        try {
            write.run();
        } catch (RuntimeException e) {
            String detail = violatedConstraint(e).map(detailByConstraint::get).orElse(null);
            if (detail == null) {
                throw e;
            }
            throw new ApiException(ProblemType.CONFLICT, detail);
        }
    }

    /** The name of the constraint the failure violated, as Hibernate or, for triggers, PostgreSQL reports it. */
    static Optional<String> violatedConstraint(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException v && v.getConstraintName() != null) {
                return Optional.of(v.getConstraintName());
            }
            if (t instanceof PSQLException p) {
                ServerErrorMessage server = p.getServerErrorMessage();
                if (server != null && server.getConstraint() != null) {
                    return Optional.of(server.getConstraint());
                }
            }
        }
        return Optional.empty();
    }
}
