package fr.spyrales.mentorship.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the feedback endpoints. */
public final class FeedbackDtos {
    private FeedbackDtos() {}

    @Schema(name = "MentorshipFeedbackCreate")
    public record FeedbackCreate(
            @Schema(required = true, minimum = "1", maximum = "5", example = "5")
            @NotNull(message = "Donnez une note de 1 à 5.")
            @Min(value = 1, message = "La note va de 1 à 5.")
            @Max(value = 5, message = "La note va de 1 à 5.")
            Integer rating,

            @Schema(example = "Des séances très concrètes : je publie maintenant mes tableaux de bord seule.")
            @Size(max = 2000, message = "Le commentaire ne doit pas dépasser 2 000 caractères.")
            String comment) {}

    @Schema(name = "MentorshipFeedbackEntry", description = "L'avis d'une des deux parties.")
    public record FeedbackEntry(
            @Schema(required = true, minimum = "1", maximum = "5")
            int rating,

            String comment,
            @Schema(required = true) OffsetDateTime createdAt) {}

    @Schema(
            name = "MentorshipFeedback",
            description = "Les avis sur un mentorat terminé ou annulé, vus par l'une des deux parties.")
    public record FeedbackView(
            @Schema(description = "Mon avis ; absent tant que je ne l'ai pas donné.")
            FeedbackEntry mine,

            @Schema(
                    description =
                            "L'avis de l'autre partie ; absent tant qu'elle ne l'a pas donné, ou tant qu'il est masqué.")
            FeedbackEntry theirs,

            @Schema(
                    required = true,
                    description = "Vrai quand l'autre partie a donné son avis mais qu'il reste masqué : "
                            + "il s'affiche quand les deux ont répondu, ou à revealAt.")
            boolean theirsHidden,

            @Schema(
                    description =
                            "Quand chaque partie voit l'avis de l'autre même sans avoir répondu "
                                    + "(par défaut 14 jours après la fin du mentorat) ; absent tant que le mentorat n'est pas fini.")
            OffsetDateTime revealAt) {}
}
