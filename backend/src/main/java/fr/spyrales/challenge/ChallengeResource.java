package fr.spyrales.challenge;

import fr.spyrales.challenge.ChallengeAccess.Viewer;
import fr.spyrales.challenge.ChallengeDtos.ChallengeCreate;
import fr.spyrales.challenge.ChallengeDtos.ChallengeSummary;
import fr.spyrales.challenge.ChallengeDtos.ChallengeUpdate;
import fr.spyrales.challenge.ChallengeDtos.ChallengeView;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
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

@Path("/challenges")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "La Piscine (défis)",
        description = "Le défi de la semaine : une consigne sur un jeu de données ouvert, des participations cachées "
                + "jusqu'à la clôture, puis bravos et commentaires")
public class ChallengeResource {
    static final String NOT_FOUND = "Défi introuvable ou supprimé";

    private final ChallengeEditing editing;
    private final ChallengeViews views;
    private final CurrentMember current;

    ChallengeResource(ChallengeEditing editing, ChallengeViews views, CurrentMember current) {
        this.editing = editing;
        this.views = views;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "createChallenge",
            summary = "Publier un défi (animateurs)",
            description = "La consigne s'écrit en Markdown ; les dates d'ouverture et de clôture avec leur décalage "
                    + "horaire (heure de Paris). Réservé aux animateurs et administrateurs.")
    @APIResponse(
            responseCode = "201",
            description = "Défi publié",
            content = @Content(schema = @Schema(implementation = ChallengeView.class)))
    @APIResponse(responseCode = "422", description = "Clôture avant l'ouverture, ou déjà passée")
    public Response create(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") ChallengeCreate body,
            @Context UriInfo uri) {
        ChallengeView created = editing.create(viewer(), body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(
            operationId = "listChallenges",
            summary = "Lister les défis : en cours, à venir ou passés",
            description = "Les défis passés restent en ligne : c'est la bibliothèque d'exercices. Le nombre de "
                    + "participations est donné pour chacun.")
    public PageResponse<ChallengeSummary> list(@Valid @BeanParam ChallengeQuery query) {
        return views.list(query, current.id());
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getChallenge",
            summary = "Lire un défi",
            description = "La consigne est donnée en Markdown et rendue en HTML sûr (taskHtml), avec le nombre de "
                    + "participations (les participations elles-mêmes restent cachées jusqu'à la clôture).")
    @APIResponse(
            responseCode = "200",
            description = "Le défi",
            content = @Content(schema = @Schema(implementation = ChallengeView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public ChallengeView get(@PathParam("id") UUID id) {
        return views.get(id, current.id());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "updateChallenge",
            summary = "Modifier un défi (animateurs)",
            description = "Tout animateur peut modifier un défi, à tout moment ; la clôture vient toujours après "
                    + "l'ouverture.")
    @APIResponse(
            responseCode = "200",
            description = "Défi modifié",
            content = @Content(schema = @Schema(implementation = ChallengeView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "422", description = "Clôture avant l'ouverture")
    public ChallengeView update(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") ChallengeUpdate body) {
        return editing.update(id, viewer(), body);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "deleteChallenge",
            summary = "Annuler un défi (animateurs avant l'ouverture, administrateurs à tout moment)",
            description = "Suppression logique : le défi disparaît pour tous, qui l'a supprimé et quand est conservé.")
    @APIResponse(responseCode = "204", description = "Défi supprimé")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Défi déjà ouvert : seuls les administrateurs le suppriment")
    public void delete(@PathParam("id") UUID id) {
        editing.delete(id, viewer());
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }
}
