package fr.spyrales.notification;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.notification.NotificationDtos.NotificationPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/notifications")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Les notifications du membre connecté")
public class NotificationResource {
    private final NotificationService service;
    private final CurrentMember current;

    NotificationResource(NotificationService service, CurrentMember current) {
        this.service = service;
        this.current = current;
    }

    @GET
    @Operation(
            operationId = "listMyNotifications",
            summary = "Lister mes notifications, les plus récentes d'abord, avec le nombre de non lues")
    public NotificationPage list(@Valid @BeanParam PageQuery page) {
        return service.list(current.id(), page);
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Marquer une notification comme lue")
    @APIResponse(responseCode = "204", description = "Notification lue")
    @APIResponse(responseCode = "404", description = "Notification inconnue ou adressée à quelqu'un d'autre")
    public void markRead(@PathParam("id") UUID id) {
        service.markRead(current.id(), id);
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Marquer toutes mes notifications comme lues")
    @APIResponse(responseCode = "204", description = "Toutes les notifications sont lues")
    public void markAllRead() {
        service.markAllRead(current.id());
    }
}
