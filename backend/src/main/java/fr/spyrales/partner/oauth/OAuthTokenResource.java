package fr.spyrales.partner.oauth;

import fr.spyrales.partner.oauth.OAuthDtos.ErrorResponse;
import fr.spyrales.partner.oauth.OAuthDtos.TokenResponse;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OAuth 2.0 token endpoint of partner clients (client credentials grant). */
@Path("/oauth/token")
@PermitAll
@Tag(name = "Clients partenaires", description = "Les applications d'autres administrations (administrateurs)")
public class OAuthTokenResource {
    private final PartnerTokenService tokens;

    OAuthTokenResource(PartnerTokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getPartnerToken",
            summary = "Obtenir un jeton d'accès de client partenaire (OAuth 2.0, client credentials)",
            description = "RFC 6749 §4.4 : grant_type=client_credentials ; le client s'authentifie par l'en-tête"
                    + " Authorization: Basic (identifiant et secret) ou par les champs client_id et client_secret."
                    + " scope (facultatif) restreint les portées du jeton à une partie de celles du client. Les refus"
                    + " suivent RFC 6749 §5.2 (application/json, champ error), pas le format problem+json.")
    @APIResponse(
            responseCode = "200",
            description = "Le jeton d'accès (RS256, 10 minutes par défaut)",
            headers =
                    @Header(
                            name = "Cache-Control",
                            description = "no-store",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "invalid_request (paramètre manquant ou en double), unsupported_grant_type ou invalid_scope"
                    + " (portée inconnue ou non accordée au client)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(
            responseCode = "401",
            description = "invalid_client : identifiant ou secret incorrect, client révoqué ou expiré, adresse IP non"
                    + " autorisée",
            headers =
                    @Header(
                            name = "WWW-Authenticate",
                            description = "Basic realm=\"spyrales\"",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ErrorResponse.class)))
    public Response token(
            @FormParam("grant_type") @Parameter(description = "client_credentials") String grantType,
            @FormParam("scope") String scope,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret,
            @HeaderParam("Authorization") @Parameter(hidden = true) String authorization,
            @Context HttpServerRequest http) {
        String address =
                http.remoteAddress() == null ? "" : http.remoteAddress().hostAddress();
        TokenResponse token = tokens.token(
                new PartnerTokenService.Request(grantType, scope, clientId, clientSecret, authorization, address));
        return Response.ok(token)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .build();
    }
}
