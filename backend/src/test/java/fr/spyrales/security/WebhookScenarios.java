package fr.spyrales.security;

import fr.spyrales.partner.webhook.WebhookTestData;
import fr.spyrales.support.PartnerFixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Contexts of the partner webhook operations: a fresh partner client's endpoint (on a local address nobody listens
 * to) with one delivery. Only partner clients use them; every member, whatever the role, is refused.
 */
@ApplicationScoped
public class WebhookScenarios {
    @Inject
    PartnerFixtures partners;

    @Inject
    WebhookTestData webhooks;

    @Inject
    Cast cast;

    public Map<String, Scenario> all() {
        return Map.ofEntries(
                Map.entry("listWebhookEventTypes", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("listWebhookEndpoints", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry(
                        "createWebhookEndpoint",
                        (caller, row) -> Call.by(cast.who(caller))
                                .body(Map.of(
                                        // A public name would not resolve offline; the test profile lets this
                                        // loopback address past the SSRF guard (UrlGuardTest checks it on).
                                        "url",
                                        "http://127.0.0.1:9/webhooks",
                                        "eventTypes",
                                        List.of("challenge.published")))),
                Map.entry("getWebhookEndpoint", onEndpoint()),
                Map.entry(
                        "updateWebhookEndpoint",
                        (caller, row) -> onEndpoint().prepare(caller, row).body(Map.of("enabled", false))),
                Map.entry("deleteWebhookEndpoint", onEndpoint()),
                Map.entry("rotateWebhookSecret", onEndpoint()),
                Map.entry("listWebhookDeliveries", onEndpoint()),
                Map.entry("getWebhookDelivery", onEndpoint()),
                Map.entry("replayWebhookDelivery", onEndpoint()));
    }

    /** A fresh client's endpoint and one of its deliveries. */
    private Scenario onEndpoint() {
        return (caller, row) -> {
            UUID client = partners.create(Set.of("events:read")).id();
            UUID endpoint =
                    webhooks.endpoint(client, "http://127.0.0.1:9/webhooks").id();
            UUID delivery = webhooks.delivery(endpoint, "{\"type\":\"challenge.published\"}");
            return Call.by(cast.who(caller)).path("id", endpoint).path("deliveryId", delivery);
        };
    }
}
