package fr.spyrales.tchap;

import fr.spyrales.common.security.Roles;
import fr.spyrales.tchap.TchapDtos.TchapRoomInput;
import fr.spyrales.tchap.TchapDtos.TchapRoomView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/tchap/rooms")
@RolesAllowed({Roles.ANIMATEUR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Tchap",
        description = "Les salons Tchap où la plateforme annonce les nouveautés de la communauté (animateurs)")
public class TchapResource {
    static final String NOT_FOUND = "Salon introuvable";
    static final String ANIMATEURS_ONLY = "Réservé aux animateurs et aux administrateurs";
    static final String BODY_REQUIRED = "Le corps de la requête est obligatoire.";

    private final TchapRooms rooms;

    TchapResource(TchapRooms rooms) {
        this.rooms = rooms;
    }

    @GET
    @Operation(
            operationId = "listTchapRooms",
            summary = "Lister les salons Tchap configurés",
            description = "Chaque salon avec les nouvelles qu'il reçoit et l'état de ses annonces (en attente,"
                    + " publiées, abandonnées, dernier échec). Les jetons ne sont jamais renvoyés.")
    @APIResponse(
            responseCode = "200",
            description = "Les salons, par nom",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TchapRoomView.class)))
    @APIResponse(responseCode = "403", description = ANIMATEURS_ONLY)
    public List<TchapRoomView> list() {
        return rooms.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createTchapRoom",
            summary = "Ajouter un salon Tchap",
            description = "Le serveur en https, l'identifiant du salon (!abc:agent.tchap.gouv.fr), le jeton du compte"
                    + " robot membre du salon (conservé chiffré) ou la variable d'environnement qui le contient, et"
                    + " les nouvelles à y annoncer.")
    @APIResponse(
            responseCode = "201",
            description = "Salon ajouté",
            content = @Content(schema = @Schema(implementation = TchapRoomView.class)))
    @APIResponse(responseCode = "403", description = ANIMATEURS_ONLY)
    @APIResponse(responseCode = "409", description = "Ce salon est déjà configuré")
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) TchapRoomInput body, @Context UriInfo uri) {
        TchapRoomView created = rooms.create(body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTchapRoom", summary = "Lire un salon Tchap")
    @APIResponse(
            responseCode = "200",
            description = "Le salon",
            content = @Content(schema = @Schema(implementation = TchapRoomView.class)))
    @APIResponse(responseCode = "403", description = ANIMATEURS_ONLY)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public TchapRoomView get(@PathParam("id") UUID id) {
        return rooms.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateTchapRoom",
            summary = "Modifier un salon Tchap",
            description = "Remplace la configuration du salon. Sans accessToken ni tokenEnvironmentVariable, le jeton"
                    + " déjà enregistré est gardé.")
    @APIResponse(
            responseCode = "200",
            description = "Le salon modifié",
            content = @Content(schema = @Schema(implementation = TchapRoomView.class)))
    @APIResponse(responseCode = "403", description = ANIMATEURS_ONLY)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Ce salon est déjà configuré")
    public TchapRoomView update(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) TchapRoomInput body) {
        return rooms.update(id, body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteTchapRoom",
            summary = "Retirer un salon Tchap",
            description = "Le salon ne reçoit plus rien ; ses annonces en attente sont abandonnées.")
    @APIResponse(responseCode = "204", description = "Salon retiré")
    @APIResponse(responseCode = "403", description = ANIMATEURS_ONLY)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public void delete(@PathParam("id") UUID id) {
        rooms.delete(id);
    }

    @POST
    @Path("/{id}/test")
    @Operation(
            operationId = "sendTchapTestNotice",
            summary = "Envoyer un message de test dans un salon",
            description = "Met en file un message de test, publié comme toute annonce dans les secondes qui suivent ;"
                    + " son résultat apparaît dans l'état des annonces du salon.")
    @APIResponse(
            responseCode = "202",
            description = "Message de test mis en file",
            content = @Content(schema = @Schema(implementation = TchapRoomView.class)))
    @APIResponse(responseCode = "403", description = ANIMATEURS_ONLY)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response test(@PathParam("id") UUID id) {
        return Response.accepted(rooms.queueTest(id)).build();
    }
}
