package fr.spyrales.partner.webhook;

import fr.spyrales.common.net.HostResolver;
import fr.spyrales.common.net.UrlGuard;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The SSRF guard of partners' webhook URLs: {@code spyrales.webhooks.unguarded-hosts} let past in dev and tests. */
@Singleton
@Typed(WebhookUrlGuard.class)
public class WebhookUrlGuard extends UrlGuard {
    @Inject
    WebhookUrlGuard(WebhookConfig config) {
        super(
                HostResolver.SYSTEM,
                unguardedOutsideProduction(config.unguardedHosts(), "spyrales.webhooks.unguarded-hosts"));
    }
}
