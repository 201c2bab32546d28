package fr.spyrales.auth;

import fr.spyrales.auth.AuthDtos.ProConnectLinkRequest;
import fr.spyrales.auth.AuthDtos.TokenResponse;
import fr.spyrales.auth.ProConnectFailure.Reason;
import fr.spyrales.common.PublicUrl;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
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
 * front end (its profile, the page that links an existing account, or the login page with the reason of a
 * failure). HTTP only: the rules are in {@link ProConnectService}.
 */
@Path("/auth/proconnect")
@PermitAll
@Tag(name = "Comptes", description = "Inscription, confirmation de l'adresse, sessions et mot de passe")
public class ProConnectResource {
    private static final Logger LOG = Logger.getLogger(ProConnectResource.class);
    /** The state of the sign-in under way, bound to this browser (Lax: it must come back with ProConnect's redirect). */
    static final String STATE_COOKIE = "spyrales_proconnect_state";

    private static final String COOKIE_PATH = "/api/v1/auth/proconnect";

    private final ProConnectService proConnect;
    private final ProConnectConfig proConnectConfig;
    private final AuthConfig config;
    private final PublicUrl publicUrl;

    ProConnectResource(
            ProConnectService proConnect, ProConnectConfig proConnectConfig, AuthConfig config, PublicUrl publicUrl) {
        this.proConnect = proConnect;
        this.proConnectConfig = proConnectConfig;
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
                            + "ProConnect avec state et nonce ; state est aussi placé dans un cookie HttpOnly de quelques minutes.")
    @APIResponse(
            responseCode = "303",
            description = "Vers la page d'authentification de ProConnect",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "404", description = "La connexion avec ProConnect n'est pas activée sur ce site")
    @APIResponse(responseCode = "503", description = "ProConnect ne répond pas")
    public Response start() {
        ProConnectService.Start start = proConnect.start();
        return Response.seeOther(URI.create(start.authorizationUrl()))
                .cookie(stateCookie(
                        start.state(), (int) proConnectConfig.loginTimeout().toSeconds()))
                .build();
    }

    @GET
    @Path("/callback")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "finishProConnectLogin",
            summary = "Retour de ProConnect",
            description = "Adresse de retour déclarée à ProConnect (redirect_uri). Vérifie state, échange le code, "
                    + "vérifie le jeton d'identité et lit les informations de l'agent, puis renvoie le navigateur vers "
                    + "son profil (session ouverte : cookie de rafraîchissement comme après une connexion par mot de "
                    + "passe), vers la page qui lie un compte existant (/connexion/proconnect/lier#jeton), ou vers "
                    + "/connexion?proconnect=<raison> (session-expiree, annulee, identite-invalide, domaine-refuse, "
                    + "indisponible).")
    @APIResponse(
            responseCode = "303",
            description = "Vers le front end : profil, liaison d'un compte existant ou raison de l'échec",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Paramètres trop longs")
    @APIResponse(responseCode = "404", description = "La connexion avec ProConnect n'est pas activée sur ce site")
    public Response callback(
            @Parameter(description = "Code d'autorisation donné par ProConnect", example = "7hb3Jx0aQz")
                    @QueryParam("code")
                    @Size(max = 2048, message = "Le code est trop long.")
                    String code,
            @Parameter(
                            description = "Le state envoyé au départ",
                            example = "q3Xw8vJ0mC1yZs2t9uR4pL6kN5bA7dE0fG1hI2jK3lM")
                    @QueryParam("state")
                    @Size(max = 200, message = "Le state est trop long.")
                    String state,
            @Parameter(
                            description = "Erreur renvoyée par ProConnect (par exemple access_denied)",
                            example = "access_denied")
                    @QueryParam("error")
                    @Size(max = 200, message = "L'erreur est trop longue.")
                    String error,
            @CookieParam(STATE_COOKIE) String browserState) {
        NewCookie clearState = stateCookie("", 0);
        proConnect.requireEnabled();
        if (error != null) {
            LOG.infof("ProConnect sign-in ended by the provider: %s", error);
            return toFront("/connexion?proconnect=" + Reason.CANCELLED.code())
                    .cookie(clearState)
                    .build();
        }
        try {
            ProConnectService.Outcome outcome = proConnect.finish(code, state, browserState);
            if (outcome instanceof ProConnectService.Outcome.LinkPending pending) {
                return toFront("/connexion/proconnect/lier#" + pending.linkToken())
                        .cookie(clearState)
                        .build();
            }
            TokenResponse tokens = ((ProConnectService.Outcome.SignedIn) outcome).tokens();
            return toFront("/profil")
                    .cookie(
                            clearState,
                            AuthResource.refreshCookie(
                                    tokens.refreshToken(), config.tokens().refreshTokenDays() * 24 * 3600, config))
                    .build();
        } catch (ProConnectFailure failure) {
            LOG.warnf("ProConnect sign-in refused (%s): %s", failure.reason(), failure.getMessage());
            return toFront("/connexion?proconnect=" + failure.reason().code())
                    .cookie(clearState)
                    .build();
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

    private NewCookie stateCookie(String value, int maxAge) {
        return new NewCookie.Builder(STATE_COOKIE)
                .value(value)
                .path(COOKIE_PATH)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(config.cookieSecure())
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
