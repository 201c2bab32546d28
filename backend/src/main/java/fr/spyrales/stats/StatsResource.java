package fr.spyrales.stats;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stats")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistiques", description = "Les chiffres de la communauté")
public class StatsResource {
    private final EntityManager em;

    StatsResource(EntityManager em) {
        this.em = em;
    }

    @Schema(name = "CommunityStats")
    public record CommunityStats(
            @Schema(required = true, description = "Membres confirmés", example = "80") long members,
            @Schema(required = true, description = "Organisations représentées", example = "24") long organizations,
            @Schema(required = true, description = "Membres qui peuvent accompagner", example = "21") long mentors,
            @Schema(required = true, description = "Compétences partagées", example = "18") long skills) {}

    @GET
    @Transactional
    @Operation(operationId = "getStats", summary = "Les chiffres de la communauté")
    public CommunityStats get() {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*),
                       count(DISTINCT organization_id),
                       count(*) FILTER (WHERE can_mentor AND mentor_capacity > 0),
                       (SELECT count(DISTINCT skill_code) FROM member_skill ms JOIN member v ON v.id = ms.member_id
                         WHERE v.email_verified_at IS NOT NULL AND v.erased_at IS NULL)
                FROM member WHERE email_verified_at IS NOT NULL AND erased_at IS NULL""").getSingleResult();
        return new CommunityStats(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }
}
