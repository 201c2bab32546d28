package fr.spyrales.audit;

import fr.spyrales.audit.AuditDtos.SecurityEventView;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** « Activité de mon compte »: each member reads the security events of his own account. */
@Path("/me/security-events")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mon profil")
public class MySecurityEventsResource {
    private final AuditEvents events;
    private final CurrentMember current;

    MySecurityEventsResource(AuditEvents events, CurrentMember current) {
        this.events = events;
        this.current = current;
    }

    @GET
    @Operation(
            operationId = "listMySecurityEvents",
            summary = "L'activité de mon compte : connexions, déconnexions, mots de passe, sessions",
            description = "Les événements de sécurité qui concernent mon compte, du plus récent au plus ancien, avec "
                    + "l'adresse d'où ils viennent, y compris les tentatives de connexion échouées.")
    public PageResponse<SecurityEventView> list(@Valid @BeanParam PageQuery page) {
        return events.securityEventsOf(current.id(), page);
    }
}
