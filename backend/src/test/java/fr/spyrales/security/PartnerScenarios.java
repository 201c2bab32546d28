package fr.spyrales.security;

import fr.spyrales.support.PartnerFixtures;
import fr.spyrales.support.PartnerFixtures.Client;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Contexts of the partner clients' operations: a fresh client registered by an administrator. */
@ApplicationScoped
public class PartnerScenarios {
    @Inject
    PartnerFixtures partners;

    @Inject
    Cast cast;

    public Map<String, Scenario> all() {
        return Map.ofEntries(
                Map.entry("listPartnerClients", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry(
                        "createPartnerClient",
                        (caller, row) -> Call.by(cast.who(caller))
                                .body(Map.of(
                                        "name",
                                        "Intranet "
                                                + UUID.randomUUID().toString().substring(0, 8),
                                        "contactEmail",
                                        "dsi@agriculture.gouv.fr",
                                        "organizationId",
                                        partners.organization(),
                                        "scopes",
                                        List.of("events:read"),
                                        "rateLimitPerMinute",
                                        60))),
                Map.entry("getPartnerClient", onClient()),
                Map.entry(
                        "updatePartnerClient",
                        (caller, row) -> onClient().prepare(caller, row).body(Map.of("rateLimitPerMinute", 30))),
                Map.entry("rotatePartnerClientSecret", onClient()),
                Map.entry("revokePartnerClient", onClient()),
                Map.entry("listPartnerClientChanges", onClient()),
                Map.entry("getPartnerClientUsage", onClient()),
                Map.entry("listPartnerClientWebhooks", onClient()),
                Map.entry("listPartnerMentorships", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("getPartnerMentorshipSummary", (caller, row) -> Call.by(cast.who(caller))),
                Map.entry("getPartnerToken", (caller, row) -> {
                    Client client = partners.create(Set.of("events:read"));
                    return Call.by(cast.who(caller))
                            .form(Map.of(
                                    "grant_type", "client_credentials",
                                    "client_id", client.id().toString(),
                                    "client_secret", client.secret()));
                }));
    }

    private Scenario onClient() {
        return (caller, row) -> {
            Client client = partners.create(Set.of("stats:read"));
            return Call.by(cast.who(caller)).path("id", client.id());
        };
    }
}
