package fr.spyrales.mentorship.goal;

import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.mentorship.MentorshipAccess;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.goal.GoalDtos.CommentCreate;
import fr.spyrales.mentorship.goal.GoalDtos.CommentView;
import fr.spyrales.mentorship.goal.GoalDtos.GoalCreate;
import fr.spyrales.mentorship.goal.GoalDtos.GoalList;
import fr.spyrales.mentorship.goal.GoalDtos.GoalUpdate;
import fr.spyrales.mentorship.goal.GoalDtos.GoalView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

@Path("/mentorships/{id}/goals")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentorat")
public class GoalResource {
    private static final String NOT_FOUND = "Mentorat ou objectif introuvable, ou qui ne vous concerne pas";
    private static final String ENDED =
            "Mentorat terminé, annulé ou demande sans suite : ses objectifs ne peuvent plus être modifiés";

    private final GoalService service;
    private final CurrentMember current;

    GoalResource(GoalService service, CurrentMember current) {
        this.service = service;
        this.current = current;
    }

    @GET
    @Operation(
            operationId = "listMentorshipGoals",
            summary = "Lister les objectifs d'un mentorat, avec leurs commentaires et l'avancement",
            description = MentorshipAccess.PRIVATE_CONTENT_RULE)
    @APIResponse(
            responseCode = "200",
            description = "Les objectifs, par position",
            content = @Content(schema = @Schema(implementation = GoalList.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public GoalList list(@PathParam("id") UUID id) {
        return service.list(id, viewer());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createMentorshipGoal",
            summary = "Ajouter un objectif",
            description =
                    "Par l'une des deux parties, tant que le mentorat est en attente, en cours ou en pause ; dix objectifs au plus.")
    @APIResponse(
            responseCode = "201",
            description = "Objectif ajouté",
            content = @Content(schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = ENDED)
    @APIResponse(responseCode = "422", description = "Le mentorat compte déjà dix objectifs")
    public Response create(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") GoalCreate body,
            @Context UriInfo uri) {
        GoalView created = service.create(id, body, viewer());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{goalId}")
    @Operation(
            operationId = "getMentorshipGoal",
            summary = "Lire un objectif, avec ses commentaires",
            description = MentorshipAccess.PRIVATE_CONTENT_RULE)
    @APIResponse(
            responseCode = "200",
            description = "L'objectif",
            content = @Content(schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public GoalView get(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId) {
        return service.get(id, goalId, viewer());
    }

    @PATCH
    @Path("/{goalId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "updateMentorshipGoal",
            summary = "Modifier un objectif, le cocher ou le décocher",
            description =
                    "Seuls les champs présents sont modifiés ; done: true le marque atteint, done: false le rouvre.")
    @APIResponse(
            responseCode = "200",
            description = "Objectif modifié",
            content = @Content(schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = ENDED)
    public GoalView update(
            @PathParam("id") UUID id,
            @PathParam("goalId") UUID goalId,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") GoalUpdate body) {
        return service.update(id, goalId, body, viewer());
    }

    @DELETE
    @Path("/{goalId}")
    @Operation(operationId = "deleteMentorshipGoal", summary = "Supprimer un objectif et ses commentaires")
    @APIResponse(responseCode = "204", description = "Objectif supprimé")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = ENDED)
    public void delete(@PathParam("id") UUID id, @PathParam("goalId") UUID goalId) {
        service.delete(id, goalId, viewer());
    }

    @POST
    @Path("/{goalId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "commentMentorshipGoal", summary = "Commenter un objectif")
    @APIResponse(
            responseCode = "201",
            description = "Commentaire ajouté",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = ENDED)
    @APIResponse(responseCode = "422", description = "L'objectif compte déjà 50 commentaires (le maximum)")
    public Response comment(
            @PathParam("id") UUID id,
            @PathParam("goalId") UUID goalId,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") CommentCreate body,
            @Context UriInfo uri) {
        CommentView created = service.comment(id, goalId, body, viewer());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{goalId}/comments/{commentId}")
    @Operation(
            operationId = "getMentorshipGoalComment",
            summary = "Lire un commentaire d'objectif",
            description = MentorshipAccess.PRIVATE_CONTENT_RULE)
    @APIResponse(
            responseCode = "200",
            description = "Le commentaire",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(
            responseCode = "404",
            description = "Mentorat, objectif ou commentaire introuvable, ou qui ne vous concerne pas")
    public CommentView getComment(
            @PathParam("id") UUID id, @PathParam("goalId") UUID goalId, @PathParam("commentId") UUID commentId) {
        return service.getComment(id, goalId, commentId, viewer());
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }
}
