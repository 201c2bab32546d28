package fr.spyrales.auth;

import fr.spyrales.auth.AuthDtos.AuthProviders;
import fr.spyrales.auth.AuthDtos.EmailRequest;
import fr.spyrales.auth.AuthDtos.EmailVerification;
import fr.spyrales.auth.AuthDtos.LoginRequest;
import fr.spyrales.auth.AuthDtos.LogoutResponse;
import fr.spyrales.auth.AuthDtos.MessageResponse;
import fr.spyrales.auth.AuthDtos.PasswordResetConfirmRequest;
import fr.spyrales.auth.AuthDtos.RefreshRequest;
import fr.spyrales.auth.AuthDtos.RegisterRequest;
import fr.spyrales.auth.AuthDtos.TokenResponse;
import fr.spyrales.auth.AuthDtos.VerifyRequest;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemResponses;
import fr.spyrales.common.ProblemType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comptes", description = "Inscription, confirmation de l'adresse, sessions et mot de passe")
public class AuthResource {
    static final String REFRESH_COOKIE = "spyrales_refresh";
    private static final String COOKIE_PATH = "/api/v1/auth";
    private static final String REGISTERED =
            "Si cette adresse peut s'inscrire, un e-mail de confirmation vient de lui être envoyé. "
                    + "Ouvrez le lien qu'il contient pour activer votre compte.";

    private final AuthService auth;
    private final AuthConfig config;
    private final ProConnectService proConnect;

    AuthResource(AuthService auth, AuthConfig config, ProConnectService proConnect) {
        this.auth = auth;
        this.config = config;
        this.proConnect = proConnect;
    }

    @GET
    @Path("/providers")
    // A read: whatever body a client sends along is ignored, as on the other GETs.
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "getAuthProviders",
            summary = "Connaître les façons de se connecter",
            description = "Dit si la connexion avec ProConnect est activée (sinon le bouton n'est pas affiché).")
    @APIResponse(
            responseCode = "200",
            description = "Les façons de se connecter",
            content = @Content(schema = @Schema(implementation = AuthProviders.class)))
    public AuthProviders providers() {
        return new AuthProviders(proConnect.enabled());
    }

    @POST
    @Path("/register")
    @Operation(
            operationId = "register",
            summary = "Créer un compte",
            description =
                    "Réservé aux adresses d'administrations (liste configurable). La réponse est la même que l'adresse ait déjà un compte ou non ; un lien de confirmation est envoyé par e-mail.")
    @APIResponse(
            responseCode = "202",
            description = "Demande prise en compte",
            content = @Content(schema = @Schema(implementation = MessageResponse.class)))
    @APIResponse(responseCode = "422", description = "Domaine de messagerie non accepté")
    @APIResponse(responseCode = "429", description = "Trop de tentatives")
    public Response register(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") RegisterRequest body,
            @Context HttpServerRequest http) {
        auth.register(body, clientIp(http));
        return Response.accepted(new MessageResponse(REGISTERED)).build();
    }

    @POST
    @Path("/verify")
    @Operation(
            operationId = "verifyEmail",
            summary = "Confirmer l'adresse e-mail avec le jeton reçu",
            description = "Un lien déjà utilisé, remplacé ou expiré dont l'adresse est déjà confirmée répond 200 avec"
                    + " alreadyVerified à true ; un lien inconnu, ou celui d'une adresse non confirmée qui n'est plus"
                    + " valable, répond 400 (urn:spyrales:problem:invalid-token).")
    @APIResponse(
            responseCode = "200",
            description = "Adresse confirmée, par cet appel ou déjà auparavant (alreadyVerified)",
            content = @Content(schema = @Schema(implementation = EmailVerification.class)))
    public EmailVerification verify(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") VerifyRequest body) {
        return auth.verify(body.token())
                ? new EmailVerification("Votre adresse e-mail est déjà confirmée. Vous pouvez vous connecter.", true)
                : new EmailVerification("Votre adresse e-mail est confirmée. Vous pouvez vous connecter.", false);
    }

    @POST
    @Path("/verify/resend")
    @Operation(operationId = "resendVerification", summary = "Renvoyer le lien de confirmation")
    @APIResponse(
            responseCode = "202",
            description = "Demande prise en compte",
            content = @Content(schema = @Schema(implementation = MessageResponse.class)))
    @APIResponse(responseCode = "429", description = "Trop de tentatives")
    public Response resendVerification(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") EmailRequest body,
            @Context HttpServerRequest http) {
        auth.resendVerification(body.email(), clientIp(http));
        return Response.accepted(
                        new MessageResponse(
                                "Si un compte non confirmé existe pour cette adresse, un nouveau lien vient de lui être envoyé."))
                .build();
    }

    @POST
    @Path("/login")
    @Operation(
            operationId = "login",
            summary = "Se connecter",
            description =
                    "Renvoie un jeton d'accès (15 minutes) et un jeton de rafraîchissement, dans la réponse ou, avec useCookie, dans un cookie HttpOnly.")
    @APIResponse(
            responseCode = "200",
            description = "Connecté",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Identifiants incorrects")
    @APIResponse(responseCode = "403", description = "Adresse e-mail non confirmée, ou compte suspendu")
    @APIResponse(responseCode = "429", description = "Trop de tentatives")
    public Response login(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") LoginRequest body,
            @Context HttpServerRequest http) {
        TokenResponse tokens = auth.login(body, clientIp(http));
        return tokensResponse(tokens, Boolean.TRUE.equals(body.useCookie()));
    }

    @POST
    @Path("/refresh")
    @Operation(
            operationId = "refreshSession",
            summary = "Renouveler le jeton d'accès",
            description =
                    "Le jeton de rafraîchissement (corps ou cookie) est remplacé à chaque usage ; réutiliser un ancien jeton ferme la session.")
    @APIResponse(
            responseCode = "200",
            description = "Session renouvelée",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Session absente, expirée ou révoquée")
    @APIResponse(responseCode = "403", description = "Compte suspendu par les administrateurs")
    public Response refresh(@Valid RefreshRequest body, @CookieParam(REFRESH_COOKIE) String cookie) {
        boolean fromBody = body != null
                && body.refreshToken() != null
                && !body.refreshToken().isBlank();
        String token = fromBody ? body.refreshToken() : cookie;
        if (token == null || token.isBlank()) {
            throw new ApiException(ProblemType.UNAUTHENTICATED, "Aucune session à renouveler. Connectez-vous.");
        }
        try {
            return tokensResponse(auth.refresh(token), !fromBody);
        } catch (ApiException refused) {
            if (fromBody) {
                throw refused;
            }
            // Drop a cookie that no longer opens anything.
            return Response.fromResponse(
                            ProblemResponses.of(refused.type(), refused.getMessage(), "/api/v1/auth/refresh"))
                    .cookie(refreshCookie("", 0))
                    .build();
        }
    }

    @POST
    @Path("/logout")
    @Operation(
            operationId = "logout",
            summary = "Se déconnecter",
            description =
                    "Révoque la session (jeton du corps ou du cookie). Pour une session ouverte avec ProConnect, la réponse "
                            + "donne l'adresse où terminer aussi la session ProConnect.")
    @APIResponse(
            responseCode = "200",
            description = "Déconnecté ; le navigateur va ensuite à endSessionUrl pour se déconnecter de ProConnect",
            content = @Content(schema = @Schema(implementation = LogoutResponse.class)))
    @APIResponse(responseCode = "204", description = "Déconnecté")
    public Response logout(@Valid RefreshRequest body, @CookieParam(REFRESH_COOKIE) String cookie) {
        String token = body != null && body.refreshToken() != null ? body.refreshToken() : cookie;
        Optional<String> endSession = Optional.empty();
        if (token != null && !token.isBlank()) {
            endSession = auth.logout(token).flatMap(proConnect::endSessionUrl);
        }
        Response.ResponseBuilder answer =
                endSession.map(url -> Response.ok(new LogoutResponse(url))).orElseGet(Response::noContent);
        return answer.cookie(refreshCookie("", 0)).build();
    }

    @POST
    @Path("/password-reset")
    @Operation(operationId = "requestPasswordReset", summary = "Demander un lien de réinitialisation du mot de passe")
    @APIResponse(
            responseCode = "202",
            description = "Demande prise en compte",
            content = @Content(schema = @Schema(implementation = MessageResponse.class)))
    @APIResponse(responseCode = "429", description = "Trop de tentatives")
    public Response requestPasswordReset(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") EmailRequest body,
            @Context HttpServerRequest http) {
        auth.requestPasswordReset(body.email(), clientIp(http));
        return Response.accepted(
                        new MessageResponse(
                                "Si un compte existe pour cette adresse, un lien de réinitialisation vient de lui être envoyé."))
                .build();
    }

    @POST
    @Path("/password-reset/confirm")
    @Operation(
            operationId = "confirmPasswordReset",
            summary = "Choisir un nouveau mot de passe avec le jeton reçu",
            description = "Ferme toutes les sessions ouvertes du compte.")
    @APIResponse(responseCode = "204", description = "Mot de passe changé")
    public Response confirmPasswordReset(
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") PasswordResetConfirmRequest body) {
        auth.confirmPasswordReset(body.token(), body.password());
        return Response.noContent().build();
    }

    private Response tokensResponse(TokenResponse tokens, boolean inCookie) {
        return sessionResponse(tokens, inCookie, config);
    }

    private NewCookie refreshCookie(String value, int maxAge) {
        return refreshCookie(value, maxAge, config);
    }

    /** The answer that opens a session: the tokens, the refresh one in a cookie when asked. */
    static Response sessionResponse(TokenResponse tokens, boolean inCookie, AuthConfig config) {
        if (!inCookie) {
            return Response.ok(tokens).build();
        }
        TokenResponse withoutSecret = new TokenResponse(
                tokens.accessToken(), tokens.tokenType(), tokens.expiresIn(), null, tokens.memberId(), tokens.roles());
        return Response.ok(withoutSecret)
                .cookie(refreshCookie(tokens.refreshToken(), config.tokens().refreshTokenDays() * 24 * 3600, config))
                .build();
    }

    static NewCookie refreshCookie(String value, int maxAge, AuthConfig config) {
        return new NewCookie.Builder(REFRESH_COOKIE)
                .value(value)
                .path(COOKIE_PATH)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(config.cookieSecure())
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    static String clientIp(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
