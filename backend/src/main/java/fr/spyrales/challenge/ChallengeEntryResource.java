package fr.spyrales.challenge;

import fr.spyrales.challenge.ChallengeAccess.Viewer;
import fr.spyrales.challenge.ChallengeDtos.CommentCreate;
import fr.spyrales.challenge.ChallengeDtos.CommentView;
import fr.spyrales.challenge.ChallengeDtos.EntryInput;
import fr.spyrales.challenge.ChallengeDtos.EntryView;
import fr.spyrales.common.PageQuery;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/challenges/{id}/entries")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "La Piscine (défis)")
public class ChallengeEntryResource {
    private static final String ENTRY_NOT_FOUND =
            "Défi ou participation introuvable, ou participation cachée jusqu'à la clôture";
    private static final String NOT_OPEN = "Le défi n'est pas ouvert (pas encore commencé, ou clos)";
    private static final String NOT_CLOSED = "Le défi n'est pas encore clos";

    private final ChallengeEntries entries;
    private final EntryReactions reactions;
    private final CurrentMember current;

    ChallengeEntryResource(ChallengeEntries entries, EntryReactions reactions, CurrentMember current) {
        this.entries = entries;
        this.reactions = reactions;
        this.current = current;
    }

    @GET
    @Path("/me")
    @Operation(operationId = "getMyChallengeEntry", summary = "Lire ma participation à un défi")
    @APIResponse(
            responseCode = "200",
            description = "Ma participation",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "404", description = "Défi introuvable, ou pas de participation de ma part")
    public EntryView mine(@PathParam("id") UUID id) {
        return entries.mine(id, current.id());
    }

    @PUT
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putMyChallengeEntry",
            summary = "Déposer ou modifier ma participation (pendant que le défi est ouvert)",
            description = "Une participation par membre et par défi : un lien https vers un notebook ou un dépôt, ou "
                    + "un court texte de ce que vous avez trouvé ; le langage utilisé ; le « vestiaire » pour un "
                    + "travail inachevé, avec ce qui vous a bloqué. Elle reste cachée aux autres jusqu'à la clôture.")
    @APIResponse(
            responseCode = "200",
            description = "Participation modifiée",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(
            responseCode = "201",
            description = "Participation déposée",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "404", description = ChallengeResource.NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_OPEN)
    public Response putMine(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") EntryInput body,
            @Context UriInfo uri) {
        ChallengeEntries.Saved saved = entries.putMine(id, current.id(), body);
        if (saved.created()) {
            return Response.created(uri.getAbsolutePath()).entity(saved.entry()).build();
        }
        return Response.ok(saved.entry()).build();
    }

    @DELETE
    @Path("/me")
    @Operation(
            operationId = "deleteMyChallengeEntry",
            summary = "Retirer ma participation (pendant que le défi est ouvert)")
    @APIResponse(responseCode = "204", description = "Participation retirée")
    @APIResponse(responseCode = "404", description = "Défi introuvable, ou pas de participation de ma part")
    @APIResponse(responseCode = "409", description = NOT_OPEN)
    public void withdrawMine(@PathParam("id") UUID id) {
        entries.withdrawMine(id, current.id());
    }

    @GET
    @Operation(
            operationId = "listChallengeEntries",
            summary = "Lister les participations",
            description = "Jusqu'à la clôture, chacun ne voit que sa propre participation, animateurs compris (« ne "
                    + "commencez pas en avance, ne copiez pas ») : le nombre total est sur le défi. Après la clôture, "
                    + "toutes, mises en avant d'abord, puis par nombre de bravos.")
    public PageResponse<EntryView> list(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return entries.list(id, current.id(), page);
    }

    @PUT
    @Path("/{entryId}/kudos")
    @Operation(
            operationId = "giveKudos",
            summary = "Donner un bravo à une participation (après la clôture)",
            description = "Un bravo par membre et par participation, jamais à la sienne ; le redonner ne change rien.")
    @APIResponse(responseCode = "204", description = "Bravo donné")
    @APIResponse(responseCode = "404", description = ENTRY_NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_CLOSED)
    @APIResponse(responseCode = "422", description = "Participation dont je suis l'auteur")
    public void giveKudos(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId) {
        reactions.giveKudos(id, entryId, current.id());
    }

    @DELETE
    @Path("/{entryId}/kudos")
    @Operation(operationId = "takeBackKudos", summary = "Reprendre mon bravo")
    @APIResponse(responseCode = "204", description = "Bravo repris (ou jamais donné)")
    @APIResponse(responseCode = "404", description = ENTRY_NOT_FOUND)
    public void takeBackKudos(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId) {
        reactions.takeBackKudos(id, entryId, current.id());
    }

    @GET
    @Path("/{entryId}/comments")
    @Operation(
            operationId = "listEntryComments",
            summary = "Lire les commentaires d'une participation",
            description = "Du plus ancien au plus récent ; les commentaires supprimés n'apparaissent pas. 404 pour "
                    + "une participation cachée jusqu'à la clôture.")
    public PageResponse<CommentView> comments(
            @PathParam("id") UUID id, @PathParam("entryId") UUID entryId, @Valid @BeanParam PageQuery page) {
        return reactions.comments(id, entryId, current.id(), page);
    }

    @POST
    @Path("/{entryId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addEntryComment",
            summary = "Commenter une participation (après la clôture)",
            description = "Des commentaires bienveillants : l'auteur de la participation en est prévenu.")
    @APIResponse(
            responseCode = "201",
            description = "Commentaire publié",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "404", description = ENTRY_NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_CLOSED)
    public Response comment(
            @PathParam("id") UUID id,
            @PathParam("entryId") UUID entryId,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") CommentCreate body,
            @Context UriInfo uri) {
        CommentView created = reactions.comment(id, entryId, current.id(), body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @DELETE
    @Path("/{entryId}/comments/{commentId}")
    @Operation(
            operationId = "deleteEntryComment",
            summary = "Supprimer un commentaire (son auteur, ou un animateur)",
            description = "Suppression logique : le commentaire disparaît, qui l'a supprimé et quand est conservé.")
    @APIResponse(responseCode = "204", description = "Commentaire supprimé")
    @APIResponse(responseCode = "403", description = "Ni l'auteur du commentaire, ni animateur")
    @APIResponse(responseCode = "404", description = "Défi, participation ou commentaire introuvable")
    public void deleteComment(
            @PathParam("id") UUID id, @PathParam("entryId") UUID entryId, @PathParam("commentId") UUID commentId) {
        reactions.deleteComment(id, entryId, commentId, viewer());
    }

    @PUT
    @Path("/{entryId}/highlight")
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(
            operationId = "highlightEntry",
            summary = "Mettre une participation en avant (animateurs, après la clôture)",
            description = "L'auteur en est prévenu ; les participations mises en avant viennent en tête de la liste.")
    @APIResponse(responseCode = "204", description = "Participation mise en avant")
    @APIResponse(responseCode = "404", description = ENTRY_NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_CLOSED)
    public void highlight(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId) {
        entries.highlight(id, entryId, viewer(), true);
    }

    @DELETE
    @Path("/{entryId}/highlight")
    @RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
    @Operation(operationId = "unhighlightEntry", summary = "Retirer la mise en avant (animateurs)")
    @APIResponse(responseCode = "204", description = "Mise en avant retirée")
    @APIResponse(responseCode = "404", description = ENTRY_NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_CLOSED)
    public void unhighlight(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId) {
        entries.highlight(id, entryId, viewer(), false);
    }

    private Viewer viewer() {
        return Viewer.of(current.id(), current::hasRole);
    }
}
