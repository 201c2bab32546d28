package fr.spyrales.partner.webhook;

import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.security.Roles;
import fr.spyrales.partner.CurrentClient;
import fr.spyrales.partner.PartnerScope;
import fr.spyrales.partner.webhook.WebhookDtos.DeliveryView;
import fr.spyrales.partner.webhook.WebhookDtos.EndpointCreate;
import fr.spyrales.partner.webhook.WebhookDtos.EndpointCreated;
import fr.spyrales.partner.webhook.WebhookDtos.EndpointUpdate;
import fr.spyrales.partner.webhook.WebhookDtos.EndpointView;
import fr.spyrales.partner.webhook.WebhookDtos.EventTypeView;
import fr.spyrales.partner.webhook.WebhookDtos.SecretView;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A partner client's webhooks: its own endpoints only, whatever its scopes (those filter what each one receives). */
@Path("/partner/webhooks")
@RolesAllowed(Roles.API_CLIENT)
@PartnerScope({})
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Webhooks partenaires",
        description = "Abonnements d'un client partenaire aux événements de la communauté, signés selon Standard"
                + " Webhooks (en-têtes webhook-id, webhook-timestamp, webhook-signature)")
public class WebhookResource {
    static final String BODY_REQUIRED = "Le corps de la requête est obligatoire.";

    private final WebhookEndpoints service;
    private final CurrentClient current;

    WebhookResource(WebhookEndpoints service, CurrentClient current) {
        this.service = service;
        this.current = current;
    }

    private WebhookEndpoints.Client client() {
        return new WebhookEndpoints.Client(
                current.id().orElseThrow(() -> new IllegalStateException("No partner client")), current.scopes());
    }

    @GET
    @Path("/event-types")
    @Operation(
            operationId = "listWebhookEventTypes",
            summary = "Les types d'événements auxquels s'abonner",
            description = "Chacun avec le scope que le client doit avoir pour le recevoir.")
    @APIResponse(
            responseCode = "200",
            description = "Le catalogue",
            content = @Content(schema = @Schema(implementation = EventTypeView.class, type = SchemaType.ARRAY)))
    public List<EventTypeView> eventTypes() {
        return service.eventTypes();
    }

    @GET
    @Operation(operationId = "listWebhookEndpoints", summary = "Les points de réception du client")
    public PageResponse<EndpointView> list(@Valid @BeanParam PageQuery page) {
        return service.list(client(), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhookEndpoint",
            summary = "Abonner un point de réception",
            description = "L'adresse doit être en https et ne mener qu'à des adresses IP publiques (vérifié ici et à"
                    + " chaque envoi). Chaque type demande le scope indiqué par listWebhookEventTypes. La réponse porte"
                    + " le secret de signature (whsec_…), affiché cette seule fois.")
    @APIResponse(
            responseCode = "201",
            description = "Point créé, avec son secret",
            content = @Content(schema = @Schema(implementation = EndpointCreated.class)))
    @APIResponse(responseCode = "422", description = "Nombre maximal de points de réception atteint")
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) EndpointCreate body, @Context UriInfo uri) {
        EndpointCreated created = service.create(client(), body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.endpoint().id().toString())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookEndpoint", summary = "Lire un point de réception")
    @APIResponse(
            responseCode = "200",
            description = "Le point de réception",
            content = @Content(schema = @Schema(implementation = EndpointView.class)))
    @APIResponse(responseCode = "404", description = WebhookEndpoints.NOT_FOUND)
    public EndpointView get(@PathParam("id") UUID id) {
        return service.get(client(), id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "updateWebhookEndpoint",
            summary = "Modifier un point de réception",
            description = "enabled: true réactive un point que Spyrales a désactivé après des échecs répétés.")
    @APIResponse(
            responseCode = "200",
            description = "Point modifié",
            content = @Content(schema = @Schema(implementation = EndpointView.class)))
    @APIResponse(responseCode = "404", description = WebhookEndpoints.NOT_FOUND)
    public EndpointView update(@PathParam("id") UUID id, @Valid @NotNull(message = BODY_REQUIRED) EndpointUpdate body) {
        return service.update(client(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteWebhookEndpoint",
            summary = "Supprimer un point de réception",
            description = "Avec ses envois et leurs tentatives.")
    @APIResponse(responseCode = "204", description = "Point supprimé")
    @APIResponse(responseCode = "404", description = WebhookEndpoints.NOT_FOUND)
    public void delete(@PathParam("id") UUID id) {
        service.delete(client(), id);
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Changer le secret de signature",
            description = "Le nouveau secret remplace l'ancien aussitôt ; il est affiché cette seule fois.")
    @APIResponse(
            responseCode = "200",
            description = "Le nouveau secret",
            content = @Content(schema = @Schema(implementation = SecretView.class)))
    @APIResponse(responseCode = "404", description = WebhookEndpoints.NOT_FOUND)
    public SecretView rotateSecret(@PathParam("id") UUID id) {
        return service.rotateSecret(client(), id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "Les envois d'un point de réception",
            description = "Les plus récents d'abord, avec leurs tentatives (code HTTP, durée, erreur). 404 si le"
                    + " point de réception n'est pas celui du client.")
    public PageResponse<DeliveryView> deliveries(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return service.deliveries(client(), id, page);
    }

    @GET
    @Path("/{id}/deliveries/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "Lire un envoi et ses tentatives")
    @APIResponse(
            responseCode = "200",
            description = "L'envoi",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "Point de réception ou envoi introuvable")
    public DeliveryView delivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return service.delivery(client(), id, deliveryId);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Operation(
            operationId = "replayWebhookDelivery",
            summary = "Rejouer un envoi",
            description = "Un nouvel envoi du même message (même webhook-id), dû aussitôt, signé avec le secret du"
                    + " moment.")
    @APIResponse(
            responseCode = "201",
            description = "Le nouvel envoi",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "Point de réception ou envoi introuvable")
    @APIResponse(responseCode = "409", description = "Point de réception désactivé")
    public Response replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId, @Context UriInfo uri) {
        DeliveryView replay = service.replay(client(), id, deliveryId);
        return Response.created(uri.getBaseUriBuilder()
                        .path("partner/webhooks/{id}/deliveries/{deliveryId}")
                        .build(id, replay.id()))
                .entity(replay)
                .build();
    }
}
