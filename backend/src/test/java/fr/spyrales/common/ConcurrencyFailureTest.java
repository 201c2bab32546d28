package fr.spyrales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A transaction PostgreSQL rolls back because another one was in its way (a deadlock's victim) is answered 409 with
 * a French invitation to retry, never a 500: nothing was written, and the same request sent again succeeds.
 */
class ConcurrencyFailureTest {
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aDeadlockVictimIsAConflictToRetry() {
        Response response = mappers.internal(wrapped("40P01", "deadlock detected"), null);

        assertEquals(409, response.getStatus());
        assertEquals("1", response.getHeaderString("Retry-After"));
        Problem problem = (Problem) response.getEntity();
        assertEquals(
                "Une autre opération modifiait les mêmes données au même instant : rien n'a été enregistré. Réessayez.",
                problem.detail());
    }

    @Test
    void aSerializationFailureToo() {
        assertEquals(
                409,
                mappers.internal(wrapped("40001", "could not serialize access"), null)
                        .getStatus());
    }

    @Test
    void anyOtherDatabaseFailureStaysAnInternalError() {
        assertEquals(
                500, mappers.internal(wrapped("XX000", "internal error"), null).getStatus());
    }

    /** As Hibernate hands it over: the driver's exception under a persistence exception. */
    private static PersistenceException wrapped(String sqlState, String message) {
        // The fields of a PostgreSQL error, each a letter then its value: C is the SQLSTATE.
        return new PersistenceException(
                new PSQLException(new ServerErrorMessage("SERROR\0C" + sqlState + "\0M" + message + "\0")));
    }
}
