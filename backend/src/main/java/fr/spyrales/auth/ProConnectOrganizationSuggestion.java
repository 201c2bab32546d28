package fr.spyrales.auth;

import fr.spyrales.auth.AuthDtos.OrganizationSuggestion;
import fr.spyrales.member.MemberDtos.OrganizationRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisation ProConnect lets Spyrales guess for a member who has chosen none: the one most often chosen by
 * the other members whose SIRET has the same SIREN (the same employing body). Nothing when no other member of
 * that body has chosen one, or when the member dismissed the suggestion for this SIREN. Only the member sees it.
 */
@ApplicationScoped
public class ProConnectOrganizationSuggestion {
    private final ProConnectRepository store;

    ProConnectOrganizationSuggestion(ProConnectRepository store) {
        this.store = store;
    }

    @Transactional
    public Optional<OrganizationSuggestion> of(UUID memberId) {
        return store.suggestedOrganization(memberId)
                .map(o -> new OrganizationSuggestion(new OrganizationRef(o.id(), o.name(), o.acronym())));
    }

    @Transactional
    public void dismiss(UUID memberId) {
        store.dismissSuggestion(memberId);
    }
}
