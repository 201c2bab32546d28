package fr.spyrales.stats;

import fr.spyrales.partner.PartnerScope;
import fr.spyrales.partner.PartnerScopes;
import fr.spyrales.stats.StatsDtos.EventStatistics;
import fr.spyrales.stats.StatsDtos.MemberStatistics;
import fr.spyrales.stats.StatsDtos.MentorshipStatistics;
import fr.spyrales.stats.StatsDtos.ProjectStatistics;
import fr.spyrales.stats.StatsDtos.TrainingStatistics;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The community's figures: public, and open to partners holding {@code stats:read}. The detailed statistics come from
 * a snapshot refreshed on a schedule; a count under 5 is never published (see {@link Disclosure}).
 */
@Path("/stats")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistiques", description = "Les chiffres de la communauté")
public class StatsResource {
    private static final String SNAPSHOT = " Chiffres recalculés périodiquement (voir `refreshedAt`) ; une valeur"
            + " inférieure à 5 n'est jamais publiée.";

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

    @GET
    @Path("members")
    @PartnerScope(PartnerScopes.STATS_READ)
    @Operation(
            operationId = "getMemberStatistics",
            summary = "Statistiques des membres",
            description = "Membres confirmés au fil des mois et leur répartition (nature d'organisation, catégorie,"
                    + " type de service, région)." + SNAPSHOT)
    public MemberStatistics members() {
        return stats.members();
    }

    @GET
    @Path("mentorships")
    @PartnerScope(PartnerScopes.STATS_READ)
    @Operation(
            operationId = "getMentorshipStatistics",
            summary = "Statistiques du mentorat",
            description = "Binômes commencés et menés à terme chaque mois, avis moyen (sur 5 avis au moins),"
                    + " séances consignées." + SNAPSHOT)
    public MentorshipStatistics mentorships() {
        return stats.mentorships();
    }

    @GET
    @Path("projects")
    @PartnerScope(PartnerScopes.STATS_READ)
    @Operation(
            operationId = "getProjectStatistics",
            summary = "Statistiques des projets",
            description = "Projets par état." + SNAPSHOT)
    public ProjectStatistics projects() {
        return stats.projects();
    }

    @GET
    @Path("events")
    @PartnerScope(PartnerScopes.STATS_READ)
    @Operation(
            operationId = "getEventStatistics",
            summary = "Statistiques des événements",
            description = "Événements tenus par type, inscriptions et présences." + SNAPSHOT)
    public EventStatistics events() {
        return stats.events();
    }

    @GET
    @Path("training")
    @PartnerScope(PartnerScopes.STATS_READ)
    @Operation(
            operationId = "getTrainingStatistics",
            summary = "Statistiques de la formation",
            description = "Ressources publiées par type, ressources terminées, parcours publiés et suivis." + SNAPSHOT)
    public TrainingStatistics training() {
        return stats.training();
    }
}
