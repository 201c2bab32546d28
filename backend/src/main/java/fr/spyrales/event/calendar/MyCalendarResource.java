package fr.spyrales.event.calendar;

import fr.spyrales.common.calendar.IcsWriter;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.event.calendar.CalendarDtos.CalendarFeedAddress;
import fr.spyrales.event.calendar.CalendarDtos.CalendarFeedStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * My personal calendar: its secret address (made, shown once, replaced, revoked) and the feed itself, which calendar
 * clients read with the token alone.
 */
@Path("/me")
@Tag(name = "Événements")
public class MyCalendarResource {
    private final CalendarFeeds feeds;
    private final EventCalendars calendars;
    private final CurrentMember current;

    MyCalendarResource(CalendarFeeds feeds, EventCalendars calendars, CurrentMember current) {
        this.feeds = feeds;
        this.calendars = calendars;
        this.current = current;
    }

    @GET
    @Path("/calendar-feed")
    @RolesAllowed(Roles.MEMBER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getMyCalendarFeed",
            summary = "Mon agenda personnel est-il actif ?",
            description = "Jamais l'adresse elle-même, qui n'est montrée qu'à sa création.")
    public CalendarFeedStatus status() {
        return feeds.status(current.id());
    }

    @POST
    @Path("/calendar-feed")
    @RolesAllowed(Roles.MEMBER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "rotateMyCalendarFeed",
            summary = "Créer ou régénérer l'adresse de mon agenda personnel",
            description =
                    "Une nouvelle adresse secrète, montrée cette seule fois ; l'ancienne cesse de marcher aussitôt.")
    @APIResponse(responseCode = "200", description = "La nouvelle adresse")
    public CalendarFeedAddress rotate() {
        return feeds.rotate(current.id());
    }

    @DELETE
    @Path("/calendar-feed")
    @RolesAllowed(Roles.MEMBER)
    @Operation(operationId = "revokeMyCalendarFeed", summary = "Désactiver mon agenda personnel")
    @APIResponse(responseCode = "204", description = "Désactivé : l'adresse ne marche plus")
    public void revoke() {
        feeds.revoke(current.id());
    }

    @GET
    @Path("/calendar.ics")
    @PermitAll
    @Produces(EventCalendarResource.CALENDAR)
    @Operation(
            operationId = "getMyCalendar",
            summary = "Mon agenda personnel (iCalendar), pour Thunderbird, Outlook et les téléphones",
            description = "Les événements où j'ai une place confirmée, à venir et des 90 derniers jours ; un événement"
                    + " annulé y reste avec STATUS:CANCELLED. Sans jeton d'accès : l'adresse secrète (token) sert de"
                    + " clé.")
    @APIResponse(
            responseCode = "200",
            description = "Le calendrier",
            content = @Content(mediaType = EventCalendarResource.CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Adresse inconnue, désactivée ou régénérée depuis")
    public Response feed(
            @Parameter(description = "Le secret de l'adresse, tel que rotateMyCalendarFeed l'a donné", required = true)
                    @QueryParam("token")
                    String token) {
        return Response.ok(calendars.feed(token), IcsWriter.CONTENT_TYPE)
                .header("Content-Disposition", "inline; filename=\"spyrales.ics\"")
                .header("Cache-Control", "private, no-cache")
                .build();
    }
}
