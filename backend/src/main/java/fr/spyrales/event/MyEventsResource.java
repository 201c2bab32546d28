package fr.spyrales.event;

import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.event.EventAccess.Viewer;
import fr.spyrales.event.EventDtos.MyEventRegistration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** « Mes inscriptions ». */
@Path("/me")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Événements")
public class MyEventsResource {
    private final EventViews views;
    private final CurrentMember current;

    MyEventsResource(EventViews views, CurrentMember current) {
        this.views = views;
        this.current = current;
    }

    @GET
    @Path("/registrations")
    @Operation(
            operationId = "listMyRegistrations",
            summary = "Mes inscriptions",
            description = "Les événements où j'ai une place confirmée ou suis en liste d'attente : à venir (les plus"
                    + " proches d'abord) ou passés (les plus récents d'abord).")
    public PageResponse<MyEventRegistration> mine(@Valid @BeanParam MyRegistrationsQuery query) {
        return views.mine(query, viewer());
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }
}
