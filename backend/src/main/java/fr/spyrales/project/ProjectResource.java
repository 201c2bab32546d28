package fr.spyrales.project;

import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.partner.PartnerScope;
import fr.spyrales.partner.PartnerScopes;
import fr.spyrales.project.ProjectAccess.Viewer;
import fr.spyrales.project.ProjectDtos.ProjectCreate;
import fr.spyrales.project.ProjectDtos.ProjectSummary;
import fr.spyrales.project.ProjectDtos.ProjectUpdate;
import fr.spyrales.project.ProjectDtos.ProjectView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

@Path("/projects")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projets", description = "Projets partagés sur des données ouvertes, et leurs équipes")
public class ProjectResource {
    static final String NOT_FOUND = "Projet introuvable ou supprimé";

    private final ProjectEditing editing;
    private final ProjectViews views;
    private final CurrentMember current;

    ProjectResource(ProjectEditing editing, ProjectViews views, CurrentMember current) {
        this.editing = editing;
        this.views = views;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createProject",
            summary = "Proposer un projet",
            description = "Tout membre peut proposer un projet ; il en devient le premier responsable. Il atteste que "
                    + "le projet n'utilise « " + ProjectAttestation.TEXT + " » (openDataAttestation à true) : "
                    + "l'attestation est conservée avec la version de son texte. Les jeux de données donnés dans "
                    + "datasets sont vérifiés avant : un seul refusé, et rien n'est créé.")
    @APIResponse(
            responseCode = "201",
            description = "Projet créé",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Le même jeu de données de data.gouv.fr est déclaré deux fois dans datasets")
    @APIResponse(
            responseCode = "422",
            description = "Attestation « données ouvertes » manquante, ou jeu de données refusé (datasets[i])")
    @APIResponse(responseCode = "429", description = "Trop de vérifications de jeux de données demandées")
    public Response create(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") ProjectCreate body,
            @Context UriInfo uri) {
        ProjectView created = editing.create(current.id(), body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @PartnerScope(PartnerScopes.PROJECTS_READ)
    @RolesAllowed({Roles.MEMBER, Roles.API_CLIENT})
    @Operation(
            operationId = "listProjects",
            summary = "Chercher des projets",
            description = "Recherche plein texte en français (sans accents, par préfixe, classée par pertinence) et "
                    + "filtres. Les projets archivés n'apparaissent que si status les demande.")
    public PageResponse<ProjectSummary> list(@Valid @BeanParam ProjectQuery query) {
        return views.list(query, current.id());
    }

    @GET
    @Path("/{id}")
    @PartnerScope(PartnerScopes.PROJECTS_READ)
    @RolesAllowed({Roles.MEMBER, Roles.API_CLIENT})
    @Operation(
            operationId = "getProject",
            summary = "Lire un projet, avec son équipe et son attestation",
            description = "La description est donnée en Markdown et rendue en HTML sûr (descriptionHtml).")
    @APIResponse(
            responseCode = "200",
            description = "Le projet",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public ProjectView get(@PathParam("id") UUID id) {
        return views.get(id, current.id());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "updateProject",
            summary = "Modifier un projet, ou l'archiver",
            description = "Les responsables du projet modifient tout ; les animateurs peuvent seulement l'archiver "
                    + "({\"status\": \"ARCHIVED\"}).")
    @APIResponse(
            responseCode = "200",
            description = "Projet modifié",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "403", description = "Ni responsable du projet, ni animateur qui archive")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Taille maximale inférieure à l'équipe actuelle")
    public ProjectView update(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") ProjectUpdate body) {
        return editing.update(id, viewer(), body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteProject",
            summary = "Supprimer un projet (administrateurs)",
            description =
                    "Suppression logique : le projet disparaît pour tous, qui l'a supprimé et quand est conservé.")
    @APIResponse(responseCode = "204", description = "Projet supprimé")
    @APIResponse(responseCode = "403", description = "Réservé aux administrateurs")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public void delete(@PathParam("id") UUID id) {
        editing.delete(id, viewer());
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }
}
