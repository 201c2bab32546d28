package fr.spyrales.partner;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The partner client behind the request's access token, once {@link PartnerRequestFilter} has checked it: empty for
 * members and anonymous callers.
 */
@RequestScoped
public class CurrentClient {
    private UUID id;
    private Set<String> scopes = Set.of();
    private UUID organisationId;

    void set(UUID id, Set<String> scopes, UUID organisationId) {
        this.id = id;
        this.scopes = Set.copyOf(scopes);
        this.organisationId = organisationId;
    }

    public Optional<UUID> id() {
        return Optional.ofNullable(id);
    }

    public boolean present() {
        return id != null;
    }

    public Set<String> scopes() {
        return scopes;
    }

    /** The client's administration (from the referential); only for a partner call. */
    public UUID organisationId() {
        if (organisationId == null) {
            throw new ApiException(ProblemType.FORBIDDEN, "Cette opération est réservée aux clients partenaires.");
        }
        return organisationId;
    }
}
