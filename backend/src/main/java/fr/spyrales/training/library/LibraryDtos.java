package fr.spyrales.training.library;

import fr.spyrales.common.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the library endpoints. */
public final class LibraryDtos {
    /** An https address, without spaces. */
    static final String HTTPS_URL = "^https://[^\\s/]+\\S*$";

    static final String HTTPS_ONLY = "Indiquez une adresse en https://.";

    private LibraryDtos() {}

    @Schema(
            name = "ResourceInput",
            description = "Une ressource à proposer. Les thèmes sont des codes de compétences du référentiel (GET"
                    + " /skills).")
    public record ResourceInput(
            @Schema(required = true, example = "Économétrie appliquée avec R")
            @NotBlank(message = "Donnez un titre à la ressource.")
            @Size(min = 3, max = 200, message = "Le titre fait entre 3 et 200 caractères.")
            String title,

            @Schema(required = true, example = "https://www.insee.fr/fr/information/2409876")
            @NotBlank(message = "Indiquez l'adresse de la ressource.")
            @Size(max = 2000, message = "L'adresse ne doit pas dépasser 2 000 caractères.")
            @Pattern(regexp = HTTPS_URL, message = HTTPS_ONLY)
            String url,

            @Schema(required = true) @NotNull(message = "Indiquez le type de ressource.")
            ResourceType type,

            @Schema(required = true) @NotNull(message = "Indiquez le langage de programmation (ou aucun).")
            ProgrammingLanguage programmingLanguage,

            @Schema(required = true) @NotNull(message = "Indiquez le niveau visé.")
            ResourceLevel level,

            @Schema(
                    required = true,
                    description = "De un à six codes de compétences.",
                    example = "[\"econometrie\", \"r\"]")
            @NotNull(message = "Choisissez au moins un thème.")
            @Size(min = 1, max = 6, message = "Choisissez entre un et six thèmes.")
            List<
                            @NotBlank(message = "Un thème ne peut pas être vide.")
                            @Size(max = 40, message = "Thème inconnu.") String>
                    topics,

            @Schema(required = true) @NotNull(message = "Indiquez la langue du contenu.")
            ContentLanguage contentLanguage,

            @Schema(description = "Durée estimée en minutes.", example = "90")
            @Min(value = 1, message = "La durée va de 1 à 100 000 minutes.")
            @Max(value = 100000, message = "La durée va de 1 à 100 000 minutes.")
            Integer durationMinutes,

            @Schema(required = true, description = "Accessible gratuitement.")
            @NotNull(message = "Indiquez si la ressource est gratuite.")
            Boolean free,

            @Schema(
                    description = "Description en Markdown.",
                    example = "Un cours complet, avec des exercices corrigés.")
            @Size(max = 10000, message = "La description ne doit pas dépasser 10 000 caractères.")
            String description,

            @Schema(description = "Auteur ou éditeur du contenu.", example = "Insee")
            @Size(max = 200, message = "L'auteur ne doit pas dépasser 200 caractères.")
            String author) {}

    @Schema(
            name = "ResourceUpdate",
            description = "Les champs à changer ; un champ absent reste tel quel. Une description ou un auteur vide"
                    + " (\"\") s'efface, une durée à 0 aussi.")
    public record ResourceUpdate(
            @Schema(example = "Économétrie appliquée avec R")
            @Size(min = 3, max = 200, message = "Le titre fait entre 3 et 200 caractères.")
            @Pattern(regexp = ".*\\S.*", flags = Pattern.Flag.DOTALL, message = "Le titre ne peut pas être vide.")
            String title,

            @Schema(example = "https://www.insee.fr/fr/information/2409876")
            @Size(max = 2000, message = "L'adresse ne doit pas dépasser 2 000 caractères.")
            @Pattern(regexp = HTTPS_URL, message = HTTPS_ONLY)
            String url,

            ResourceType type,
            ProgrammingLanguage programmingLanguage,
            ResourceLevel level,

            @Schema(description = "De un à six codes de compétences.", example = "[\"econometrie\"]")
            @Size(min = 1, max = 6, message = "Choisissez entre un et six thèmes.")
            List<
                            @NotBlank(message = "Un thème ne peut pas être vide.")
                            @Size(max = 40, message = "Thème inconnu.") String>
                    topics,

            ContentLanguage contentLanguage,

            @Schema(description = "Durée estimée en minutes ; 0 l'efface.", example = "90")
            @Min(value = 0, message = "La durée va de 1 à 100 000 minutes.")
            @Max(value = 100000, message = "La durée va de 1 à 100 000 minutes.")
            Integer durationMinutes,

            Boolean free,

            @Size(max = 10000, message = "La description ne doit pas dépasser 10 000 caractères.")
            String description,

            @Size(max = 200, message = "L'auteur ne doit pas dépasser 200 caractères.")
            String author) {}

    @Schema(name = "ResourceMember", description = "Un membre, par son nom affiché.")
    public record MemberRef(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "Léa Martin") String displayName) {}

    @Schema(name = "ResourceSummary")
    public record ResourceSummary(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Économétrie appliquée avec R")
            String title,

            @Schema(required = true, example = "https://www.insee.fr/fr/information/2409876")
            String url,

            @Schema(required = true) ResourceType type,
            @Schema(required = true) ProgrammingLanguage programmingLanguage,
            @Schema(required = true) ResourceLevel level,

            @Schema(required = true, example = "[\"econometrie\", \"r\"]")
            List<String> topics,

            @Schema(required = true) ContentLanguage contentLanguage,
            @Schema(example = "90") Integer durationMinutes,
            @Schema(required = true) boolean free,

            @Schema(description = "Auteur ou éditeur du contenu.", example = "Insee")
            String author,

            @Schema(required = true) ResourceStatus status,

            @Schema(description = "Moyenne des notes, à une décimale ; absente sans note.", example = "4.3")
            BigDecimal ratingAverage,

            @Schema(required = true, example = "12") int ratingCount,

            @Schema(required = true, description = "Dans ma liste.")
            boolean bookmarked,

            @Schema(required = true, description = "Marquée terminée par moi.")
            boolean done) {}

    @Schema(name = "MyResourceRating")
    public record MyRating(
            @Schema(required = true, example = "4") int stars,
            @Schema(example = "Clair et progressif.") String comment) {}

    @Schema(name = "ResourceView")
    public record ResourceView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) String url,
            @Schema(required = true) ResourceType type,
            @Schema(required = true) ProgrammingLanguage programmingLanguage,
            @Schema(required = true) ResourceLevel level,
            @Schema(required = true) List<String> topics,
            @Schema(required = true) ContentLanguage contentLanguage,
            Integer durationMinutes,
            @Schema(required = true) boolean free,
            String author,
            @Schema(required = true) ResourceStatus status,
            BigDecimal ratingAverage,
            @Schema(required = true) int ratingCount,
            @Schema(required = true) boolean bookmarked,
            @Schema(required = true) boolean done,

            @Schema(required = true, description = "Description en Markdown (vide si aucune).")
            String description,

            @Schema(required = true, description = "La description rendue en HTML sûr.")
            String descriptionHtml,

            @Schema(description = "Qui l'a proposée ; absent si son compte a été supprimé.")
            MemberRef proposedBy,

            @Schema(required = true) OffsetDateTime proposedAt,
            OffsetDateTime publishedAt,

            @Schema(description = "Motif du refus ou du retrait ; montré à qui l'a proposée et aux animateurs.")
            String moderationNote,

            @Schema(description = "Ma note, si j'en ai donné une.")
            MyRating myRating,

            @Schema(required = true, description = "Je peux la modifier.")
            boolean canEdit,

            @Schema(required = true, description = "Je peux la publier, la refuser ou la retirer.")
            boolean canModerate) {}

    @Schema(
            name = "ResourceProposal",
            description = "Une ressource vue par les animateurs qui relisent ou par qui l'a proposée.")
    public record ResourceProposal(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) String url,
            @Schema(required = true) ResourceType type,
            @Schema(required = true) ProgrammingLanguage programmingLanguage,
            @Schema(required = true) ResourceLevel level,
            @Schema(required = true) List<String> topics,
            @Schema(required = true) ContentLanguage contentLanguage,
            Integer durationMinutes,
            @Schema(required = true) boolean free,
            String author,
            @Schema(required = true) ResourceStatus status,
            BigDecimal ratingAverage,
            @Schema(required = true) int ratingCount,
            @Schema(required = true) boolean bookmarked,
            @Schema(required = true) boolean done,

            @Schema(description = "Qui l'a proposée ; absent si son compte a été supprimé.")
            MemberRef proposedBy,

            @Schema(required = true) OffsetDateTime proposedAt,

            @Schema(description = "Motif du refus ou du retrait.")
            String moderationNote) {}

    @Schema(name = "ResourceModerationReason")
    public record ModerationReason(
            @Schema(required = true, example = "Ce contenu est payant sans que ce soit indiqué.")
            @NotBlank(message = "Expliquez le motif en quelques mots.")
            @Size(min = 5, max = 1000, message = "Le motif fait entre 5 et 1 000 caractères.")
            String reason) {}

    @Schema(name = "ResourceRatingInput")
    public record RatingInput(
            @Schema(required = true, example = "4", minimum = "1", maximum = "5")
            @NotNull(message = "Donnez une note de 1 à 5 étoiles.")
            @Min(value = 1, message = "La note va de 1 à 5 étoiles.")
            @Max(value = 5, message = "La note va de 1 à 5 étoiles.")
            Integer stars,

            @Schema(example = "Clair et progressif, les exercices aident beaucoup.")
            @Size(max = 2000, message = "Le commentaire ne doit pas dépasser 2 000 caractères.")
            String comment) {}

    @Schema(name = "ResourceRating")
    public record RatingView(
            @Schema(required = true) UUID memberId,
            @Schema(required = true, example = "Léa Martin") String displayName,
            @Schema(required = true, example = "4") int stars,
            String comment,
            @Schema(required = true) OffsetDateTime ratedAt,

            @Schema(required = true, description = "C'est ma note.")
            boolean mine) {}

    @Schema(name = "ResourceUrlMatch", description = "La ressource déjà enregistrée à cette adresse.")
    public record UrlMatch(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) ResourceStatus status) {}

    @Schema(name = "ResourceUrlCheck")
    public record UrlCheck(
            @Schema(required = true, example = "https://www.insee.fr/fr/information/2409876")
            String normalizedUrl,

            @Schema(
                    description = "La ressource déjà enregistrée à cette adresse, quand je peux la voir ; absente"
                            + " sinon (voir alreadyProposed).")
            UrlMatch existing,

            @Schema(
                    required = true,
                    description = "L'adresse est déjà proposée ou publiée, que je puisse voir la ressource ou non.")
            boolean alreadyProposed) {}

    @Schema(name = "FacetCount")
    public record FacetCount(
            @Schema(required = true, example = "PYTHON") String value,
            @Schema(required = true, example = "12") long count) {}

    @Schema(
            name = "ResourceFacets",
            description = "Pour chaque filtre, le nombre de ressources par valeur, compté avec la recherche et tous les"
                    + " autres filtres.")
    public record ResourceFacets(
            @Schema(required = true) List<FacetCount> type,
            @Schema(required = true) List<FacetCount> programmingLanguage,
            @Schema(required = true) List<FacetCount> level,
            @Schema(required = true) List<FacetCount> topic,
            @Schema(required = true) List<FacetCount> contentLanguage,

            @Schema(required = true, description = "Valeurs true et false.")
            List<FacetCount> free) {}

    @Schema(name = "ResourceSearchPage")
    public record ResourceSearchPage(
            @Schema(required = true) List<ResourceSummary> items,
            @Schema(required = true, example = "0") int page,
            @Schema(required = true, example = "20") int size,
            @Schema(required = true, example = "137") long total,
            @Schema(required = true) ResourceFacets facets,

            @Schema(
                    required = true,
                    nullable = true,
                    description = PageResponse.NEXT_DESCRIPTION,
                    example =
                            "eyJvIjoicmVzb3VyY2VzOm5ld2VzdCIsImsiOlsiMjAyNi0xMS0zMFQxMDowMDowMFoiLCIwZjUzYzVhZS0xYjBlLTRjNWUtOTQ0Ni0zZTZmNGQ1ZjBmNGMiXX0")
            String next) {}

    @Schema(
            name = "ResourceDuplicateProblem",
            description = "Le problème d'une adresse déjà dans la bibliothèque (409).",
            allOf = fr.spyrales.common.Problem.class)
    public record DuplicateProblem(
            @Schema(description = "La ressource déjà à cette adresse, quand je peux la voir ; absente sinon.")
            UUID existingResourceId) {}
}
