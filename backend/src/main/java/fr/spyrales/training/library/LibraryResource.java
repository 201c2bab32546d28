package fr.spyrales.training.library;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.Problem;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.partner.CurrentClient;
import fr.spyrales.partner.PartnerScope;
import fr.spyrales.partner.PartnerScopes;
import fr.spyrales.training.library.LibraryAccess.Viewer;
import fr.spyrales.training.library.LibraryDtos.ModerationReason;
import fr.spyrales.training.library.LibraryDtos.RatingInput;
import fr.spyrales.training.library.LibraryDtos.RatingView;
import fr.spyrales.training.library.LibraryDtos.ResourceInput;
import fr.spyrales.training.library.LibraryDtos.ResourceProposal;
import fr.spyrales.training.library.LibraryDtos.ResourceSearchPage;
import fr.spyrales.training.library.LibraryDtos.ResourceUpdate;
import fr.spyrales.training.library.LibraryDtos.ResourceView;
import fr.spyrales.training.library.LibraryDtos.UrlCheck;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/resources")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Bibliothèque",
        description = "Ressources de formation proposées par les membres et relues par les animateurs")
public class LibraryResource {
    static final String NOT_FOUND = "Ressource introuvable, ou proposée par un autre membre et pas encore publiée";

    private final ResourceEditing editing;
    private final ResourceModeration moderation;
    private final ResourceViews views;
    private final ResourceRatings ratings;
    private final ResourceMarks marks;
    private final CurrentMember current;
    private final CurrentClient client;

    LibraryResource(
            ResourceEditing editing,
            ResourceModeration moderation,
            ResourceViews views,
            ResourceRatings ratings,
            ResourceMarks marks,
            CurrentMember current,
            CurrentClient client) {
        this.editing = editing;
        this.moderation = moderation;
        this.views = views;
        this.ratings = ratings;
        this.marks = marks;
        this.current = current;
        this.client = client;
    }

    @GET
    @PartnerScope(PartnerScopes.RESOURCES_READ)
    @RolesAllowed({Roles.MEMBER, Roles.API_CLIENT})
    @Operation(
            operationId = "searchResources",
            summary = "Chercher dans la bibliothèque",
            description = "Les ressources publiées, par recherche plein texte en français (sans accents, par début de"
                    + " mot, le titre compte plus que les thèmes, qui comptent plus que la description) et filtres."
                    + " Les valeurs répétées d'un filtre s'ajoutent (ou), les filtres se combinent (et). Les facettes"
                    + " comptent, pour chaque valeur d'un filtre, les ressources trouvées avec la recherche et les"
                    + " autres filtres.")
    @APIResponse(
            responseCode = "200",
            description = "Une page de ressources et les facettes",
            content = @Content(schema = @Schema(implementation = ResourceSearchPage.class)))
    public ResourceSearchPage search(@Valid @BeanParam ResourceQuery query) {
        return views.search(query, viewer());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PartnerScope(PartnerScopes.RESOURCES_WRITE)
    @RolesAllowed({Roles.MEMBER, Roles.API_CLIENT})
    @Operation(
            operationId = "proposeResource",
            summary = "Proposer une ressource",
            description = "Une proposition d'un membre attend la relecture d'un animateur (PROPOSED) ; celle d'un"
                    + " animateur ou d'un administrateur est publiée aussitôt. Une adresse n'est qu'une fois dans la"
                    + " bibliothèque (comparée sans paramètres de suivi, fragment, barre finale ni port par défaut).")
    @APIResponse(
            responseCode = "201",
            description = "Ressource proposée (ou publiée)",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Cette adresse est déjà dans la bibliothèque : la ressource est nommée et existingResourceId"
                    + " la désigne quand je peux la voir",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = LibraryDtos.DuplicateProblem.class)))
    public Response propose(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") ResourceInput body,
            @Context UriInfo uri) {
        ResourceView created = editing.propose(viewer(), body, client.id().orElse(null));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/url-check")
    @Operation(
            operationId = "checkResourceUrl",
            summary = "Vérifier si une adresse est déjà dans la bibliothèque",
            description = "Pour dire dès la saisie que la ressource existe déjà. Rien n'est enregistré.")
    @APIResponse(
            responseCode = "200",
            description = "L'adresse normalisée et la ressource qui l'a déjà, s'il y en a une",
            content = @Content(schema = @Schema(implementation = UrlCheck.class)))
    public UrlCheck checkUrl(
            @QueryParam("url")
                    @Size(max = 2000, message = "L'adresse ne doit pas dépasser 2 000 caractères.")
                    @Parameter(
                            required = true,
                            description = "L'adresse à vérifier.",
                            example = "https://www.insee.fr/fr/information/2409876")
                    String url) {
        return views.checkUrl(url, viewer());
    }

    @GET
    @Path("/proposals")
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "listResourceProposals",
            summary = "Les propositions à relire (animateurs)",
            description = "Les ressources proposées qui attendent une relecture, les plus anciennes d'abord.")
    @APIResponse(responseCode = "200", description = "Une page de propositions")
    @APIResponse(responseCode = "403", description = "Réservé aux animateurs et administrateurs")
    public PageResponse<ResourceProposal> proposals(@Valid @BeanParam PageQuery page) {
        return views.proposals(page, viewer());
    }

    @GET
    @Path("/{id}")
    @PartnerScope(PartnerScopes.RESOURCES_READ)
    @RolesAllowed({Roles.MEMBER, Roles.API_CLIENT})
    @Operation(
            operationId = "getResource",
            summary = "Lire une ressource",
            description = "Une ressource publiée ou retirée est visible de tous les membres ; une ressource proposée"
                    + " ou refusée, de la personne qui l'a proposée et des animateurs seulement.")
    @APIResponse(
            responseCode = "200",
            description = "La ressource",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public ResourceView get(@PathParam("id") UUID id) {
        return views.get(id, viewer());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "updateResource",
            summary = "Modifier une ressource",
            description = "La personne qui l'a proposée la modifie tant qu'elle est proposée ou refusée (une ressource"
                    + " refusée puis modifiée repart en relecture) ; les animateurs toujours.")
    @APIResponse(
            responseCode = "200",
            description = "Ressource modifiée",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(
            responseCode = "403",
            description = "Ni la personne qui l'a proposée (avant publication), ni animateur")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "La nouvelle adresse est déjà dans la bibliothèque",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = LibraryDtos.DuplicateProblem.class)))
    public ResourceView update(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") ResourceUpdate body) {
        return editing.update(id, viewer(), body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteResource",
            summary = "Supprimer une ressource jamais publiée",
            description = "La personne qui l'a proposée ou un animateur supprime une ressource proposée ou refusée."
                    + " Une ressource qui a été publiée ne se supprime pas : on la retire.")
    @APIResponse(responseCode = "204", description = "Ressource supprimée")
    @APIResponse(responseCode = "403", description = "Ni la personne qui l'a proposée, ni animateur")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "La ressource a été publiée : retirez-la plutôt")
    public void delete(@PathParam("id") UUID id) {
        editing.delete(id, viewer());
    }

    @POST
    @Path("/{id}/publish")
    @Operation(
            operationId = "publishResource",
            summary = "Publier une ressource (animateurs)",
            description = "Depuis l'état proposé, ou retiré pour la remettre en ligne. Personne ne publie sa propre"
                    + " proposition. La personne qui l'a proposée est prévenue.")
    @APIResponse(
            responseCode = "200",
            description = "Ressource publiée",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "403", description = "Réservé aux animateurs, et jamais pour sa propre proposition")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Ni proposée, ni retirée")
    public ResourceView publish(@PathParam("id") UUID id) {
        return moderation.publish(id, viewer());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "rejectResource",
            summary = "Refuser une proposition (animateurs)",
            description = "Avec un motif, montré à la personne qui l'a proposée, qui est prévenue. Elle peut la"
                    + " modifier pour la proposer de nouveau.")
    @APIResponse(
            responseCode = "200",
            description = "Proposition refusée",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "403", description = "Réservé aux animateurs")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "La ressource n'est pas en attente de relecture")
    public ResourceView reject(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") ModerationReason body) {
        return moderation.reject(id, viewer(), body.reason());
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "withdrawResource",
            summary = "Retirer une ressource publiée (animateurs)",
            description = "Elle sort des recherches mais reste lisible (marquée retirée), dans les listes et les"
                    + " parcours qui la contiennent.")
    @APIResponse(
            responseCode = "200",
            description = "Ressource retirée",
            content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "403", description = "Réservé aux animateurs")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "La ressource n'est pas publiée")
    public ResourceView withdraw(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") ModerationReason body) {
        return moderation.withdraw(id, viewer(), body.reason());
    }

    @GET
    @Path("/{id}/ratings")
    @Operation(
            operationId = "listResourceRatings",
            summary = "Les notes d'une ressource",
            description = "Les plus récentes d'abord.")
    @APIResponse(responseCode = "200", description = "Une page de notes")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PageResponse<RatingView> listRatings(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return ratings.list(id, page, viewer());
    }

    @PUT
    @Path("/{id}/ratings/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "rateResource",
            summary = "Noter une ressource (ou changer ma note)",
            description = "Une note par membre, de 1 à 5 étoiles, avec un commentaire facultatif ; seulement pour une"
                    + " ressource publiée.")
    @APIResponse(
            responseCode = "200",
            description = "Ma note",
            content = @Content(schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "La ressource n'est pas publiée")
    public RatingView rate(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") RatingInput body) {
        return ratings.rate(id, viewer(), body);
    }

    @DELETE
    @Path("/{id}/ratings/me")
    @Operation(operationId = "deleteMyResourceRating", summary = "Retirer ma note")
    @APIResponse(responseCode = "204", description = "Note retirée (ou aucune note)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public void deleteMyRating(@PathParam("id") UUID id) {
        ratings.deleteMine(id, viewer());
    }

    @PUT
    @Path("/{id}/bookmark")
    @Operation(operationId = "bookmarkResource", summary = "Ajouter à ma liste")
    @APIResponse(responseCode = "204", description = "Dans ma liste")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "La ressource n'est pas publiée")
    public void bookmark(@PathParam("id") UUID id) {
        marks.bookmark(id, viewer());
    }

    @DELETE
    @Path("/{id}/bookmark")
    @Operation(operationId = "unbookmarkResource", summary = "Retirer de ma liste")
    @APIResponse(responseCode = "204", description = "Plus dans ma liste")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public void unbookmark(@PathParam("id") UUID id) {
        marks.unbookmark(id, viewer());
    }

    @PUT
    @Path("/{id}/done")
    @Operation(operationId = "markResourceDone", summary = "Marquer la ressource terminée")
    @APIResponse(responseCode = "204", description = "Marquée terminée")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "La ressource n'a jamais été publiée")
    public void markDone(@PathParam("id") UUID id) {
        marks.markDone(id, viewer());
    }

    @DELETE
    @Path("/{id}/done")
    @Operation(operationId = "unmarkResourceDone", summary = "Ne plus marquer la ressource terminée")
    @APIResponse(responseCode = "204", description = "Plus marquée terminée")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public void unmarkDone(@PathParam("id") UUID id) {
        marks.unmarkDone(id, viewer());
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }
}
