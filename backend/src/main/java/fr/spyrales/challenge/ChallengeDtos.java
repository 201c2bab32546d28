package fr.spyrales.challenge;

import fr.spyrales.opendata.DatasetDtos.DatasetInput;
import fr.spyrales.opendata.DatasetView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the challenge endpoints. */
public final class ChallengeDtos {
    /** An https address, without spaces. */
    static final String HTTPS_URL = "^https://[^\\s/]+\\S*$";

    static final String HTTPS_ONLY = "Indiquez une adresse en https://.";

    static final String DATE_EXAMPLE = "2026-03-16T09:00:00+01:00";

    private ChallengeDtos() {}

    @Schema(
            name = "ChallengeCreate",
            description =
                    "Les dates s'écrivent avec leur décalage horaire (heure de Paris : +01:00 en hiver, +02:00 en "
                            + "été) ; closesAt vient après opensAt et n'est pas encore passée.")
    public record ChallengeCreate(
            @Schema(required = true, example = "Les naissances par département depuis 2000")
            @NotBlank(message = "Donnez un titre au défi.")
            @Size(min = 3, max = 120, message = "Le titre fait entre 3 et 120 caractères.")
            String title,

            @Schema(
                    required = true,
                    description = "La question ou la consigne, en Markdown.",
                    example = "Quel département a vu ses naissances **baisser le plus** depuis 2000 ?")
            @NotBlank(message = "Écrivez la consigne du défi.")
            @Size(max = 20000, message = "La consigne ne doit pas dépasser 20 000 caractères.")
            String task,

            @Schema(
                    required = true,
                    description = "Niveau suggéré, de 1 (débutant) à 4 (expert).",
                    example = "1",
                    minimum = "1",
                    maximum = "4")
            @NotNull(message = "Indiquez le niveau suggéré (1 à 4).")
            @Min(value = 1, message = "Le niveau va de 1 à 4.")
            @Max(value = 4, message = "Le niveau va de 1 à 4.")
            Integer suggestedLevel,

            @Schema(required = true) @NotNull(message = "Indiquez le langage suggéré.")
            ChallengeLanguage suggestedLanguage,

            @Schema(required = true) @Valid @NotNull(message = "Indiquez le jeu de données ouvert du défi.")
            DatasetInput dataset,

            @Schema(required = true, example = DATE_EXAMPLE) @NotNull(message = "Indiquez la date d'ouverture.")
            OffsetDateTime opensAt,

            @Schema(required = true, example = "2026-03-22T23:59:00+01:00")
            @NotNull(message = "Indiquez la date de clôture.")
            OffsetDateTime closesAt) {}

    @Schema(
            name = "ChallengeUpdate",
            description =
                    "Les champs à changer ; un champ absent reste tel quel. closesAt vient toujours après opensAt.")
    public record ChallengeUpdate(
            @Size(min = 3, max = 120, message = "Le titre fait entre 3 et 120 caractères.")
            String title,

            @Size(min = 1, max = 20000, message = "La consigne fait entre 1 et 20 000 caractères.")
            String task,

            @Schema(minimum = "1", maximum = "4")
            @Min(value = 1, message = "Le niveau va de 1 à 4.")
            @Max(value = 4, message = "Le niveau va de 1 à 4.")
            Integer suggestedLevel,

            ChallengeLanguage suggestedLanguage,

            @Schema(description = "Un autre jeu de données, vérifié à nouveau ; il remplace le précédent.") @Valid
            DatasetInput dataset,

            @Schema(example = DATE_EXAMPLE) OffsetDateTime opensAt,
            @Schema(example = "2026-03-22T23:59:00+01:00") OffsetDateTime closesAt) {}

    @Schema(name = "Challenge")
    public record ChallengeView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,

            @Schema(required = true, description = "La consigne en Markdown, telle qu'écrite.")
            String task,

            @Schema(
                    required = true,
                    description = "La consigne rendue en HTML sûr (sans script, gestionnaire d'événement ni lien "
                            + "javascript:), à afficher telle quelle.")
            String taskHtml,

            @Schema(required = true, example = "1") int suggestedLevel,
            @Schema(required = true) ChallengeLanguage suggestedLanguage,

            @Schema(
                    required = true,
                    description = "Le jeu de données, avec son état de vérification « données ouvertes » (un jeu de "
                            + "données « à vérifier » s'affiche comme tel).")
            DatasetView dataset,

            @Schema(required = true, description = "Ouverture, à l'heure de Paris.", example = DATE_EXAMPLE)
            OffsetDateTime opensAt,

            @Schema(
                    required = true,
                    description = "Clôture, à l'heure de Paris.",
                    example = "2026-03-22T23:59:00+01:00")
            OffsetDateTime closesAt,

            @Schema(required = true) ChallengeState state,

            @Schema(
                    required = true,
                    description = "Nombre de participations, connu de tous à tout moment (les participations "
                            + "elles-mêmes restent cachées jusqu'à la clôture).",
                    example = "12")
            long entryCount,

            @Schema(required = true, description = "J'ai déposé une participation.")
            boolean myEntry,

            @Schema(required = true, example = "Karim Animateur", description = "L'animateur qui a publié le défi.")
            String publishedBy,

            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt) {}

    @Schema(name = "ChallengeSummary")
    public record ChallengeSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true, example = "1") int suggestedLevel,
            @Schema(required = true) ChallengeLanguage suggestedLanguage,

            @Schema(
                    description = "Le titre du jeu de données du défi.",
                    example = "Données hospitalières relatives à l'épidémie de COVID-19")
            String datasetTitle,

            @Schema(required = true, example = DATE_EXAMPLE) OffsetDateTime opensAt,

            @Schema(required = true, example = "2026-03-22T23:59:00+01:00")
            OffsetDateTime closesAt,

            @Schema(required = true) ChallengeState state,
            @Schema(required = true, example = "12") long entryCount,

            @Schema(required = true, description = "J'ai déposé une participation.")
            boolean myEntry) {}

    @Schema(
            name = "ChallengeEntryInput",
            description = "Un lien https vers un notebook ou un dépôt, ou un court texte de ce que vous avez trouvé "
                    + "(obligatoire sans lien). Le « vestiaire » partage un travail inachevé, avec ce qui vous a "
                    + "bloqué (blockedBy, seulement au vestiaire).")
    public record EntryInput(
            @Schema(example = "https://github.com/claire/piscine-naissances/blob/main/analyse.ipynb")
            @Size(max = 500, message = "L'adresse ne doit pas dépasser 500 caractères.")
            @Pattern(regexp = "|" + HTTPS_URL, message = HTTPS_ONLY)
            String link,

            @Schema(example = "La Creuse perd un tiers de ses naissances ; la Guyane en gagne.")
            @Size(max = 4000, message = "Le texte ne doit pas dépasser 4 000 caractères.")
            String text,

            @Schema(required = true) @NotNull(message = "Indiquez le langage utilisé.")
            EntryLanguage language,

            @Schema(description = "Travail inachevé, partagé au « vestiaire ».")
            boolean vestiaire,

            @Schema(
                    description = "Ce qui vous a bloqué (seulement au vestiaire).",
                    example = "Je n'arrive pas à joindre les codes de département d'outre-mer.")
            @Size(max = 2000, message = "Ce qui vous a bloqué tient en 2 000 caractères au plus.")
            String blockedBy) {}

    @Schema(name = "ChallengeEntry")
    public record EntryView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID challengeId,
            @Schema(required = true) UUID authorId,

            @Schema(required = true, example = "Claire Fontaine", description = "Le nom public de l'auteur.")
            String authorName,

            String link,

            @Schema(required = true, description = "Le texte, vide quand il y a un lien.")
            String text,

            @Schema(required = true) EntryLanguage language,
            @Schema(required = true) boolean vestiaire,
            String blockedBy,

            @Schema(required = true, description = "Mise en avant par les animateurs.")
            boolean highlighted,

            @Schema(required = true, example = "3") long kudos,

            @Schema(required = true, description = "J'ai donné un bravo à cette participation.")
            boolean kudosGivenByMe,

            @Schema(required = true, example = "2") long commentCount,
            @Schema(required = true) OffsetDateTime submittedAt,
            @Schema(required = true) OffsetDateTime updatedAt) {}

    @Schema(name = "ChallengeEntryCommentCreate")
    public record CommentCreate(
            @Schema(required = true, example = "Très clair, merci pour la carte !")
            @NotBlank(message = "Écrivez votre commentaire.")
            @Size(max = 2000, message = "Le commentaire ne doit pas dépasser 2 000 caractères.")
            String body) {}

    @Schema(name = "ChallengeEntryComment")
    public record CommentView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID entryId,
            @Schema(required = true) UUID authorId,
            @Schema(required = true, example = "Léa Martin") String authorName,
            @Schema(required = true) String body,
            @Schema(required = true) OffsetDateTime createdAt) {}
}
