package fr.spyrales.security;

import fr.spyrales.common.security.Roles;
import fr.spyrales.security.AuthorisationMatrix.Caller;
import fr.spyrales.support.PartnerFixtures;
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

    @Inject
    PartnerFixtures partners;

    /** One partner client per scope for the whole run, its token renewed before its 10 minutes are over. */
    private final Map<Caller, Account> partnerCallers = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<Caller, Long> partnerSince = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The account that calls as this caller: null for anonymous, the context's own people for the columns they
     * fill, a new account holding the caller's role otherwise (so it is neither owner nor party).
     */
    public Account who(Caller caller, Map<Caller, Account> people) {
        if (people.containsKey(caller)) {
            return people.get(caller);
        }
        if (caller.partner()) {
            return partner(caller);
        }
        return switch (caller) {
            case ANONYMOUS -> null;
            case MEMBER -> accounts.quickMember("Paul", "Passant", m -> {});
            case ANIMATEUR -> accounts.quickMember("Karim", "Animateur", m -> m.extraRoles.add(Roles.ANIMATEUR));
            case ADMIN -> accounts.quickMember("Alex", "Admin", m -> m.extraRoles.add(Roles.ADMIN));
            case MEMBERS_READ,
                    MENTORSHIPS_READ,
                    EVENTS_READ,
                    RESOURCES_READ,
                    RESOURCES_WRITE,
                    PROJECTS_READ,
                    STATS_READ -> throw new IllegalStateException("unreachable");
            case OWNER, MENTEE, MENTOR ->
                throw new IllegalStateException("the table gives a status to « " + caller.column()
                        + " » but this operation's context has none");
        };
    }

    private synchronized Account partner(Caller caller) {
        Long since = partnerSince.get(caller);
        if (since == null
                || System.nanoTime() - since > java.time.Duration.ofMinutes(8).toNanos()) {
            Account previous = partnerCallers.get(caller);
            PartnerFixtures.Client client = previous == null
                    ? partners.create(java.util.Set.of(caller.scope()))
                    : new PartnerFixtures.Client(
                            previous.id(), secrets.get(caller), null, java.util.Set.of(caller.scope()));
            if (previous == null) {
                secrets.put(caller, client.secret());
            }
            partnerCallers.put(caller, partners.caller(client));
            partnerSince.put(caller, System.nanoTime());
        }
        return partnerCallers.get(caller);
    }

    private final Map<Caller, String> secrets = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the caller is a member (who can prepare their part of a context), not anonymous nor a partner client. */
    public static boolean isMember(Account account) {
        return account != null && account.email() != null;
    }

    public Account who(Caller caller) {
        return who(caller, Map.of());
    }
}
