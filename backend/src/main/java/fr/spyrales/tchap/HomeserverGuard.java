package fr.spyrales.tchap;

import fr.spyrales.common.net.HostResolver;
import fr.spyrales.common.net.UrlGuard;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The SSRF guard of the rooms' homeservers, the same as partners' webhooks': an animateur's typo or a hostile address
 * must not make Spyrales call its own network with a bot token. {@code spyrales.tchap.unguarded-hosts} is let past
 * in dev and tests (the local Matrix stub).
 */
@Singleton
@Typed(HomeserverGuard.class)
public class HomeserverGuard extends UrlGuard {
    @Inject
    HomeserverGuard(TchapConfig config) {
        super(
                HostResolver.SYSTEM,
                unguardedOutsideProduction(config.unguardedHosts(), "spyrales.tchap.unguarded-hosts"));
    }
}
