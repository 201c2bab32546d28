package fr.spyrales.training.path;

import fr.spyrales.training.library.ProgrammingLanguage;
import fr.spyrales.training.library.ResourceLevel;
import fr.spyrales.training.library.ResourceStatus;
import fr.spyrales.training.library.ResourceType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the learning path endpoints. */
public final class PathDtos {
    /** Rejects a text made only of spaces; null (absent) passes. */
    // Read alike by Java (whole match) and by the contract's ECMAScript regex (a search): no inline flags such as (?s).
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    static final String TITLE_SIZE = "Le titre fait entre 3 et 150 caractères.";
    static final String GOAL_SIZE = "L'objectif fait entre 3 et 1 000 caractères.";
    static final String SKILLS_SIZE = "Indiquez de une à cinq compétences.";
    static final String MINUTES_RANGE = "La durée estimée va de 1 à 100 000 minutes.";
    static final String NOTE_SIZE = "La note ne doit pas dépasser 4 000 caractères.";
    static final String CHECKPOINT_SIZE = "Le point d'étape ne doit pas dépasser 4 000 caractères.";
    static final String POSITION_RANGE = "La position va de 1 à " + PathSteps.MAX_STEPS + ".";

    private PathDtos() {}

    @Schema(name = "PathCreate")
    public record PathCreate(
            @Schema(required = true, example = "Débuter en analyse de données avec R")
            @NotBlank(message = "Donnez un titre au parcours.")
            @Size(min = 3, max = 150, message = TITLE_SIZE)
            String title,

            @Schema(
                    required = true,
                    description = "Ce que l'on sait faire à la fin du parcours.",
                    example = "Importer un fichier de l'Insee, le nettoyer et en tirer un premier graphique.")
            @NotBlank(message = "Dites ce que l'on saura faire à la fin du parcours.")
            @Size(min = 3, max = 1000, message = GOAL_SIZE)
            String goal,

            @Schema(required = true) @NotNull(message = "Indiquez le niveau du parcours.")
            ResourceLevel level,

            @Schema(required = true) @NotNull(message = "Indiquez le langage du parcours.")
            ProgrammingLanguage programmingLanguage,

            @Schema(
                    required = true,
                    description = "Codes de une à cinq compétences du référentiel (GET /skills).",
                    example = "[\"statistiques\", \"dataviz\"]")
            @NotNull(message = SKILLS_SIZE)
            @Size(min = 1, max = 5, message = SKILLS_SIZE)
            List<@NotBlank(message = "Compétence manquante.") @Size(max = 40, message = "Compétence inconnue.") String>
                    skills,

            @Schema(description = "Durée estimée, en minutes.", example = "600")
            @Min(value = 1, message = MINUTES_RANGE)
            @Max(value = 100000, message = MINUTES_RANGE)
            Integer estimatedMinutes) {}

    @Schema(
            name = "PathUpdate",
            description = "Les champs à changer ; un champ absent reste tel quel. estimatedMinutes à 0 efface la durée."
                    + " La liste skills, si présente, remplace la précédente.")
    public record PathUpdate(
            @Pattern(regexp = NOT_BLANK, message = "Le titre ne peut pas être vide.")
            @Size(min = 3, max = 150, message = TITLE_SIZE)
            String title,

            @Pattern(regexp = NOT_BLANK, message = "L'objectif ne peut pas être vide.")
            @Size(min = 3, max = 1000, message = GOAL_SIZE)
            String goal,

            ResourceLevel level,
            ProgrammingLanguage programmingLanguage,

            @Schema(example = "[\"statistiques\"]") @Size(min = 1, max = 5, message = SKILLS_SIZE)
            List<@NotBlank(message = "Compétence manquante.") @Size(max = 40, message = "Compétence inconnue.") String>
                    skills,

            @Min(value = 0, message = "La durée estimée va de 1 à 100 000 minutes (0 : l'effacer).")
            @Max(value = 100000, message = MINUTES_RANGE)
            Integer estimatedMinutes) {}

    @Schema(name = "PathStepCreate")
    public record PathStepCreate(
            @Schema(required = true, description = "Une ressource publiée de la bibliothèque.")
            @NotNull(message = "Choisissez une ressource de la bibliothèque.")
            UUID resourceId,

            @Schema(description = "Note de l'auteur, en Markdown.", example = "Lisez surtout les chapitres 2 et 3.")
            @Size(max = 4000, message = NOTE_SIZE)
            String note,

            @Schema(description = "Exercice facultatif pour vérifier ce qui est acquis, en Markdown.")
            @Size(max = 4000, message = CHECKPOINT_SIZE)
            String checkpoint,

            @Schema(description = "Place de l'étape (1 = première) ; par défaut, à la fin.", example = "1")
            @Min(value = 1, message = POSITION_RANGE)
            @Max(value = PathSteps.MAX_STEPS, message = POSITION_RANGE)
            Integer position) {}

    @Schema(
            name = "PathStepUpdate",
            description = "Les champs à changer ; un champ absent reste tel quel, un texte vide (\"\") s'efface."
                    + " Changer position déplace l'étape et renumérote les autres.")
    public record PathStepUpdate(
            @Size(max = 4000, message = NOTE_SIZE) String note,
            @Size(max = 4000, message = CHECKPOINT_SIZE) String checkpoint,

            @Schema(example = "2")
            @Min(value = 1, message = POSITION_RANGE)
            @Max(value = PathSteps.MAX_STEPS, message = POSITION_RANGE)
            Integer position) {}

    @Schema(name = "PathAuthor", description = "L'auteur du parcours.")
    public record Author(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Claire Fontaine")
            String displayName) {}

    @Schema(name = "PathProgress", description = "Où en est un membre : étapes cochées sur le nombre d'étapes.")
    public record Progress(
            @Schema(required = true, example = "3") int doneSteps,
            @Schema(required = true, example = "8") int totalSteps,

            @Schema(required = true, description = "Pourcentage entier, arrondi à l'inférieur.", example = "37")
            int percent) {
        static Progress of(int done, int total) {
            return new Progress(done, total, total == 0 ? 0 : done * 100 / total);
        }
    }

    @Schema(name = "PathSummary")
    public record PathSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) String goal,
            @Schema(required = true) ResourceLevel level,
            @Schema(required = true) ProgrammingLanguage programmingLanguage,

            @Schema(required = true, description = "Codes des compétences du parcours.")
            List<String> skills,

            Integer estimatedMinutes,
            @Schema(required = true) int stepCount,
            @Schema(required = true) PathStatus status,

            @Schema(description = "Absent quand le compte de l'auteur a été supprimé.")
            Author author,

            @Schema(required = true) int followerCount,

            @Schema(description = "Ma progression ; absente quand je ne suis pas ce parcours.")
            Progress myProgress) {}

    @Schema(
            name = "PathStepResource",
            description = "La ressource d'une étape ; status WITHDRAWN quand elle a été retirée de la bibliothèque :"
                    + " l'étape reste, et compte dans la progression.")
    public record StepResource(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) String url,
            @Schema(required = true) ResourceType type,
            @Schema(required = true) ResourceLevel level,
            @Schema(required = true) ProgrammingLanguage programmingLanguage,
            Integer durationMinutes,
            @Schema(required = true) ResourceStatus status) {}

    @Schema(name = "PathStep")
    public record PathStep(
            @Schema(required = true) UUID id,

            @Schema(required = true, description = "De 1 à n, sans trou.", example = "1")
            int position,

            @Schema(description = "Note de l'auteur, en Markdown.")
            String note,

            @Schema(required = true, description = "La note rendue en HTML sûr ; vide sans note.")
            String noteHtml,

            String checkpoint,

            @Schema(required = true, description = "Le point d'étape rendu en HTML sûr ; vide sans point d'étape.")
            String checkpointHtml,

            @Schema(required = true) StepResource resource,

            @Schema(required = true, description = "J'ai coché cette étape.")
            boolean done) {}

    @Schema(name = "PathView")
    public record PathView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) String goal,
            @Schema(required = true) ResourceLevel level,
            @Schema(required = true) ProgrammingLanguage programmingLanguage,
            @Schema(required = true) List<String> skills,
            Integer estimatedMinutes,
            @Schema(required = true) int stepCount,
            @Schema(required = true) PathStatus status,
            Author author,
            @Schema(required = true) int followerCount,
            Progress myProgress,

            @Schema(required = true, description = "Dans l'ordre des positions.")
            List<PathStep> steps,

            @Schema(required = true, description = "Je peux modifier ce parcours (son auteur, ou un animateur).")
            boolean canEdit,

            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt,
            OffsetDateTime publishedAt) {}
}
