package fr.spyrales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** A named constraint becomes a 409 with its detail, whether Hibernate names it or only PostgreSQL does (triggers). */
class ConstraintConflictsTest {
    private static final Map<String, String> DETAILS = Map.of("pair_key", "Déjà en cours.");

    @Test
    void aUniqueIndexHibernateNamesBecomesAConflict() {
        var violation = new ConstraintViolationException("duplicate", new SQLException("duplicate"), "pair_key");
        ApiException refused = assertThrows(
                ApiException.class,
                () -> ConstraintConflicts.check(
                        () -> {
                            throw new PersistenceException(violation);
                        },
                        DETAILS));
        assertEquals(ProblemType.CONFLICT, refused.type());
        assertEquals("Déjà en cours.", refused.getMessage());
    }

    @Test
    void aTriggerRaisingWithAConstraintNameBecomesAConflict() {
        // The fields of a PostgreSQL error, each a letter then its value: n is the constraint's name.
        var raised = new PSQLException(new ServerErrorMessage("SERROR\0CP0001\0Mat capacity\0npair_key\0"));
        ApiException refused = assertThrows(
                ApiException.class,
                () -> ConstraintConflicts.check(
                        () -> {
                            throw new PersistenceException(raised);
                        },
                        DETAILS));
        assertEquals(ProblemType.CONFLICT, refused.type());
    }

    @Test
    void anyOtherFailureGoesOnAsItIs() {
        var other =
                new PersistenceException(new ConstraintViolationException("other", new SQLException("x"), "other_key"));
        assertSame(
                other,
                assertThrows(
                        PersistenceException.class,
                        () -> ConstraintConflicts.check(
                                () -> {
                                    throw other;
                                },
                                DETAILS)));
    }
}
