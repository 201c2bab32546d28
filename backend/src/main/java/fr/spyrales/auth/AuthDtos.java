package fr.spyrales.auth;

import fr.spyrales.member.MemberDtos.OrganizationRef;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the authentication endpoints. */
public final class AuthDtos {
    private AuthDtos() {}

    static final String PASSWORD_RULE =
            "Le mot de passe doit contenir au moins 12 caractères et 72 octets au plus (les lettres accentuées comptent double).";

    @Schema(name = "RegisterRequest")
    public record RegisterRequest(
            @Schema(required = true, example = "elodie.martin@insee.fr")
            @NotBlank(message = "L'adresse e-mail est obligatoire.")
            @Email(message = "L'adresse e-mail n'est pas valide.")
            @Size(max = 254, message = "L'adresse e-mail est trop longue.")
            String email,

            @Schema(required = true, example = "tartines-et-regressions-2026")
            @NotBlank(message = "Le mot de passe est obligatoire.")
            @Size(min = 12, max = 72, message = PASSWORD_RULE)
            String password,

            @Schema(required = true, example = "Élodie")
            @NotBlank(message = "Le prénom est obligatoire.")
            @Size(max = 80, message = "Le prénom ne doit pas dépasser 80 caractères.")
            String firstName,

            @Schema(required = true, example = "Martin")
            @NotBlank(message = "Le nom est obligatoire.")
            @Size(max = 80, message = "Le nom ne doit pas dépasser 80 caractères.")
            String lastName) {}

    @Schema(name = "EmailRequest")
    public record EmailRequest(
            @Schema(required = true, example = "elodie.martin@insee.fr")
            @NotBlank(message = "L'adresse e-mail est obligatoire.")
            @Email(message = "L'adresse e-mail n'est pas valide.")
            @Size(max = 254, message = "L'adresse e-mail est trop longue.")
            String email) {}

    @Schema(name = "VerifyRequest")
    public record VerifyRequest(
            @Schema(
                    required = true,
                    description = "Jeton reçu par e-mail.",
                    example = "q3Xw8vJ0mC1yZs2t9uR4pL6kN5bA7dE0fG1hI2jK3lM")
            @NotBlank(message = "Le jeton est obligatoire.")
            @Size(max = 100, message = "Le jeton n'est pas valide.")
            String token) {}

    @Schema(name = "LoginRequest")
    public record LoginRequest(
            @Schema(required = true, example = "elodie.martin@insee.fr")
            @NotBlank(message = "L'adresse e-mail est obligatoire.")
            @Size(max = 254, message = "L'adresse e-mail est trop longue.")
            String email,

            @Schema(required = true, example = "tartines-et-regressions-2026")
            @NotBlank(message = "Le mot de passe est obligatoire.")
            @Size(max = 72, message = PASSWORD_RULE)
            String password,

            @Schema(
                    description =
                            "Vrai pour recevoir le jeton de rafraîchissement dans un cookie HttpOnly (navigateur) plutôt que dans la réponse.",
                    example = "false")
            Boolean useCookie) {}

    @Schema(name = "RefreshRequest", description = "Sans jeton dans le corps, le cookie de session est utilisé.")
    public record RefreshRequest(
            @Schema(example = "Vq1c3bZ0v5m2rX8yT4wK7nJ9pL6sD2fG1hA0eC3iB5u")
            @Size(max = 100, message = "Le jeton n'est pas valide.")
            String refreshToken) {}

    @Schema(name = "PasswordResetConfirmRequest")
    public record PasswordResetConfirmRequest(
            @Schema(required = true, example = "q3Xw8vJ0mC1yZs2t9uR4pL6kN5bA7dE0fG1hI2jK3lM")
            @NotBlank(message = "Le jeton est obligatoire.")
            @Size(max = 100, message = "Le jeton n'est pas valide.")
            String token,

            @Schema(required = true, example = "nouvelles-tartines-2027")
            @NotBlank(message = "Le mot de passe est obligatoire.")
            @Size(min = 12, max = 72, message = PASSWORD_RULE)
            String password) {}

    @Schema(name = "MessageResponse")
    public record MessageResponse(
            @Schema(
                    required = true,
                    example = "Si cette adresse peut s'inscrire, un e-mail de confirmation vient d'être envoyé.")
            String message) {}

    @Schema(
            name = "EmailVerification",
            description =
                    "Réponse à l'ouverture d'un lien de confirmation. Un lien déjà utilisé (ou remplacé, ou expiré) dont"
                            + " l'adresse est confirmée répond aussi 200, avec alreadyVerified à true : la personne peut se connecter.")
    public record EmailVerification(
            @Schema(required = true, example = "Votre adresse e-mail est confirmée. Vous pouvez vous connecter.")
            String message,

            @Schema(
                    required = true,
                    description =
                            "true quand l'adresse était déjà confirmée avant cet appel (lien ouvert une seconde fois).")
            boolean alreadyVerified) {}

    @Schema(name = "TokenResponse")
    public record TokenResponse(
            @Schema(required = true, description = "Jeton d'accès JWT (RS256).")
            String accessToken,

            @Schema(required = true, example = "Bearer") String tokenType,

            @Schema(required = true, description = "Durée de validité du jeton d'accès, en secondes.", example = "900")
            long expiresIn,

            @Schema(description = "Jeton de rafraîchissement ; absent quand il est placé dans un cookie.")
            String refreshToken,

            @Schema(required = true) UUID memberId,

            @Schema(required = true, example = "[\"member\"]")
            List<String> roles) {}

    @Schema(name = "AuthProviders", description = "Les façons de se connecter proposées par ce site.")
    public record AuthProviders(
            @Schema(
                    required = true,
                    description =
                            "Vrai quand la connexion avec ProConnect est activée (bouton « S'identifier avec ProConnect »).",
                    example = "true")
            boolean proConnect) {}

    @Schema(name = "ProConnectLinkRequest")
    public record ProConnectLinkRequest(
            @Schema(
                    required = true,
                    description = "Jeton de liaison reçu au retour de ProConnect (valable quelques minutes).",
                    example = "Lk3c3bZ0v5m2rX8yT4wK7nJ9pL6sD2fG1hA0eC3iB5u")
            @NotBlank(message = "Le jeton est obligatoire.")
            @Size(max = 100, message = "Le jeton n'est pas valide.")
            String token,

            @Schema(
                    required = true,
                    description = "Le mot de passe du compte Spyrales existant.",
                    example = "tartines-et-regressions-2026")
            @NotBlank(message = "Le mot de passe est obligatoire.")
            @Size(max = 72, message = PASSWORD_RULE)
            String password,

            @Schema(
                    description =
                            "Vrai pour recevoir le jeton de rafraîchissement dans un cookie HttpOnly (navigateur) plutôt que dans la réponse.",
                    example = "true")
            Boolean useCookie) {}

    @Schema(
            name = "LogoutResponse",
            description = "Pour une session ouverte avec ProConnect : où terminer aussi la session ProConnect.")
    public record LogoutResponse(
            @Schema(
                    required = true,
                    description =
                            "Adresse de déconnexion de ProConnect (end_session_endpoint avec id_token_hint, state et post_logout_redirect_uri), où le navigateur doit aller.",
                    example =
                            "https://fca.integ01.dev-agentconnect.fr/api/v2/session/end?id_token_hint=eyJ...&state=x1y2&post_logout_redirect_uri=https%3A%2F%2Fspyrales.fr%2Fconnexion")
            String endSessionUrl) {}

    @Schema(name = "ProConnectLinkMailRequest")
    public record ProConnectLinkMailRequest(
            @Schema(
                    required = true,
                    description = "Jeton de liaison reçu au retour de ProConnect (valable quelques minutes).",
                    example = "Lk3c3bZ0v5m2rX8yT4wK7nJ9pL6sD2fG1hA0eC3iB5u")
            @NotBlank(message = "Le jeton est obligatoire.")
            @Size(max = 100, message = "Le jeton n'est pas valide.")
            String token) {}

    @Schema(name = "ProConnectMailedLinkRequest")
    public record ProConnectMailedLinkRequest(
            @Schema(
                    required = true,
                    description = "Jeton du lien reçu par e-mail.",
                    example = "Ml3c3bZ0v5m2rX8yT4wK7nJ9pL6sD2fG1hA0eC3iB5u")
            @NotBlank(message = "Le jeton est obligatoire.")
            @Size(max = 100, message = "Le jeton n'est pas valide.")
            String token,

            @Schema(
                    description =
                            "Vrai pour recevoir le jeton de rafraîchissement dans un cookie HttpOnly (navigateur) plutôt que dans la réponse.",
                    example = "true")
            Boolean useCookie) {}

    @Schema(
            name = "OrganizationSuggestion",
            description = "L'organisation que ProConnect laisse deviner : celle que choisissent le plus souvent les "
                    + "autres membres du même organisme employeur (même SIREN).")
    public record OrganizationSuggestion(
            @Schema(required = true) OrganizationRef organization) {}
}
