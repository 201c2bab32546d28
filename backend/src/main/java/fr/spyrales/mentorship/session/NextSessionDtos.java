package fr.spyrales.mentorship.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the next-session endpoints. */
public final class NextSessionDtos {
    private NextSessionDtos() {}

    @Schema(
            name = "NextSessionInput",
            description = "La prochaine séance : remplace celle qui était prévue, s'il y en avait une.")
    public record NextSessionInput(
            @Schema(
                    required = true,
                    description = "Date et heure de début, dans le futur (moins d'un an).",
                    example = "2026-03-19T14:00:00+01:00")
            @NotNull(message = "Indiquez la date et l'heure de la séance.")
            OffsetDateTime startsAt,

            @Schema(minimum = "5", maximum = "600", example = "60", description = "60 minutes si absent.")
            @Min(value = 5, message = "La durée va de 5 à 600 minutes.")
            @Max(value = 600, message = "La durée va de 5 à 600 minutes.")
            Integer durationMinutes,

            @Schema(example = "Salle 3.12, tour Séquoia", description = "Le lieu, si la séance a lieu en personne.")
            @Pattern(regexp = SessionDtos.NOT_BLANK, message = "Le lieu ne peut pas être vide.")
            @Size(max = 200, message = "Le lieu ne doit pas dépasser 200 caractères.")
            String place,

            @Schema(
                    example = "https://webconf.numerique.gouv.fr/seance-lea",
                    description = "Le lien de visioconférence, en https.")
            @Pattern(
                    regexp = "https://[^\\s/]+\\S*",
                    message = "Le lien de visioconférence doit commencer par https://.")
            @Size(max = 2000, message = "Le lien ne doit pas dépasser 2 000 caractères.")
            String videoUrl,

            @Schema(example = "Apporter le fichier CSV des effectifs.")
            @Size(max = 2000, message = "La note ne doit pas dépasser 2 000 caractères.")
            String note) {}

    @Schema(name = "NextSession")
    public record NextSessionView(
            @Schema(required = true) UUID mentorshipId,

            @Schema(required = true, example = "2026-03-19T14:00:00+01:00")
            OffsetDateTime startsAt,

            @Schema(required = true, example = "60") int durationMinutes,
            @Schema(example = "Salle 3.12, tour Séquoia") String place,

            @Schema(example = "https://webconf.numerique.gouv.fr/seance-lea")
            String videoUrl,

            @Schema(example = "Apporter le fichier CSV des effectifs.")
            String note,

            UUID plannedById,
            @Schema(required = true) OffsetDateTime plannedAt) {}
}
