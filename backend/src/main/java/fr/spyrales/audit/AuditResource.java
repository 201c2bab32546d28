package fr.spyrales.audit;

import fr.spyrales.audit.AuditDtos.AuditActionView;
import fr.spyrales.audit.AuditDtos.AuditEventView;
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
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators read the audit log, and export it. */
@Path("/audit-events")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Journal d'audit", description = "Actions privilégiées et événements de sécurité (administrateurs)")
public class AuditResource {
    static final String CSV = "text/csv";

    private final AuditEvents events;
    private final CurrentMember current;

    AuditResource(AuditEvents events, CurrentMember current) {
        this.events = events;
        this.current = current;
    }

    @GET
    @Operation(
            operationId = "listAuditEvents",
            summary = "Lire le journal d'audit (administrateurs)",
            description = "Du plus récent au plus ancien, avec les filtres donnés (période en jours de Paris, "
                    + "catégorie, action, résultat, auteur, compte concerné, cible).")
    public PageResponse<AuditEventView> list(@Valid @BeanParam AuditQuery query) {
        return events.list(query);
    }

    @GET
    @Path("/actions")
    @Operation(
            operationId = "listAuditActions",
            summary = "Les actions que le journal d'audit enregistre, avec leur libellé (administrateurs)")
    public List<AuditActionView> actions() {
        return events.actions();
    }

    @GET
    @Path("/export")
    @Produces(CSV)
    @Operation(
            operationId = "exportAuditEvents",
            summary = "Exporter le journal d'audit (CSV, administrateurs)",
            description = "Les mêmes filtres que la liste (page et taille ignorées), au plus 50 000 lignes, du plus "
                    + "récent au plus ancien. UTF-8 avec BOM, séparateur « ; », heures de Paris. L'export est "
                    + "lui-même inscrit au journal.")
    @APIResponse(
            responseCode = "200",
            description = "Le fichier CSV",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response export(@Valid @BeanParam AuditQuery query) {
        String day = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        return Response.ok(events.exportCsv(query, current.id()))
                .type(CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"journal-audit-" + day + ".csv\"")
                .build();
    }
}
