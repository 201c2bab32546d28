package fr.spyrales.mentorship.session;

import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.mentorship.MentorshipAccess;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.session.SessionDtos.SessionCreate;
import fr.spyrales.mentorship.session.SessionDtos.SessionList;
import fr.spyrales.mentorship.session.SessionDtos.SessionUpdate;
import fr.spyrales.mentorship.session.SessionDtos.SessionView;
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

@Path("/mentorships/{id}/sessions")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentorat")
public class SessionResource {
    private static final String NOT_FOUND = "Mentorat ou séance introuvable, ou qui ne vous concerne pas";
    private static final String NOT_RUNNING =
            "Le mentorat n'est pas en cours ni en pause (pas encore commencé, ou terminé)";
    private static final String BAD_DATE = "Date de séance dans le futur ou antérieure au début du mentorat";

    private final SessionService service;
    private final CurrentMember current;

    SessionResource(SessionService service, CurrentMember current) {
        this.service = service;
        this.current = current;
    }

    @GET
    @Operation(
            operationId = "listMentorshipSessions",
            summary = "Lister les séances d'un mentorat, avec leur nombre et leur durée cumulée",
            description = MentorshipAccess.PRIVATE_CONTENT_RULE)
    @APIResponse(
            responseCode = "200",
            description = "Les séances, la plus récente d'abord",
            content = @Content(schema = @Schema(implementation = SessionList.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public SessionList list(@PathParam("id") UUID id) {
        return service.list(id, viewer());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createMentorshipSession",
            summary = "Noter une séance",
            description = "Par l'une des deux parties, quand le mentorat est en cours ou en pause.")
    @APIResponse(
            responseCode = "201",
            description = "Séance notée",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_RUNNING)
    @APIResponse(responseCode = "422", description = BAD_DATE + ", ou le mentorat compte déjà 200 séances (le maximum)")
    public Response create(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") SessionCreate body,
            @Context UriInfo uri) {
        SessionView created = service.create(id, body, viewer());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{sessionId}")
    @Operation(
            operationId = "getMentorshipSession",
            summary = "Lire une séance",
            description = MentorshipAccess.PRIVATE_CONTENT_RULE)
    @APIResponse(
            responseCode = "200",
            description = "La séance",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public SessionView get(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        return service.get(id, sessionId, viewer());
    }

    @PATCH
    @Path("/{sessionId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "updateMentorshipSession",
            summary = "Modifier une séance",
            description = "Seuls les champs présents sont modifiés ; une chaîne vide efface les notes.")
    @APIResponse(
            responseCode = "200",
            description = "Séance modifiée",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_RUNNING)
    @APIResponse(responseCode = "422", description = BAD_DATE)
    public SessionView update(
            @PathParam("id") UUID id,
            @PathParam("sessionId") UUID sessionId,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") SessionUpdate body) {
        return service.update(id, sessionId, body, viewer());
    }

    @DELETE
    @Path("/{sessionId}")
    @Operation(operationId = "deleteMentorshipSession", summary = "Supprimer une séance")
    @APIResponse(responseCode = "204", description = "Séance supprimée")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_RUNNING)
    public void delete(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        service.delete(id, sessionId, viewer());
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }
}
