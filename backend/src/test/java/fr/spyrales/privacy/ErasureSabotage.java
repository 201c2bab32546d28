package fr.spyrales.privacy;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the erasure of a chosen member fail after every feature has erased its part, as a feature's failure
 * would: the test then shows that none of it stays. Other members' erasures are untouched.
 */
@ApplicationScoped
public class ErasureSabotage {
    private final Set<UUID> doomed = ConcurrentHashMap.newKeySet();

    public void failNextErasureOf(UUID memberId) {
        doomed.add(memberId);
    }

    void afterEveryFeature(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) MemberErased erased) {
        if (doomed.remove(erased.memberId())) {
            throw new IllegalStateException("erasure of " + erased.memberId() + " sabotaged by the test");
        }
    }
}
