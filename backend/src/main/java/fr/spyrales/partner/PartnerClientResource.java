package fr.spyrales.partner;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.CurrentMember;
import fr.spyrales.common.security.Roles;
import fr.spyrales.partner.PartnerDtos.ChangeView;
import fr.spyrales.partner.PartnerDtos.PartnerClientCreate;
import fr.spyrales.partner.PartnerDtos.PartnerClientUpdate;
import fr.spyrales.partner.PartnerDtos.PartnerClientView;
import fr.spyrales.partner.PartnerDtos.PartnerClientWithSecret;
import fr.spyrales.partner.PartnerDtos.SecretRotation;
import fr.spyrales.partner.PartnerDtos.Usage;
import fr.spyrales.partner.webhook.WebhookDtos.FollowedWebhooks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

/** Administrators register the other administrations' applications and follow their use. */
@Path("/partner-clients")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients partenaires", description = "Les applications d'autres administrations (administrateurs)")
public class PartnerClientResource {
    static final String BODY_REQUIRED = "Le corps de la requête est obligatoire.";
    static final String NOT_FOUND = "Client partenaire inconnu";

    private final PartnerClientService service;
    private final CurrentMember current;

    PartnerClientResource(PartnerClientService service, CurrentMember current) {
        this.service = service;
        this.current = current;
    }

    @GET
    @Operation(operationId = "listPartnerClients", summary = "Lister les clients partenaires (administrateurs)")
    public PageResponse<PartnerClientView> list(@Valid @BeanParam PageQuery page) {
        return service.list(page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createPartnerClient",
            summary = "Enregistrer un client partenaire (administrateurs)",
            description = "La réponse porte le secret du client, une seule fois : il n'est conservé que haché.")
    @APIResponse(
            responseCode = "201",
            description = "Client enregistré, avec son secret",
            content = @Content(schema = @Schema(implementation = PartnerClientWithSecret.class)))
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) PartnerClientCreate body, @Context UriInfo uri) {
        PartnerClientWithSecret created = service.create(body, current.id());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.clientId()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartnerClient", summary = "Lire un client partenaire (administrateurs)")
    @APIResponse(
            responseCode = "200",
            description = "Le client, sans son secret",
            content = @Content(schema = @Schema(implementation = PartnerClientView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PartnerClientView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updatePartnerClient", summary = "Modifier un client partenaire (administrateurs)")
    @APIResponse(
            responseCode = "200",
            description = "Le client modifié",
            content = @Content(schema = @Schema(implementation = PartnerClientView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Client révoqué")
    public PartnerClientView update(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) PartnerClientUpdate body) {
        return service.update(id, body, current.id());
    }

    @POST
    @Path("/{id}/secret/rotate")
    @Operation(
            operationId = "rotatePartnerClientSecret",
            summary = "Renouveler le secret d'un client partenaire (administrateurs)",
            description = "Le nouveau secret est montré une seule fois ; l'ancien reste accepté pendant le délai de"
                    + " grâce (24 h par défaut), jusqu'à previousSecretValidUntil.")
    @APIResponse(
            responseCode = "200",
            description = "Le nouveau secret",
            content = @Content(schema = @Schema(implementation = SecretRotation.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Client révoqué")
    public SecretRotation rotate(@PathParam("id") UUID id) {
        return service.rotate(id, current.id());
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(
            operationId = "revokePartnerClient",
            summary = "Révoquer un client partenaire (administrateurs)",
            description = "Définitif : plus aucun jeton, et ceux déjà délivrés sont refusés dès leur prochain appel.")
    @APIResponse(
            responseCode = "200",
            description = "Le client révoqué",
            content = @Content(schema = @Schema(implementation = PartnerClientView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PartnerClientView revoke(@PathParam("id") UUID id) {
        return service.revoke(id, current.id());
    }

    @GET
    @Path("/{id}/changes")
    @Operation(
            operationId = "listPartnerClientChanges",
            summary = "Historique des changements d'un client partenaire (administrateurs)")
    @APIResponse(responseCode = "200", description = "Les changements, du plus récent au plus ancien")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PageResponse<ChangeView> changes(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return service.changes(id, page);
    }

    @GET
    @Path("/{id}/usage")
    @Operation(
            operationId = "getPartnerClientUsage",
            summary = "Usage d'un client partenaire sur 30 jours (administrateurs)",
            description = "Par jour (UTC) : appels, erreurs (4xx et 5xx) et refus pour dépassement de la limite.")
    @APIResponse(
            responseCode = "200",
            description = "L'usage jour par jour",
            content = @Content(schema = @Schema(implementation = Usage.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Usage usage(@PathParam("id") UUID id) {
        return service.usage(id);
    }

    @GET
    @Path("/{id}/webhooks")
    @Operation(
            operationId = "listPartnerClientWebhooks",
            summary = "Points de réception des webhooks d'un client partenaire (administrateurs)",
            description = "Lecture seule : chaque point (adresse, types d'événements, actif ou désactivé et pourquoi,"
                    + " échecs d'affilée, dernier envoi) et les 20 derniers envois du client.")
    @APIResponse(
            responseCode = "200",
            description = "Les points de réception et les derniers envois",
            content = @Content(schema = @Schema(implementation = FollowedWebhooks.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public FollowedWebhooks webhooks(@PathParam("id") UUID id) {
        return service.webhooks(id);
    }
}
