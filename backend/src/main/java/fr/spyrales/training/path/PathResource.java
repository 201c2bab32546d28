package fr.spyrales.training.path;

import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.partner.PartnerScope;
import fr.spyrales.partner.PartnerScopes;
import fr.spyrales.training.path.PathAccess.Viewer;
import fr.spyrales.training.path.PathDtos.PathCreate;
import fr.spyrales.training.path.PathDtos.PathStep;
import fr.spyrales.training.path.PathDtos.PathStepCreate;
import fr.spyrales.training.path.PathDtos.PathStepUpdate;
import fr.spyrales.training.path.PathDtos.PathSummary;
import fr.spyrales.training.path.PathDtos.PathUpdate;
import fr.spyrales.training.path.PathDtos.PathView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/paths")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parcours", description = "Parcours d'apprentissage : des ressources de la bibliothèque, dans l'ordre")
public class PathResource {
    static final String NOT_FOUND = "Parcours introuvable, ou brouillon d'un autre auteur";
    static final String STEP_NOT_FOUND = "Parcours ou étape introuvable";
    static final String NOT_EDITOR = "Ni auteur du parcours, ni animateur";
    static final String ARCHIVED = "Parcours archivé : à publier de nouveau avant de le modifier";
    static final String BODY_REQUIRED = "Le corps de la requête est obligatoire.";

    private final PathEditing editing;
    private final PathSteps steps;
    private final PathFollowing following;
    private final PathViews views;
    private final CurrentMember current;

    PathResource(
            PathEditing editing, PathSteps steps, PathFollowing following, PathViews views, CurrentMember current) {
        this.editing = editing;
        this.steps = steps;
        this.following = following;
        this.views = views;
        this.current = current;
    }

    @GET
    @PartnerScope(PartnerScopes.RESOURCES_READ)
    @RolesAllowed({Roles.MEMBER, Roles.API_CLIENT})
    @Operation(
            operationId = "listPaths",
            summary = "Chercher des parcours",
            description = "Les parcours publiés, les plus récents d'abord (par pertinence avec q). Avec mine=true :"
                    + " les parcours dont je suis l'auteur, quel que soit leur état, les derniers modifiés d'abord.")
    public PageResponse<PathSummary> list(@Valid @BeanParam PathQuery query) {
        return views.list(query, viewer());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createPath",
            summary = "Créer un parcours (brouillon)",
            description = "Par un animateur, ou un membre qui peut accompagner d'autres membres (canMentor dans son"
                    + " profil). Le parcours naît brouillon : seuls son auteur et les animateurs le voient.")
    @APIResponse(
            responseCode = "201",
            description = "Parcours créé, en brouillon",
            content = @Content(schema = @Schema(implementation = PathView.class)))
    @APIResponse(responseCode = "403", description = "Ni animateur, ni mentor")
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) PathCreate body, @Context UriInfo uri) {
        PathView created = editing.create(viewer(), body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @PartnerScope(PartnerScopes.RESOURCES_READ)
    @RolesAllowed({Roles.MEMBER, Roles.API_CLIENT})
    @Operation(
            operationId = "getPath",
            summary = "Lire un parcours, avec ses étapes et ma progression",
            description = "Un brouillon n'est visible que de son auteur et des animateurs. Une étape dont la ressource"
                    + " a été retirée de la bibliothèque reste, avec resource.status à WITHDRAWN.")
    @APIResponse(
            responseCode = "200",
            description = "Le parcours",
            content = @Content(schema = @Schema(implementation = PathView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PathView get(@PathParam("id") UUID id) {
        return views.get(id, viewer());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "updatePath",
            summary = "Modifier un parcours",
            description = "Par son auteur ou un animateur, en brouillon ou publié.")
    @APIResponse(
            responseCode = "200",
            description = "Parcours modifié",
            content = @Content(schema = @Schema(implementation = PathView.class)))
    @APIResponse(responseCode = "403", description = NOT_EDITOR)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = ARCHIVED)
    public PathView update(@PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) PathUpdate body) {
        return editing.update(id, viewer(), body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deletePath",
            summary = "Supprimer un brouillon, ou archiver un parcours publié",
            description = "Par son auteur ou un animateur. Un brouillon est supprimé ; un parcours publié est archivé :"
                    + " il quitte les listes, ses suiveurs le gardent dans « Mes parcours » avec leur progression.")
    @APIResponse(responseCode = "204", description = "Brouillon supprimé, ou parcours archivé")
    @APIResponse(responseCode = "403", description = NOT_EDITOR)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public void delete(@PathParam("id") UUID id) {
        editing.delete(id, viewer());
    }

    @POST
    @Path("/{id}/publish")
    @Operation(
            operationId = "publishPath",
            summary = "Publier un parcours",
            description = "Un brouillon, ou un parcours archivé que l'on rouvre. Il faut au moins une étape, et que la"
                    + " ressource de chaque étape soit publiée dans la bibliothèque ; sinon la réponse 422 nomme la"
                    + " première étape en cause (detail, et son identifiant dans stepId).")
    @APIResponse(
            responseCode = "200",
            description = "Parcours publié",
            content = @Content(schema = @Schema(implementation = PathView.class)))
    @APIResponse(responseCode = "403", description = NOT_EDITOR)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Parcours déjà publié")
    @APIResponse(
            responseCode = "422",
            description = "Aucune étape, ou une étape dont la ressource n'est pas publiée (stepId la désigne)")
    public PathView publish(@PathParam("id") UUID id) {
        return editing.publish(id, viewer());
    }

    @POST
    @Path("/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addPathStep",
            summary = "Ajouter une étape",
            description = "Une ressource publiée de la bibliothèque, une fois par parcours, 50 étapes au plus ; à la"
                    + " position donnée (les suivantes sont décalées), à la fin par défaut.")
    @APIResponse(
            responseCode = "201",
            description = "Étape ajoutée",
            content = @Content(schema = @Schema(implementation = PathStep.class)))
    @APIResponse(responseCode = "403", description = NOT_EDITOR)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "Parcours archivé, ressource déjà dans le parcours, ou 50 étapes déjà")
    public Response addStep(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = BODY_REQUIRED) PathStepCreate body,
            @Context UriInfo uri) {
        PathStep created = steps.add(id, viewer(), body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}/steps/{stepId}")
    @Operation(operationId = "getPathStep", summary = "Lire une étape d'un parcours")
    @APIResponse(
            responseCode = "200",
            description = "L'étape",
            content = @Content(schema = @Schema(implementation = PathStep.class)))
    @APIResponse(responseCode = "404", description = STEP_NOT_FOUND)
    public PathStep getStep(@PathParam("id") UUID id, @PathParam("stepId") UUID stepId) {
        return views.step(id, stepId, viewer());
    }

    @PATCH
    @Path("/{id}/steps/{stepId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "updatePathStep",
            summary = "Modifier une étape, ou la déplacer",
            description = "Changer position déplace l'étape ; les autres sont renumérotées de 1 à n, sans trou.")
    @APIResponse(
            responseCode = "200",
            description = "Étape modifiée",
            content = @Content(schema = @Schema(implementation = PathStep.class)))
    @APIResponse(responseCode = "403", description = NOT_EDITOR)
    @APIResponse(responseCode = "404", description = STEP_NOT_FOUND)
    @APIResponse(responseCode = "409", description = ARCHIVED)
    public PathStep updateStep(
            @PathParam("id") UUID id,
            @PathParam("stepId") UUID stepId,
            @Valid @NotNull(message = BODY_REQUIRED) PathStepUpdate body) {
        return steps.update(id, stepId, viewer(), body);
    }

    @DELETE
    @Path("/{id}/steps/{stepId}")
    @Operation(
            operationId = "deletePathStep",
            summary = "Retirer une étape",
            description = "Les étapes suivantes remontent d'un rang. Un parcours publié garde au moins une étape.")
    @APIResponse(responseCode = "204", description = "Étape retirée")
    @APIResponse(responseCode = "403", description = NOT_EDITOR)
    @APIResponse(responseCode = "404", description = STEP_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Parcours archivé, ou dernière étape d'un parcours publié")
    public void deleteStep(@PathParam("id") UUID id, @PathParam("stepId") UUID stepId) {
        steps.delete(id, stepId, viewer());
    }

    @POST
    @Path("/{id}/follow")
    @Operation(
            operationId = "followPath",
            summary = "Suivre un parcours",
            description = "Un parcours publié ; le suivre de nouveau ne change rien. Les étapes cochées avant d'avoir"
                    + " cessé de le suivre comptent de nouveau.")
    @APIResponse(responseCode = "204", description = "Je suis ce parcours")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Parcours archivé")
    public void follow(@PathParam("id") UUID id) {
        following.follow(id, viewer());
    }

    @DELETE
    @Path("/{id}/follow")
    @Operation(
            operationId = "unfollowPath",
            summary = "Ne plus suivre un parcours",
            description = "Les étapes cochées sont gardées : elles comptent de nouveau si je suis le parcours plus"
                    + " tard.")
    @APIResponse(responseCode = "204", description = "Je ne suis plus ce parcours")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public void unfollow(@PathParam("id") UUID id) {
        following.unfollow(id, viewer());
    }

    @PUT
    @Path("/{id}/steps/{stepId}/done")
    @Operation(
            operationId = "markPathStepDone",
            summary = "Cocher une étape",
            description = "Pour qui suit le parcours ; la cocher de nouveau ne change rien.")
    @APIResponse(responseCode = "204", description = "Étape cochée")
    @APIResponse(responseCode = "404", description = STEP_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Je ne suis pas ce parcours")
    public void markDone(@PathParam("id") UUID id, @PathParam("stepId") UUID stepId) {
        following.markDone(id, stepId, viewer());
    }

    @DELETE
    @Path("/{id}/steps/{stepId}/done")
    @Operation(
            operationId = "unmarkPathStepDone",
            summary = "Décocher une étape",
            description = "Pour qui suit le" + " parcours.")
    @APIResponse(responseCode = "204", description = "Étape décochée")
    @APIResponse(responseCode = "404", description = STEP_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Je ne suis pas ce parcours")
    public void unmarkDone(@PathParam("id") UUID id, @PathParam("stepId") UUID stepId) {
        following.unmarkDone(id, stepId, viewer());
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }
}
