package fr.spyrales.matching;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.Problem;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.matching.MatchingDtos.MentorSuggestions;
import fr.spyrales.matching.MatchingDtos.ProposalView;
import fr.spyrales.matching.MatchingDtos.RunParameters;
import fr.spyrales.matching.MatchingDtos.RunRequest;
import fr.spyrales.matching.MatchingDtos.RunView;
import fr.spyrales.matching.MatchingProposalRepository.ProposalFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/matching")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appariement", description = "Suggestions de mentors et appariements de cohortes par les animateurs")
public class MatchingResource {
    private final SuggestionService suggestions;
    private final MatchingRunLifecycle lifecycle;
    private final MatchingRunQueries runs;
    private final CurrentMember current;

    MatchingResource(
            SuggestionService suggestions,
            MatchingRunLifecycle lifecycle,
            MatchingRunQueries runs,
            CurrentMember current) {
        this.suggestions = suggestions;
        this.lifecycle = lifecycle;
        this.runs = runs;
        this.current = current;
    }

    @GET
    @Path("/suggestions")
    @RolesAllowed(Roles.MEMBER)
    @Operation(
            operationId = "suggestMentors",
            summary = "Suggérer des mentors au membre connecté",
            description =
                    "Les mentors disponibles les plus compatibles, avec leur score et ses raisons. Les mentors avec qui une demande est ouverte ou a été déclinée ne sont pas proposés.")
    public MentorSuggestions suggest(
            @QueryParam("limit")
                    @DefaultValue("10")
                    @Min(value = 1, message = "Le nombre de suggestions va de 1 à 50.")
                    @Max(value = 50, message = "Le nombre de suggestions va de 1 à 50.")
                    @Parameter(description = "Nombre de suggestions (1 à 50).")
                    int limit) {
        return suggestions.suggest(current.id(), limit);
    }

    @POST
    @Path("/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "startMatchingRun",
            summary = "Lancer un appariement de la cohorte",
            description =
                    "Calcule en arrière-plan, pour toutes les personnes qui cherchent un mentor et n'en ont pas, l'affectation qui maximise le score total sous les capacités des mentors. Suivre l'avancement avec getMatchingRun. Un seul appariement se calcule à la fois : pendant un calcul, la réponse est 409 et nomme l'appariement en cours (runningRunId). Réservé aux animateurs et administrateurs.")
    @APIResponse(
            responseCode = "202",
            description = "Calcul lancé",
            content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Un appariement est déjà en cours de calcul : un seul à la fois",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema =
                                    @Schema(
                                            name = "MatchingRunInProgressProblem",
                                            allOf = Problem.class,
                                            requiredProperties = MatchingRunLifecycle.RUNNING_RUN_ID,
                                            properties =
                                                    @SchemaProperty(
                                                            name = MatchingRunLifecycle.RUNNING_RUN_ID,
                                                            type = SchemaType.STRING,
                                                            format = "uuid",
                                                            description =
                                                                    "L'appariement en cours de calcul, à suivre avec getMatchingRun."))))
    public Response start(@Valid RunRequest body, @Context UriInfo uri) {
        RunView run = lifecycle.start(current.id(), body);
        return Response.accepted(run)
                .location(uri.getAbsolutePathBuilder().path(run.id().toString()).build())
                .build();
    }

    @GET
    @Path("/runs")
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(operationId = "listMatchingRuns", summary = "Lister les appariements, du plus récent au plus ancien")
    public PageResponse<RunView> list(@Valid @BeanParam PageQuery page) {
        return runs.list(page);
    }

    @GET
    @Path("/defaults")
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "getMatchingDefaults",
            summary = "Lire les paramètres par défaut d'un appariement (poids configurés)")
    public RunParameters defaults() {
        return runs.defaultParameters();
    }

    @GET
    @Path("/runs/{id}")
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(operationId = "getMatchingRun", summary = "Lire un appariement : avancement, paramètres et chiffres")
    public RunView get(@PathParam("id") UUID id) {
        return runs.get(id);
    }

    @GET
    @Path("/runs/{id}/proposals")
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "listMatchingProposals",
            summary = "Lister les binômes proposés par un appariement, meilleurs scores d'abord")
    public PageResponse<ProposalView> proposals(
            @PathParam("id") UUID id,
            @QueryParam("q")
                    @Parameter(
                            description =
                                    "Partie du nom de la personne accompagnée ou du mentor (accents et casse ignorés).")
                    @jakarta.validation.constraints.Size(
                            max = 100,
                            message = "La recherche ne doit pas dépasser 100 caractères.")
                    String q,
            @QueryParam("removed")
                    @Parameter(
                            description =
                                    "true : binômes retirés seulement ; false : binômes gardés seulement ; absent : tous.",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .BOOLEAN))
                    @jakarta.validation.constraints.Pattern(
                            regexp = "true|false",
                            message = "« removed » vaut true ou false.")
                    String removed,
            @Valid @BeanParam PageQuery page) {
        // A String, not a Boolean: JAX-RS would read any other word as false and answer the wrong list.
        return runs.proposals(id, new ProposalFilter(q, removed == null ? null : Boolean.valueOf(removed)), page);
    }

    @POST
    @Path("/runs/{id}/proposals/{menteeId}/remove")
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "removeMatchingProposal",
            summary = "Retirer un binôme de la proposition (avant confirmation)")
    @APIResponse(
            responseCode = "200",
            description = "Le binôme, retiré",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "409", description = "Appariement déjà confirmé, en cours ou échoué")
    public ProposalView remove(@PathParam("id") UUID id, @PathParam("menteeId") UUID menteeId) {
        return lifecycle.setRemoved(id, menteeId, true);
    }

    @POST
    @Path("/runs/{id}/proposals/{menteeId}/restore")
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "restoreMatchingProposal",
            summary = "Remettre un binôme retiré dans la proposition (avant confirmation)")
    @APIResponse(
            responseCode = "200",
            description = "Le binôme, remis",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "409", description = "Appariement déjà confirmé, en cours ou échoué")
    public ProposalView restore(@PathParam("id") UUID id, @PathParam("menteeId") UUID menteeId) {
        return lifecycle.setRemoved(id, menteeId, false);
    }

    @POST
    @Path("/runs/{id}/confirm")
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "confirmMatchingRun",
            summary = "Confirmer un appariement : envoyer les demandes de mentorat",
            description =
                    "Passe l'appariement à CONFIRMING, puis crée en arrière-plan, par lots, pour chaque binôme gardé, une demande marquée « proposée par le programme » que le mentor accepte ou décline comme d'habitude. Les binômes que les règles refusent désormais sont écartés, avec la raison. Suivre l'envoi avec getMatchingRun (created, skipped, toSend) jusqu'à CONFIRMED. Un appariement ne se confirme qu'une fois.")
    @APIResponse(
            responseCode = "202",
            description = "Appariement confirmé, demandes en cours d'envoi",
            content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "409", description = "Déjà confirmé, calcul en cours ou échoué")
    public Response confirm(@PathParam("id") UUID id) {
        return Response.accepted(lifecycle.confirm(id, current.id())).build();
    }
}
