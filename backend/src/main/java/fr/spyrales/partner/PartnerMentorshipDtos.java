package fr.spyrales.partner;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a partner client reads of its own organisation's mentorships: no message, goal, comment or feedback. */
public final class PartnerMentorshipDtos {
    private PartnerMentorshipDtos() {}

    @Schema(name = "PartnerMentorshipParty", description = "Une des deux personnes du binôme : son nom public.")
    public record Party(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Élodie Martin")
            String displayName,

            @Schema(description = "Son organisation (absente si non renseignée).")
            UUID organizationId,

            String organizationName) {}

    @Schema(name = "PartnerMentorship", description = "Un binôme de mentorat, sans son contenu privé.")
    public record Pairing(
            @Schema(required = true) UUID id,

            @Schema(
                    required = true,
                    enumeration = {
                        "PENDING",
                        "ACCEPTED",
                        "PAUSED",
                        "DECLINED",
                        "WITHDRAWN",
                        "EXPIRED",
                        "COMPLETED",
                        "CANCELLED"
                    })
            String status,

            @Schema(required = true) OffsetDateTime requestedAt,
            @Schema(nullable = true) OffsetDateTime startedAt,
            @Schema(nullable = true) LocalDate plannedEndDate,
            @Schema(nullable = true) OffsetDateTime endedAt,
            @Schema(required = true) Party mentee,
            @Schema(required = true) Party mentor) {}

    @Schema(name = "PartnerMentorshipSummary", description = "Les chiffres du mentorat pour l'organisation du client.")
    public record Summary(
            @Schema(required = true) UUID organizationId,

            @Schema(required = true, description = "Binômes dont une personne est de l'organisation, par état.")
            Map<String, Long> byStatus,

            @Schema(required = true, description = "Mentors de l'organisation dans un binôme actif ou en pause.")
            long activeMentors,

            @Schema(required = true, description = "Mentorés de l'organisation dans un binôme actif ou en pause.")
            long activeMentees) {}
}
