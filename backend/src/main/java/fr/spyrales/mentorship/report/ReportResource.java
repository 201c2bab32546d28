package fr.spyrales.mentorship.report;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.report.ReportDtos.ReportCreate;
import fr.spyrales.mentorship.report.ReportDtos.ReportResolution;
import fr.spyrales.mentorship.report.ReportDtos.ReportView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mentorships")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentorat")
public class ReportResource {
    private static final String NOT_FOUND = "Mentorat introuvable, ou qui ne vous concerne pas";

    private final ReportService service;
    private final CurrentMember current;

    ReportResource(ReportService service, CurrentMember current) {
        this.service = service;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/reports")
    @Operation(
            operationId = "reportMentorshipProblem",
            summary = "Signaler un problème aux animateurs",
            description =
                    "Par l'une des deux personnes du binôme, dans tout état du mentorat, même terminé (403 pour les "
                            + "animateurs et administrateurs qui n'en font pas partie, 404 pour les autres). Les animateurs en sont "
                            + "prévenus dans l'application ; l'autre personne du binôme ne le lit jamais. Cinq signalements en "
                            + "attente au plus par personne et par mentorat.")
    @APIResponse(
            responseCode = "201",
            description = "Signalement transmis aux animateurs",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "422", description = "Déjà cinq signalements en attente sur ce mentorat")
    public Response file(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") ReportCreate body,
            @Context UriInfo uri) {
        ReportView created = service.file(id, body, viewer());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}/reports")
    @Operation(
            operationId = "listMentorshipReports",
            summary = "Lister les signalements d'un mentorat, le plus récent d'abord",
            description = "Chaque personne du binôme ne voit que les signalements qu'elle a faits ; les animateurs et "
                    + "administrateurs qui n'en font pas partie les voient tous ; 404 pour les autres.")
    @APIResponse(responseCode = "200", description = "Une page de signalements")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PageResponse<ReportView> list(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return service.inPairing(id, viewer(), page);
    }

    @GET
    @Path("/reports")
    @Operation(
            operationId = "listOpenMentorshipReports",
            summary = "Lister les signalements de tous les mentorats, le plus récent d'abord",
            description =
                    "Réservé aux animateurs et administrateurs (403 pour les autres membres). Les signalements sur "
                            + "les mentorats dont l'appelant fait partie n'y figurent pas.")
    @APIResponse(responseCode = "200", description = "Une page de signalements")
    public PageResponse<ReportView> listAll(
            @QueryParam("status") @DefaultValue("OPEN") @Parameter(description = "OPEN (par défaut) ou RESOLVED.")
                    ReportStatus status,
            @Valid @BeanParam PageQuery page) {
        return service.forSupervisors(viewer(), status, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/reports/{reportId}/resolve")
    @Operation(
            operationId = "resolveMentorshipReport",
            summary = "Marquer un signalement comme traité",
            description =
                    "Par un animateur ou administrateur qui ne fait pas partie du binôme, avec une note facultative "
                            + "que l'auteur du signalement lira ; l'auteur en est prévenu dans l'application.")
    @APIResponse(
            responseCode = "200",
            description = "Signalement traité",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = "Mentorat ou signalement introuvable, ou qui ne vous concerne pas")
    @APIResponse(responseCode = "409", description = "Signalement déjà traité")
    public ReportView resolve(
            @PathParam("id") UUID id, @PathParam("reportId") UUID reportId, @Valid ReportResolution body) {
        return service.resolve(id, reportId, body, viewer());
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }
}
