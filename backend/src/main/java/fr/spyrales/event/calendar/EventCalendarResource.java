package fr.spyrales.event.calendar;

import fr.spyrales.common.calendar.IcsWriter;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.event.calendar.EventCalendars.CalendarFile;
import fr.spyrales.partner.PartnerScope;
import fr.spyrales.partner.PartnerScopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** « Ajouter à mon agenda »: one event as an .ics file. */
@Path("/events/{id}/calendar.ics")
@RolesAllowed(Roles.MEMBER)
@Tag(name = "Événements")
public class EventCalendarResource {
    static final String CALENDAR = "text/calendar";

    private final EventCalendars calendars;
    private final CurrentMember current;

    EventCalendarResource(EventCalendars calendars, CurrentMember current) {
        this.calendars = calendars;
        this.current = current;
    }

    @GET
    @Produces(CALENDAR)
    @PartnerScope(PartnerScopes.EVENTS_READ)
    @RolesAllowed({Roles.MEMBER, Roles.API_CLIENT})
    @Operation(
            operationId = "getEventCalendar",
            summary = "L'événement au format iCalendar (.ics), pour l'ajouter à son agenda",
            description =
                    "UID stable, heures en Europe/Paris (TZID et VTIMEZONE), SEQUENCE relevée à chaque changement,"
                            + " STATUS:CANCELLED une fois annulé. Le lien de connexion n'y figure que pour les inscrits confirmés"
                            + " et les organisateurs.")
    @APIResponse(
            responseCode = "200",
            description = "Le fichier .ics",
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Événement introuvable")
    public Response get(@PathParam("id") UUID id) {
        CalendarFile file =
                calendars.eventFile(id, current.id(), current.hasRole(Roles.ANIMATEUR) || current.hasRole(Roles.ADMIN));
        return Response.ok(file.text(), IcsWriter.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
