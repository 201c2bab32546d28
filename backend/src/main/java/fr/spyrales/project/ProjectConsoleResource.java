package fr.spyrales.project;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.project.ProjectReportDtos.Closure;
import fr.spyrales.project.ProjectReportDtos.ConsoleAction;
import fr.spyrales.project.ProjectReportDtos.Decided;
import fr.spyrales.project.ProjectReportDtos.Decision;
import fr.spyrales.project.ProjectReportDtos.LeadAppointment;
import fr.spyrales.project.ProjectReportDtos.ReportLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The animateurs' console, on projects: the reported projects' queue and its decisions, closing, appointing a lead. */
@Path("/animation")
@RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Animation")
public class ProjectConsoleResource {
    private static final String SUPERVISORS_ONLY = "Réservé aux animateurs et aux administrateurs";
    private static final String BODY_REQUIRED = "Le corps de la requête est obligatoire.";

    private final ProjectReports reports;
    private final ProjectStewardship stewardship;
    private final CurrentMember current;

    ProjectConsoleResource(ProjectReports reports, ProjectStewardship stewardship, CurrentMember current) {
        this.reports = reports;
        this.stewardship = stewardship;
        this.current = current;
    }

    @GET
    @Path("/project-reports")
    @Operation(
            operationId = "listProjectReports",
            summary = "Les projets signalés (file de la console)",
            description = "Un signalement ouvert par ligne, le plus ancien d'abord : motif, commentaire, auteur, date"
                    + " et projet.")
    @APIResponse(responseCode = "200", description = "Une page de signalements ouverts")
    @APIResponse(responseCode = "403", description = SUPERVISORS_ONLY)
    public PageResponse<ReportLine> list(@Valid @BeanParam PageQuery page) {
        return reports.open(page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/project-reports/{id}/decision")
    @Operation(
            operationId = "decideProjectReport",
            summary = "Décider d'un signalement de projet",
            description = "DISMISS classe le signalement sans suite ; ARCHIVE_PROJECT archive le projet et clôt tous"
                    + " ses signalements ouverts. La note est lue par l'auteur de chaque signalement clos, qui en est"
                    + " prévenu ; l'équipe est prévenue de l'archivage. Inscrit au journal d'audit.")
    @APIResponse(
            responseCode = "200",
            description = "Signalement décidé",
            content = @Content(schema = @Schema(implementation = Decided.class)))
    @APIResponse(
            responseCode = "400",
            description = "Décision absente, ou note de moins de 3 ou plus de 500 caractères")
    @APIResponse(responseCode = "403", description = SUPERVISORS_ONLY)
    @APIResponse(responseCode = "404", description = "Signalement ou projet introuvable")
    @APIResponse(responseCode = "409", description = "Signalement déjà traité")
    public Decided decide(@PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) Decision body) {
        return reports.decide(id, current.id(), body);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/projects/{id}/closure")
    @Operation(
            operationId = "closeProjectFromConsole",
            summary = "Clore un projet depuis la console",
            description = "Le projet est archivé ; son équipe en est prévenue avec le motif. Inscrit au journal"
                    + " d'audit.")
    @APIResponse(
            responseCode = "200",
            description = "Projet clos (archivé)",
            content = @Content(schema = @Schema(implementation = ConsoleAction.class)))
    @APIResponse(responseCode = "400", description = "Motif de moins de 3 ou plus de 500 caractères")
    @APIResponse(responseCode = "403", description = SUPERVISORS_ONLY)
    @APIResponse(responseCode = "404", description = ProjectResource.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Projet déjà terminé ou archivé")
    public ConsoleAction close(@PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) Closure body) {
        return stewardship.close(id, current.id(), body.reason());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/projects/{id}/lead")
    @Operation(
            operationId = "appointProjectLead",
            summary = "Désigner un responsable depuis la console",
            description = "Un membre actif de l'équipe (ni suspendu, ni supprimé) devient responsable du projet ; il"
                    + " en est prévenu avec le motif. Inscrit au journal d'audit.")
    @APIResponse(
            responseCode = "200",
            description = "Responsable désigné",
            content = @Content(schema = @Schema(implementation = ConsoleAction.class)))
    @APIResponse(responseCode = "400", description = "Membre absent, ou motif de moins de 3 ou plus de 500 caractères")
    @APIResponse(responseCode = "403", description = SUPERVISORS_ONLY)
    @APIResponse(responseCode = "404", description = ProjectResource.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "Pas dans l'équipe, déjà responsable, ou compte suspendu ou supprimé")
    public ConsoleAction appointLead(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) LeadAppointment body) {
        return stewardship.appointLead(id, current.id(), body.memberId(), body.reason());
    }
}
