package fr.spyrales.security;

import fr.spyrales.support.TestAccounts.Account;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the fuzzer's requests can point at: the callers' accounts and the identifiers of real things, so that
 * a request with a hostile body still reaches the rules of an existing pairing, goal, session or run.
 *
 * @param ids real identifiers by the path segment that names their collection ("mentorships", "goals", "runs"…)
 * @param memberIds every account of this world, to take them out of the matching cohort afterwards (grows as
 *     disposable members are added)
 * @param emailTokens secrets of links not used yet (confirmation of an address, password reset, calendar feed)
 */
record FuzzWorld(
        Map<FuzzCaller, Account> callers,
        Map<String, List<UUID>> ids,
        UUID organizationId,
        List<UUID> memberIds,
        List<String> emailTokens) {

    Optional<Account> account(FuzzCaller caller) {
        return Optional.ofNullable(callers.get(caller));
    }

    /** The same world, where this caller acts through another account. */
    FuzzWorld with(FuzzCaller caller, Account account) {
        Map<FuzzCaller, Account> replaced = new java.util.EnumMap<>(FuzzCaller.class);
        replaced.putAll(callers);
        replaced.put(caller, account);
        return new FuzzWorld(replaced, ids, organizationId, memberIds, emailTokens);
    }

    Account member() {
        return callers.get(FuzzCaller.MEMBER);
    }

    List<UUID> ids(String collection) {
        return ids.getOrDefault(collection, List.of());
    }
}
