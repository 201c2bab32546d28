package fr.spyrales.mentorship.report;

import fr.spyrales.mentorship.MentorshipDtos.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the report endpoints. */
public final class ReportDtos {
    private ReportDtos() {}

    @Schema(
            name = "MentorshipReportCreate",
            description = "Lu par les animateurs et administrateurs, jamais par l'autre personne du binôme.")
    public record ReportCreate(
            @Schema(required = true, example = "Mon mentor annule nos séances au dernier moment depuis deux mois.")
            @NotBlank(message = "Décrivez le problème.")
            @Size(max = 2000, message = "Le signalement ne doit pas dépasser 2 000 caractères.")
            String message) {}

    @Schema(
            name = "MentorshipReportResolution",
            description = "Note facultative, lue par la personne qui a fait le signalement ; vide, elle est ignorée.")
    public record ReportResolution(
            @Schema(example = "Nous avons échangé avec vous deux ; les séances reprennent en janvier.")
            @Size(max = 2000, message = "La note ne doit pas dépasser 2 000 caractères.")
            String note) {}

    @Schema(name = "MentorshipReportPerson")
    public record Person(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "Léa Moreau") String displayName) {}

    @Schema(name = "MentorshipReport")
    public record ReportView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID mentorshipId,

            @Schema(required = true, description = "La personne accompagnée du binôme.")
            Person mentee,

            @Schema(required = true, description = "Le mentor du binôme.")
            Person mentor,

            @Schema(required = true, description = "Qui a fait le signalement.")
            Person author,

            @Schema(required = true, description = "Le côté du binôme de l'auteur : MENTOR ou MENTEE.")
            Role authorRole,

            @Schema(required = true) String message,
            @Schema(required = true) ReportStatus status,
            @Schema(required = true) OffsetDateTime createdAt,

            @Schema(description = "Absent tant que le signalement est ouvert.")
            OffsetDateTime resolvedAt,

            @Schema(description = "Qui l'a traité ; absent tant qu'il est ouvert.")
            String resolvedByName,

            @Schema(description = "La note laissée en le traitant, si elle a été écrite.")
            String resolutionNote) {}
}
