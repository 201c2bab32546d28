package fr.spyrales.tchap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the Tchap rooms' endpoints. The bot's token goes in, never out. */
public final class TchapDtos {
    private TchapDtos() {}

    @Schema(
            name = "TchapRoomInput",
            description = "Un salon Tchap où publier des annonces. Le jeton du compte robot est donné soit directement"
                    + " (accessToken, conservé chiffré et jamais renvoyé), soit par le nom d'une variable"
                    + " d'environnement du serveur qui le contient (tokenEnvironmentVariable, commençant par"
                    + " SPYRALES_TCHAP_). En modification, sans l'un ni l'autre, le jeton déjà enregistré est gardé.")
    public record TchapRoomInput(
            @Schema(
                    required = true,
                    description = "Nom du salon, tel que les animateurs le reconnaissent.",
                    example = "Spyrales — annonces")
            @NotBlank(message = "Le nom du salon est obligatoire.")
            @Size(max = 100, message = "Le nom du salon ne doit pas dépasser 100 caractères.")
            String name,

            @Schema(
                    required = true,
                    description = "Adresse du serveur Matrix (https), sans chemin.",
                    example = "https://matrix.agent.tchap.gouv.fr")
            @NotBlank(message = "L'adresse du serveur est obligatoire.")
            @Size(max = 200, message = "L'adresse du serveur ne doit pas dépasser 200 caractères.")
            String homeserverUrl,

            @Schema(
                    required = true,
                    description = "Identifiant Matrix du salon (paramètres du salon › Avancé).",
                    example = "!AbCdEfGhIjKlMnOp:agent.tchap.gouv.fr")
            @NotBlank(message = "L'identifiant du salon est obligatoire.")
            @Size(max = 255, message = "L'identifiant du salon ne doit pas dépasser 255 caractères.")
            String roomId,

            @Schema(
                    description = "Jeton d'accès du compte robot (écriture seule).",
                    writeOnly = true,
                    example = "syt_c3B5cmFsZXM_aBcDeFgHiJkLmNoPqRsT_0a1b2c")
            @Size(max = 2000, message = "Le jeton ne doit pas dépasser 2 000 caractères.")
            String accessToken,

            @Schema(
                    description = "Ou : la variable d'environnement du serveur qui contient le jeton.",
                    example = "SPYRALES_TCHAP_TOKEN_ANNONCES")
            @Size(max = 100, message = "Le nom de la variable ne doit pas dépasser 100 caractères.")
            String tokenEnvironmentVariable,

            @Schema(required = true, description = "Les nouvelles annoncées dans ce salon (liste éventuellement vide).")
            @NotNull(message = "Indiquez les nouvelles à annoncer (une liste, éventuellement vide).")
            @Size(max = 20, message = "Trop de types de nouvelles.")
            List<@NotNull(message = "Type de nouvelle inconnu.") TchapNewsType> newsTypes) {}

    @Schema(
            name = "TchapTokenSource",
            description = "STORED : jeton enregistré (chiffré) ; ENVIRONMENT : jeton lu"
                    + " dans une variable d'environnement du serveur.")
    public enum TokenSource {
        STORED,
        ENVIRONMENT
    }

    @Schema(name = "TchapDelivery", description = "Où en sont les annonces du salon.")
    public record Delivery(
            @Schema(required = true, description = "Annonces en attente d'envoi (ou de nouvel essai).")
            long pending,

            @Schema(required = true, description = "Annonces publiées.")
            long sent,

            @Schema(required = true, description = "Annonces abandonnées après une journée d'échecs.")
            long failed,

            @Schema(description = "Dernière annonce publiée.")
            OffsetDateTime lastSentAt,

            @Schema(description = "Dernier échec d'un envoi.")
            OffsetDateTime lastFailureAt,

            @Schema(
                    description = "Ce que le serveur a répondu lors du dernier échec.",
                    example = "HTTP 403 : M_FORBIDDEN")
            String lastError) {}

    @Schema(name = "TchapRoom", description = "Un salon Tchap configuré. Le jeton n'est jamais renvoyé.")
    public record TchapRoomView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) String homeserverUrl,
            @Schema(required = true) String roomId,
            @Schema(required = true) TokenSource tokenSource,

            @Schema(description = "La variable d'environnement du jeton, quand il en vient.")
            String tokenEnvironmentVariable,

            @Schema(
                    required = true,
                    description = "Vrai quand un jeton est disponible (enregistré, ou présent dans"
                            + " la variable d'environnement).")
            boolean accessTokenSet,

            @Schema(required = true) List<TchapNewsType> newsTypes,
            @Schema(required = true) Delivery delivery,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {}
}
