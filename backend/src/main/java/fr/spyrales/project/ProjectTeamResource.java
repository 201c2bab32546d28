package fr.spyrales.project;

import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.project.ProjectDtos.JoinRequestCreate;
import fr.spyrales.project.ProjectDtos.JoinRequestDecline;
import fr.spyrales.project.ProjectDtos.JoinRequestView;
import fr.spyrales.project.ProjectDtos.ProjectView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/projects/{id}")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projets")
public class ProjectTeamResource {
    private static final String REQUEST_NOT_FOUND =
            "Projet ou demande introuvable, ou demande qui ne vous concerne pas";
    private static final String NOT_LEAD = "Réservé aux responsables du projet";

    private final ProjectTeam team;
    private final CurrentMember current;

    ProjectTeamResource(ProjectTeam team, CurrentMember current) {
        this.team = team;
        this.current = current;
    }

    @POST
    @Path("/join-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "requestToJoinProject",
            summary = "Demander à rejoindre l'équipe d'un projet",
            description = "Avec un message pour les responsables, qui acceptent ou déclinent.")
    @APIResponse(
            responseCode = "201",
            description = "Demande envoyée",
            content = @Content(schema = @Schema(implementation = JoinRequestView.class)))
    @APIResponse(responseCode = "404", description = ProjectResource.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Déjà dans l'équipe, ou demande déjà en attente")
    @APIResponse(responseCode = "422", description = "Projet terminé ou archivé")
    public Response requestToJoin(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") JoinRequestCreate body,
            @Context UriInfo uri) {
        JoinRequestView created = team.requestToJoin(id, current.id(), body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/join-requests")
    @Operation(
            operationId = "listProjectJoinRequests",
            summary = "Lister les demandes pour rejoindre un projet (responsables)",
            description = "Les demandes en attente d'abord, puis les plus récentes.")
    @APIResponse(
            responseCode = "200",
            description = "Les demandes",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = JoinRequestView.class,
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .ARRAY)))
    @APIResponse(responseCode = "403", description = NOT_LEAD)
    @APIResponse(responseCode = "404", description = ProjectResource.NOT_FOUND)
    public List<JoinRequestView> requests(@PathParam("id") UUID id) {
        return team.requestsOf(id, current.id());
    }

    @GET
    @Path("/join-requests/{requestId}")
    @Operation(
            operationId = "getProjectJoinRequest",
            summary = "Lire une demande pour rejoindre un projet",
            description = "Pour la personne qui l'a faite et pour les responsables du projet ; 404 pour les autres.")
    @APIResponse(
            responseCode = "200",
            description = "La demande",
            content = @Content(schema = @Schema(implementation = JoinRequestView.class)))
    @APIResponse(responseCode = "404", description = REQUEST_NOT_FOUND)
    public JoinRequestView request(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId) {
        return team.request(id, requestId, current.id());
    }

    @POST
    @Path("/join-requests/{requestId}/accept")
    @Operation(
            operationId = "acceptProjectJoinRequest",
            summary = "Accepter une demande (responsables)",
            description = "La personne rejoint l'équipe, si elle n'a pas atteint sa taille maximale.")
    @APIResponse(
            responseCode = "200",
            description = "Demande acceptée",
            content = @Content(schema = @Schema(implementation = JoinRequestView.class)))
    @APIResponse(responseCode = "403", description = NOT_LEAD)
    @APIResponse(responseCode = "404", description = REQUEST_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Demande déjà traitée, ou équipe complète")
    public JoinRequestView accept(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId) {
        return team.accept(id, requestId, current.id());
    }

    @POST
    @Path("/join-requests/{requestId}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "declineProjectJoinRequest",
            summary = "Décliner une demande, avec un motif (responsables)")
    @APIResponse(
            responseCode = "200",
            description = "Demande déclinée",
            content = @Content(schema = @Schema(implementation = JoinRequestView.class)))
    @APIResponse(responseCode = "403", description = NOT_LEAD)
    @APIResponse(responseCode = "404", description = REQUEST_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Demande déjà traitée")
    public JoinRequestView decline(
            @PathParam("id") UUID id,
            @PathParam("requestId") UUID requestId,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") JoinRequestDecline body) {
        return team.decline(id, requestId, current.id(), body.reason());
    }

    @POST
    @Path("/leave")
    @Operation(
            operationId = "leaveProject",
            summary = "Quitter l'équipe d'un projet",
            description = "Le dernier responsable ne peut pas partir : il nomme d'abord un autre responsable.")
    @APIResponse(responseCode = "204", description = "Vous avez quitté l'équipe")
    @APIResponse(responseCode = "404", description = ProjectResource.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Pas dans l'équipe, ou dernier responsable")
    public void leave(@PathParam("id") UUID id) {
        team.leave(id, current.id());
    }

    @POST
    @Path("/members/{memberId}/promote")
    @Operation(
            operationId = "promoteProjectMember",
            summary = "Nommer un membre de l'équipe responsable (responsables)")
    @APIResponse(
            responseCode = "200",
            description = "Le projet, avec son équipe",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "403", description = NOT_LEAD)
    @APIResponse(responseCode = "404", description = ProjectResource.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Pas dans l'équipe, ou déjà responsable")
    public ProjectView promote(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        return team.promote(id, memberId, current.id());
    }

    @POST
    @Path("/members/{memberId}/demote")
    @Operation(
            operationId = "demoteProjectMember",
            summary = "Retirer le rôle de responsable (responsables)",
            description = "Un projet garde toujours au moins un responsable.")
    @APIResponse(
            responseCode = "200",
            description = "Le projet, avec son équipe",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "403", description = NOT_LEAD)
    @APIResponse(responseCode = "404", description = ProjectResource.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Pas dans l'équipe, pas responsable, ou dernier responsable")
    public ProjectView demote(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        return team.demote(id, memberId, current.id());
    }
}
