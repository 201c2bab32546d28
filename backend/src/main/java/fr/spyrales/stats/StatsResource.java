package fr.spyrales.stats;

import fr.spyrales.partner.PartnerScope;
import fr.spyrales.partner.PartnerScopes;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stats")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistiques", description = "Les chiffres de la communauté")
public class StatsResource {
    private final StatsService stats;

    StatsResource(StatsService stats) {
        this.stats = stats;
    }

    @GET
    @PartnerScope(PartnerScopes.STATS_READ)
    @Operation(operationId = "getStats", summary = "Les chiffres de la communauté")
    public CommunityStats get() {
        return stats.communityStats();
    }
}
