package fr.spyrales.common;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.exception.ConstraintViolationException;
import org.postgresql.util.PSQLException;

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
            String detail = violatedConstraints(e)
                    .map(detailByConstraint::get)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            if (detail == null) {
                throw e;
            }
            throw new ApiException(ProblemType.CONFLICT, detail);
        }
    }

    /**
     * The names of the constraints the failure reports along its causes: Hibernate's for keys and indexes, and
     * PostgreSQL's own, which also names the constraint a trigger raises with (Hibernate does not translate those).
     */
    static Stream<String> violatedConstraints(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause)
                .map(t -> {
                    if (t instanceof ConstraintViolationException v) {
                        return v.getConstraintName();
                    }
                    if (t instanceof PSQLException p && p.getServerErrorMessage() != null) {
                        return p.getServerErrorMessage().getConstraint();
                    }
                    return null;
                })
                .filter(Objects::nonNull);
    }
}
