package fr.spyrales.auth;

import fr.spyrales.auth.AuthDtos.MessageResponse;
import fr.spyrales.auth.AuthDtos.ProConnectLinkMailRequest;
import fr.spyrales.auth.AuthDtos.ProConnectMailedLinkRequest;
import fr.spyrales.auth.AuthDtos.TokenResponse;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Linking an existing account to ProConnect by a mailed link, for the agent who has not (or no longer) the
 * account's password. HTTP only: the rules are in {@link ProConnectMailLink}.
 */
@Path("/auth/proconnect/link/mail")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comptes", description = "Inscription, confirmation de l'adresse, sessions et mot de passe")
public class ProConnectLinkMailResource {
    static final String SENT = "Un lien vient d'être envoyé à l'adresse e-mail de votre compte Spyrales (celle que "
            + "ProConnect a transmise). Ouvrez-le pour lier votre compte et vous connecter.";

    private final ProConnectMailLink mailLink;
    private final AuthConfig config;

    ProConnectLinkMailResource(ProConnectMailLink mailLink, AuthConfig config) {
        this.mailLink = mailLink;
        this.config = config;
    }

    @POST
    @Operation(
            operationId = "sendProConnectLinkMail",
            summary = "Recevoir par e-mail un lien pour lier son identité ProConnect à son compte existant",
            description = "Pour l'agent qui n'a pas (ou plus) le mot de passe du compte Spyrales à l'adresse donnée "
                    + "par ProConnect : un lien à usage unique, valable 30 minutes, est envoyé à cette adresse. Il "
                    + "remplace les liens envoyés avant ; la demande de liaison est gardée aussi longtemps.")
    @APIResponse(
            responseCode = "202",
            description = "Lien envoyé",
            content = @Content(schema = @Schema(implementation = MessageResponse.class)))
    @APIResponse(responseCode = "400", description = "Jeton de liaison invalide, déjà utilisé ou expiré")
    @APIResponse(responseCode = "404", description = "La connexion avec ProConnect n'est pas activée sur ce site")
    @APIResponse(responseCode = "429", description = "Trop de demandes")
    public Response send(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") ProConnectLinkMailRequest body,
            @Context HttpServerRequest http) {
        mailLink.send(body.token(), AuthResource.clientIp(http));
        return Response.accepted(new MessageResponse(SENT)).build();
    }

    @POST
    @Path("/confirm")
    @Operation(
            operationId = "confirmProConnectLinkByMail",
            summary = "Lier son identité ProConnect à son compte existant avec le lien reçu par e-mail",
            description = "Le lien sert une fois ; la demande de liaison dont il vient doit être encore valable. La "
                    + "session s'ouvre comme après une connexion ; ensuite, ProConnect suffit pour se connecter.")
    @APIResponse(
            responseCode = "200",
            description = "Compte lié, connecté",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Lien invalide, déjà utilisé ou expiré, ou demande de liaison expirée")
    @APIResponse(responseCode = "404", description = "La connexion avec ProConnect n'est pas activée sur ce site")
    @APIResponse(responseCode = "403", description = "Compte suspendu par les administrateurs")
    @APIResponse(responseCode = "409", description = "Cette identité ProConnect est déjà liée à un autre compte")
    public Response confirm(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") ProConnectMailedLinkRequest body) {
        TokenResponse tokens = mailLink.confirm(body.token());
        return AuthResource.sessionResponse(tokens, Boolean.TRUE.equals(body.useCookie()), config);
    }
}
