package fr.spyrales.security;

import fr.spyrales.common.security.Roles;
import fr.spyrales.security.AuthorisationMatrix.Caller;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** The people of a context: the ones it is about (owner, parties), and fresh accounts for everyone else. */
@ApplicationScoped
public class Cast {
    @Inject
    TestAccounts accounts;

    /**
     * The account that calls as this caller: null for anonymous, the context's own people for the columns they
     * fill, a new account holding the caller's role otherwise (so it is neither owner nor party).
     */
    public Account who(Caller caller, Map<Caller, Account> people) {
        if (people.containsKey(caller)) {
            return people.get(caller);
        }
        return switch (caller) {
            case ANONYMOUS -> null;
            case MEMBER -> accounts.quickMember("Paul", "Passant", m -> {});
            case ANIMATEUR -> accounts.quickMember("Karim", "Animateur", m -> m.extraRoles.add(Roles.ANIMATEUR));
            case ADMIN -> accounts.quickMember("Alex", "Admin", m -> m.extraRoles.add(Roles.ADMIN));
            case OWNER, MENTEE, MENTOR ->
                throw new IllegalStateException("the table gives a status to « " + caller.column()
                        + " » but this operation's context has none");
        };
    }

    public Account who(Caller caller) {
        return who(caller, Map.of());
    }
}
