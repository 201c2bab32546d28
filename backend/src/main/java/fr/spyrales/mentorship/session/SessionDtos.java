package fr.spyrales.mentorship.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the session endpoints. */
public final class SessionDtos {
    private SessionDtos() {}

    /** Rejects a text made only of spaces; null (absent) passes. */
    // Read alike by Java (whole match) and by the contract's ECMAScript regex (a search): no inline flags such as (?s).
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    @Schema(name = "MentorshipSessionCreate")
    public record SessionCreate(
            @Schema(
                    required = true,
                    description = "Pas dans le futur, ni avant le début du mentorat.",
                    example = "2026-03-19")
            @NotNull(message = "Indiquez la date de la séance.")
            LocalDate heldOn,

            @Schema(required = true, minimum = "5", maximum = "600", example = "60")
            @NotNull(message = "Indiquez la durée de la séance, en minutes.")
            @Min(value = 5, message = "La durée va de 5 à 600 minutes.")
            @Max(value = 600, message = "La durée va de 5 à 600 minutes.")
            Integer durationMinutes,

            @Schema(required = true, example = "Import de fichiers CSV avec readr, premières jointures avec dplyr")
            @NotBlank(message = "Indiquez les sujets abordés.")
            @Size(max = 500, message = "Les sujets ne doivent pas dépasser 500 caractères.")
            String topics,

            @Schema(
                    description = "Notes partagées entre les deux parties.",
                    example = "Prochaine fois : exporter le graphique en PNG.")
            @Size(max = 5000, message = "Les notes ne doivent pas dépasser 5 000 caractères.")
            String notes) {}

    @Schema(
            name = "MentorshipSessionUpdate",
            description = "Champs à modifier ; un champ absent reste inchangé. Une chaîne vide efface les notes.")
    public record SessionUpdate(
            @Schema(description = "Pas dans le futur, ni avant le début du mentorat.", example = "2026-03-19")
            LocalDate heldOn,

            @Schema(minimum = "5", maximum = "600", example = "90")
            @Min(value = 5, message = "La durée va de 5 à 600 minutes.")
            @Max(value = 600, message = "La durée va de 5 à 600 minutes.")
            Integer durationMinutes,

            @Pattern(regexp = NOT_BLANK, message = "Les sujets abordés ne peuvent pas être vides.")
            @Size(max = 500, message = "Les sujets ne doivent pas dépasser 500 caractères.")
            String topics,

            @Size(max = 5000, message = "Les notes ne doivent pas dépasser 5 000 caractères.")
            String notes) {}

    @Schema(name = "MentorshipSession")
    public record SessionView(
            @Schema(required = true) UUID id,
            @Schema(required = true) LocalDate heldOn,
            @Schema(required = true) int durationMinutes,
            @Schema(required = true) String topics,
            String notes,
            UUID createdById,
            @Schema(example = "Léa Novice") String createdByName,
            @Schema(required = true) OffsetDateTime createdAt) {}

    @Schema(name = "MentorshipSessionList")
    public record SessionList(
            @Schema(required = true, description = "Toutes les séances du mentorat, la plus récente d'abord.")
            List<SessionView> items,

            @Schema(required = true, example = "4") int totalSessions,

            @Schema(required = true, description = "Durée cumulée des séances, en minutes.", example = "270")
            int totalMinutes) {}
}
