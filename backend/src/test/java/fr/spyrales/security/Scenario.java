package fr.spyrales.security;

import fr.spyrales.security.AuthorisationMatrix.Caller;
import fr.spyrales.security.AuthorisationMatrix.Row;

/** How one operation is exercised: prepares a fresh context, in which the caller stands, and the call to make. */
@FunctionalInterface
public interface Scenario {
    Call prepare(Caller caller, Row row);
}
