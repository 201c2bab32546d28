package fr.spyrales.survey;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.partner.PartnerScope;
import fr.spyrales.partner.PartnerScopes;
import fr.spyrales.survey.SurveyDtos.CurrentSurvey;
import fr.spyrales.survey.SurveyDtos.SurveyAnswerCreate;
import fr.spyrales.survey.SurveyDtos.SurveyAnswerReceipt;
import fr.spyrales.survey.SurveyDtos.SurveyCampaignCreate;
import fr.spyrales.survey.SurveyDtos.SurveyCampaignView;
import fr.spyrales.survey.SurveyDtos.SurveyResults;
import fr.spyrales.survey.SurveyDtos.Trend;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/surveys")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Enquête de satisfaction",
        description = "Les campagnes de l'enquête de satisfaction : réponses anonymes, une par membre et par campagne")
public class SurveyResource {
    private final SurveyService surveys;
    private final SurveyResultsService results;
    private final CurrentMember current;

    SurveyResource(SurveyService surveys, SurveyResultsService results, CurrentMember current) {
        this.surveys = surveys;
        this.results = results;
        this.current = current;
    }

    @GET
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "listSurveyCampaigns",
            summary = "Lister les campagnes de l'enquête (animateurs)",
            description = "Les campagnes, la plus récente d'abord, avec leur nombre de réponses. Réservé aux "
                    + "animateurs et administrateurs.")
    public PageResponse<SurveyCampaignView> list(@Valid @BeanParam PageQuery page) {
        return surveys.list(page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "openSurveyCampaign",
            summary = "Ouvrir une campagne de l'enquête (animateurs)",
            description = "Envoie l'enquête à chaque membre actif, par notification et par e-mail. Une seule campagne "
                    + "est ouverte à la fois. Réservé aux animateurs et administrateurs.")
    @APIResponse(
            responseCode = "201",
            description = "Campagne ouverte",
            content = @Content(schema = @Schema(implementation = SurveyCampaignView.class)))
    @APIResponse(responseCode = "409", description = "Une campagne est déjà ouverte")
    public Response open(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") SurveyCampaignCreate body,
            @Context UriInfo uri) {
        SurveyCampaignView created = surveys.open(current.id(), body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .path("results")
                        .build())
                .entity(created)
                .build();
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "closeSurveyCampaign",
            summary = "Clôturer une campagne avant sa date (animateurs)",
            description = "La campagne ne reçoit plus de réponses. Réservé aux animateurs et administrateurs.")
    @APIResponse(
            responseCode = "200",
            description = "Campagne close",
            content = @Content(schema = @Schema(implementation = SurveyCampaignView.class)))
    @APIResponse(responseCode = "404", description = SurveyService.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Campagne déjà close")
    public SurveyCampaignView close(@PathParam("id") UUID id) {
        return surveys.close(id);
    }

    @GET
    @Path("/{id}/results")
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "getSurveyResults",
            summary = "Lire les résultats d'une campagne (animateurs)",
            description = "Taux de réponse, NPS et sa répartition de 0 à 10, réponses à chaque question, segments par "
                    + "catégorie et type d'organisation (masqués sous 5 réponses), commentaires par ordre "
                    + "alphabétique. Réservé aux animateurs et administrateurs.")
    @APIResponse(
            responseCode = "200",
            description = "Les résultats",
            content = @Content(schema = @Schema(implementation = SurveyResults.class)))
    @APIResponse(responseCode = "404", description = SurveyService.NOT_FOUND)
    public SurveyResults results(@PathParam("id") UUID id) {
        return results.results(id);
    }

    @GET
    @Path("/current")
    @Operation(
            operationId = "getCurrentSurvey",
            summary = "L'enquête ouverte pour moi, et si j'y ai répondu",
            description = "La campagne ouverte à laquelle le membre est invité (membres actifs à son ouverture) ; "
                    + "campaign est absent s'il n'y en a pas.")
    public CurrentSurvey current() {
        return surveys.current(current.id());
    }

    @POST
    @Path("/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "answerSurvey",
            summary = "Répondre à l'enquête (une fois par campagne, de façon anonyme)",
            description = "La réponse est enregistrée sans identifiant du membre, datée du jour seulement ; seul le "
                    + "fait d'avoir répondu est noté à part, pour refuser une seconde réponse.")
    @APIResponse(
            responseCode = "201",
            description = "Réponse enregistrée",
            content = @Content(schema = @Schema(implementation = SurveyAnswerReceipt.class)))
    @APIResponse(responseCode = "404", description = SurveyService.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Déjà répondu, ou enquête close")
    @APIResponse(responseCode = "422", description = "Membre inscrit après l'ouverture de la campagne")
    public Response answer(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") SurveyAnswerCreate body) {
        return Response.status(Response.Status.CREATED)
                .entity(surveys.answer(id, current.id(), body))
                .build();
    }

    @GET
    @Path("/trend")
    @PermitAll
    @PartnerScope(PartnerScopes.STATS_READ)
    @Operation(
            operationId = "getSurveyTrend",
            summary = "Comparer les campagnes closes de l'enquête (public)",
            description = "NPS et taux de réponse de chaque campagne close d'au moins 5 réponses, la plus ancienne "
                    + "d'abord ; publié sur la page des statistiques.")
    public Trend trend() {
        return results.trend();
    }
}
