package fr.spyrales.auth;

import fr.spyrales.auth.AuthDtos.ProConnectLinkRequest;
import fr.spyrales.auth.AuthDtos.TokenResponse;
import fr.spyrales.auth.ProConnectFailure.Reason;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.common.PublicUrl;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Sign-in with ProConnect: the browser is sent to ProConnect, comes back to the callback, and is sent on to the
 * front end (« Mon espace », the page that links an existing account, or the login page with the reason of a
 * failure). HTTP only: the protocol is quarkus-oidc's ({@link ProConnectFlow}), the rules are in
 * {@link ProConnectService}.
 */
@Path("/auth/proconnect")
@PermitAll
@Tag(name = "Comptes", description = "Inscription, confirmation de l'adresse, sessions et mot de passe")
public class ProConnectResource {
    private static final Logger LOG = Logger.getLogger(ProConnectResource.class);

    private final ProConnectService proConnect;
    private final ProConnectFlow flow;
    private final AuthConfig config;
    private final PublicUrl publicUrl;

    ProConnectResource(ProConnectService proConnect, ProConnectFlow flow, AuthConfig config, PublicUrl publicUrl) {
        this.proConnect = proConnect;
        this.flow = flow;
        this.config = config;
        this.publicUrl = publicUrl;
    }

    @GET
    @Path("/start")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "startProConnectLogin",
            summary = "Se connecter avec ProConnect",
            description =
                    "Page ouverte par le navigateur (bouton « S'identifier avec ProConnect ») : renvoie vers "
                            + "ProConnect avec state et nonce ; ils sont aussi gardés, chiffrés, dans un cookie HttpOnly de quelques minutes.")
    @APIResponse(
            responseCode = "303",
            description = "Vers la page d'authentification de ProConnect",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "404", description = "La connexion avec ProConnect n'est pas activée sur ce site")
    @APIResponse(responseCode = "503", description = "ProConnect ne répond pas")
    public Response start(@Context RoutingContext request) {
        proConnect.requireEnabled();
        String authorizationUrl;
        try {
            authorizationUrl = flow.authorizationUrl(request);
        } catch (ProConnectFailure e) {
            LOG.warnf("ProConnect sign-in not started: %s", e.getMessage());
            throw new ApiException(
                    ProblemType.UPSTREAM_UNAVAILABLE,
                    "ProConnect ne répond pas pour le moment. Réessayez dans quelques minutes, ou connectez-vous "
                            + "avec votre adresse e-mail et votre mot de passe.");
        }
        return Response.seeOther(URI.create(authorizationUrl)).build();
    }

    @GET
    @Path("/callback")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "finishProConnectLogin",
            summary = "Retour de ProConnect",
            description = "Adresse de retour déclarée à ProConnect (redirect_uri). Vérifie state, échange le code, "
                    + "vérifie le jeton d'identité et lit les informations de l'agent, puis renvoie le navigateur vers "
                    + "« Mon espace », la page d'accueil de l'agent connecté (session ouverte : cookie de rafraîchissement comme après une connexion par mot de "
                    + "passe), vers la page qui lie un compte existant (/connexion/proconnect/lier#jeton), ou vers "
                    + "/connexion?proconnect=<raison> (session-expiree, annulee, identite-invalide, domaine-refuse, "
                    + "indisponible).")
    @APIResponse(
            responseCode = "303",
            description = "Vers le front end : « Mon espace », liaison d'un compte existant ou raison de l'échec",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Paramètres trop longs")
    @APIResponse(responseCode = "404", description = "La connexion avec ProConnect n'est pas activée sur ce site")
    public Response callback(
            @Parameter(description = "Code d'autorisation donné par ProConnect", example = "7hb3Jx0aQz")
                    @QueryParam("code")
                    @Size(max = 2048, message = "Le code est trop long.")
                    String code,
            @Parameter(description = "Le state envoyé au départ", example = "5f0c2e1a-8d3b-4c7e-9a61-2b4d8e6f1c30")
                    @QueryParam("state")
                    @Size(max = 200, message = "Le state est trop long.")
                    String state,
            @Parameter(
                            description = "Erreur renvoyée par ProConnect (par exemple access_denied)",
                            example = "access_denied")
                    @QueryParam("error")
                    @Size(max = 200, message = "L'erreur est trop longue.")
                    String error,
            @Context RoutingContext request) {
        proConnect.requireEnabled();
        if (error != null) {
            LOG.infof("ProConnect sign-in ended by the provider: %s", error);
            flow.forgetState(request, state);
            proConnect.recordRefusal(Reason.CANCELLED);
            return toFront("/connexion?proconnect=" + Reason.CANCELLED.code()).build();
        }
        try {
            ProConnectFlow.Verified verified = flow.complete(request);
            ProConnectService.Outcome outcome = proConnect.finish(verified);
            if (outcome instanceof ProConnectService.Outcome.LinkPending pending) {
                return toFront("/connexion/proconnect/lier#" + pending.linkToken())
                        .build();
            }
            TokenResponse tokens = ((ProConnectService.Outcome.SignedIn) outcome).tokens();
            return toFront("/")
                    .cookie(AuthResource.refreshCookie(
                            tokens.refreshToken(), config.tokens().refreshTokenDays() * 24 * 3600, config))
                    .build();
        } catch (ProConnectFailure failure) {
            LOG.warnf("ProConnect sign-in refused (%s): %s", failure.reason(), failure.getMessage());
            proConnect.recordRefusal(failure.reason());
            return toFront("/connexion?proconnect=" + failure.reason().code()).build();
        } finally {
            flow.dropSession(request);
        }
    }

    @POST
    @Path("/link")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "confirmProConnectLink",
            summary = "Lier son identité ProConnect à son compte existant",
            description = "Quand l'adresse donnée par ProConnect a déjà un compte Spyrales, l'agent confirme avec le "
                    + "mot de passe de ce compte que les deux ne font qu'un ; la session s'ouvre comme après une "
                    + "connexion. Ensuite, ProConnect suffit pour se connecter.")
    @APIResponse(
            responseCode = "200",
            description = "Compte lié, connecté",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Jeton de liaison invalide, déjà utilisé ou expiré")
    @APIResponse(responseCode = "401", description = "Mot de passe incorrect")
    @APIResponse(responseCode = "404", description = "La connexion avec ProConnect n'est pas activée sur ce site")
    @APIResponse(responseCode = "403", description = "Compte suspendu par les administrateurs")
    @APIResponse(responseCode = "409", description = "Cette identité ProConnect est déjà liée à un autre compte")
    @APIResponse(responseCode = "429", description = "Trop de tentatives")
    public Response confirmLink(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") ProConnectLinkRequest body,
            @Context HttpServerRequest http) {
        TokenResponse tokens = proConnect.confirmLink(body.token(), body.password(), AuthResource.clientIp(http));
        return AuthResource.sessionResponse(tokens, Boolean.TRUE.equals(body.useCookie()), config);
    }

    private Response.ResponseBuilder toFront(String path) {
        return Response.seeOther(URI.create(publicUrl.link(path)));
    }
}
