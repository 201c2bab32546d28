package fr.spyrales.project;

import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.project.ProjectReportDtos.ReportCreate;
import fr.spyrales.project.ProjectReportDtos.ReportView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/projects/{id}/reports")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projets")
public class ProjectReportResource {
    private final ProjectReports reports;
    private final CurrentMember current;

    ProjectReportResource(ProjectReports reports, CurrentMember current) {
        this.reports = reports;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reportProject",
            summary = "Signaler un projet aux animateurs",
            description = "Par tout membre qui voit le projet, équipe comprise : données non ouvertes ou"
                    + " confidentielles, contenu inapproprié, projet abandonné, ou autre (commentaire obligatoire)."
                    + " Les animateurs et administrateurs en sont prévenus dans l'application ; l'équipe ne voit pas"
                    + " le signalement. Un seul signalement en attente par membre et par projet.")
    @APIResponse(
            responseCode = "201",
            description = "Signalement transmis aux animateurs",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "Motif absent, ou commentaire absent pour « Autre » ou trop long")
    @APIResponse(responseCode = "404", description = ProjectResource.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Signalement déjà en attente de ce membre, ou projet archivé")
    public Response report(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") ReportCreate body,
            @Context UriInfo uri) {
        ReportView created = reports.file(id, current.id(), body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }
}
