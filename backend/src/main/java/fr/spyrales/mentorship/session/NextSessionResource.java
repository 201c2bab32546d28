package fr.spyrales.mentorship.session;

import fr.spyrales.common.calendar.IcsWriter;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.mentorship.MentorshipAccess;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.session.NextSessionDtos.NextSessionInput;
import fr.spyrales.mentorship.session.NextSessionDtos.NextSessionView;
import fr.spyrales.mentorship.session.NextSessionService.CalendarFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The next session of a pairing: planned by either party, read by both, taken to their calendar. */
@Path("/mentorships/{id}/next-session")
@RolesAllowed(Roles.MEMBER)
@Tag(name = "Mentorat")
public class NextSessionResource {
    private static final String NOT_FOUND =
            "Mentorat introuvable ou qui ne vous concerne pas, ou aucune prochaine séance prévue";
    private static final String CALENDAR = "text/calendar";

    private final NextSessionService service;
    private final CurrentMember current;

    NextSessionResource(NextSessionService service, CurrentMember current) {
        this.service = service;
        this.current = current;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getNextMentorshipSession",
            summary = "Lire la prochaine séance prévue d'un mentorat",
            description = MentorshipAccess.PRIVATE_CONTENT_RULE)
    @APIResponse(
            responseCode = "200",
            description = "La prochaine séance",
            content = @Content(schema = @Schema(implementation = NextSessionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public NextSessionView get(@PathParam("id") UUID id) {
        return service.get(id, viewer());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "planNextMentorshipSession",
            summary = "Fixer (ou déplacer) la prochaine séance",
            description = "Par l'une des deux parties, quand le mentorat est en cours. L'autre partie est prévenue ;"
                    + " les deux reçoivent un rappel la veille.")
    @APIResponse(
            responseCode = "200",
            description = "Séance prévue",
            content = @Content(schema = @Schema(implementation = NextSessionView.class)))
    @APIResponse(responseCode = "404", description = "Mentorat introuvable ou qui ne vous concerne pas")
    @APIResponse(responseCode = "409", description = "Le mentorat n'est pas en cours (en attente, en pause ou terminé)")
    @APIResponse(responseCode = "422", description = "Date passée, ou à plus d'un an")
    public NextSessionView plan(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") NextSessionInput body) {
        return service.plan(id, body, viewer());
    }

    @DELETE
    @Operation(operationId = "cancelNextMentorshipSession", summary = "Annuler la prochaine séance prévue")
    @APIResponse(responseCode = "204", description = "Séance annulée")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public void cancel(@PathParam("id") UUID id) {
        service.cancel(id, viewer());
    }

    @GET
    @Path("/calendar.ics")
    @Produces(CALENDAR)
    @Operation(
            operationId = "getNextMentorshipSessionCalendar",
            summary = "La prochaine séance au format iCalendar (.ics), pour l'ajouter à son agenda",
            description = "Pour chacune des deux parties. UID stable, heures en Europe/Paris, SEQUENCE relevée à chaque"
                    + " déplacement.")
    @APIResponse(
            responseCode = "200",
            description = "Le fichier .ics",
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response calendar(@PathParam("id") UUID id) {
        CalendarFile file = service.calendar(id, viewer());
        return Response.ok(file.text(), IcsWriter.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }
}
