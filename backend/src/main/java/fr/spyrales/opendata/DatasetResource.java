package fr.spyrales.opendata;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.opendata.DatasetDtos.DatasetCheckResult;
import fr.spyrales.opendata.DatasetDtos.DatasetInput;
import fr.spyrales.opendata.DatasetDtos.ReviewInput;
import fr.spyrales.opendata.DatasetDtos.ReviewItem;
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

@Path("/datasets")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Jeux de données",
        description = "La vérification « données ouvertes » des jeux de données que déclarent les projets et les défis,"
                + " et la file de vérification des animateurs")
public class DatasetResource {
    static final String THROTTLED = "Trop de vérifications demandées : réessayez plus tard";

    private final OpenDataGuard guard;
    private final DatasetReviews reviews;
    private final CurrentMember current;

    DatasetResource(OpenDataGuard guard, DatasetReviews reviews, CurrentMember current) {
        this.guard = guard;
        this.reviews = reviews;
        this.current = current;
    }

    @POST
    @Path("/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "checkDataset",
            summary = "Vérifier un jeu de données avant de le déclarer",
            description = "Cherche le jeu de données sur data.gouv.fr (reference : adresse de sa page, identifiant"
                    + " ou slug) ou vérifie ce qui est dit d'un jeu publié ailleurs (title, producer, url en https,"
                    + " licence), et dit ce que la règle « données ouvertes » en pense, sans rien enregistrer :"
                    + " VERIFIED, TO_REVIEW (un·e animateur·rice vérifiera) ou REFUSED, avec la raison. Une saisie"
                    + " qui ne désigne pas un jeu de données (ni l'une ni l'autre forme, une adresse en http…) est"
                    + " une erreur 400. Le nombre de vérifications par membre est limité.")
    @APIResponse(
            responseCode = "200",
            description = "Ce que la vérification a trouvé (un refus est une réponse 200 dont verdict vaut REFUSED)",
            content = @Content(schema = @Schema(implementation = DatasetCheckResult.class)))
    @APIResponse(responseCode = "429", description = THROTTLED)
    public DatasetCheckResult check(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") DatasetInput body) {
        guard.throttle(current.id(), 1);
        DatasetCheck check = guard.check(body);
        if (check.isInvalidInput()) {
            check.unlessRefused(body.fieldOf(check));
        }
        return DatasetCheckResult.of(check);
    }

    @GET
    @Path("/reviews")
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "listDatasetReviews",
            summary = "La file des jeux de données à vérifier (animateurs)",
            description = "Les jeux de données « à vérifier », du plus ancien au plus récent, avec la raison de"
                    + " l'attente et les projets et défis qui les déclarent.")
    public PageResponse<ReviewItem> reviews(@Valid @BeanParam PageQuery page) {
        return reviews.queue(page);
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "reviewDataset",
            summary = "Confirmer ou refuser un jeu de données à vérifier (animateurs)",
            description = "CONFIRM : ce sont des données ouvertes (VERIFIED) ; REFUSE : refusé (REFUSED), avec une"
                    + " note obligatoire que les responsables liront. Les responsables des projets qui le déclarent"
                    + " sont prévenus.")
    @APIResponse(
            responseCode = "200",
            description = "Le jeu de données vérifié",
            content = @Content(schema = @Schema(implementation = DatasetView.class)))
    @APIResponse(responseCode = "409", description = "Le jeu de données n'attend pas (ou plus) de vérification")
    public DatasetView review(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") ReviewInput body) {
        return reviews.review(id, current.id(), body);
    }

    @POST
    @Path("/{id}/recheck")
    @Operation(
            operationId = "recheckDataset",
            summary = "Vérifier à nouveau un jeu de données sur data.gouv.fr",
            description = "Pour les animateurs, et pour les responsables d'un projet qui le déclare. data.gouv.fr est"
                    + " interrogé à nouveau : le jeu de données devient VERIFIED, reste TO_REVIEW (licence à lire,"
                    + " ou data.gouv.fr ne répond toujours pas) ou devient REFUSED (devenu privé, supprimé, sans"
                    + " licence ouverte). Le refus ou la confirmation d'un·e animateur·rice tient tant que la licence"
                    + " ne change pas.")
    @APIResponse(
            responseCode = "200",
            description = "Le jeu de données après la nouvelle vérification",
            content = @Content(schema = @Schema(implementation = DatasetView.class)))
    @APIResponse(responseCode = "409", description = "Jeu de données publié hors de data.gouv.fr")
    @APIResponse(responseCode = "429", description = THROTTLED)
    public DatasetView recheck(@PathParam("id") UUID id) {
        return reviews.recheck(id, current.id(), current.hasRole(Roles.ANIMATEUR) || current.hasRole(Roles.ADMIN));
    }
}
