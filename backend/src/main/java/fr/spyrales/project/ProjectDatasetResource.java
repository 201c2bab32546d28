package fr.spyrales.project;

import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.opendata.DatasetDtos.DatasetInput;
import fr.spyrales.opendata.DatasetView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/projects/{id}/datasets")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jeux de données")
public class ProjectDatasetResource {
    private final ProjectDatasets datasets;
    private final CurrentMember current;

    ProjectDatasetResource(ProjectDatasets datasets, CurrentMember current) {
        this.datasets = datasets;
        this.current = current;
    }

    @GET
    @Operation(
            operationId = "listProjectDatasets",
            summary = "Les jeux de données d'un projet",
            description = "Dans l'ordre où ils ont été ajoutés, avec l'état de leur vérification.")
    @APIResponse(
            responseCode = "200",
            description = "Les jeux de données du projet",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DatasetView.class)))
    @APIResponse(responseCode = "404", description = ProjectResource.NOT_FOUND)
    public List<DatasetView> list(@PathParam("id") UUID id) {
        return datasets.list(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addProjectDataset",
            summary = "Déclarer un jeu de données du projet (responsables)",
            description = "Le jeu de données est vérifié comme par checkDataset : refusé (422, données non ouvertes),"
                    + " rien n'est enregistré ; sinon il est déclaré VERIFIED, ou TO_REVIEW en attendant un·e"
                    + " animateur·rice (licence à lire, jeu publié hors de data.gouv.fr, ou data.gouv.fr qui ne"
                    + " répond pas). Au plus " + ProjectDatasets.MAX_DATASETS + " jeux de données par projet.")
    @APIResponse(
            responseCode = "201",
            description = "Jeu de données déclaré",
            content = @Content(schema = @Schema(implementation = DatasetView.class)))
    @APIResponse(responseCode = "403", description = "Réservé aux responsables du projet")
    @APIResponse(responseCode = "404", description = ProjectResource.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "Jeu de données de data.gouv.fr déjà déclaré, ou " + ProjectDatasets.MAX_DATASETS
                    + " jeux de données déjà déclarés")
    @APIResponse(
            responseCode = "422",
            description = "Données non ouvertes (privées, supprimées, sans licence ouverte, introuvables)")
    @APIResponse(responseCode = "429", description = "Trop de vérifications demandées : réessayez plus tard")
    public Response add(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") DatasetInput body,
            @Context UriInfo uri) {
        DatasetView added = datasets.add(id, current.id(), body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(added)
                .build();
    }

    @DELETE
    @Path("/{datasetId}")
    @Operation(operationId = "removeProjectDataset", summary = "Retirer un jeu de données du projet (responsables)")
    @APIResponse(responseCode = "204", description = "Jeu de données retiré")
    @APIResponse(responseCode = "403", description = "Réservé aux responsables du projet")
    @APIResponse(responseCode = "404", description = "Projet introuvable, ou jeu de données qu'il ne déclare pas")
    public void remove(@PathParam("id") UUID id, @PathParam("datasetId") UUID datasetId) {
        datasets.remove(id, datasetId, current.id());
    }
}
