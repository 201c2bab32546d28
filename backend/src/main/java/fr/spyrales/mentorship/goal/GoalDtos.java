package fr.spyrales.mentorship.goal;

import fr.spyrales.mentorship.MentorshipDtos.GoalProgress;
import fr.spyrales.training.path.PathProgress.LinkedPath;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the goal endpoints. */
public final class GoalDtos {
    private GoalDtos() {}

    /** Rejects a text made only of spaces; null (absent) passes. */
    // Read alike by Java (whole match) and by the contract's ECMAScript regex (a search): no inline flags such as (?s).
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    @Schema(name = "MentorshipGoalCreate")
    public record GoalCreate(
            @Schema(required = true, example = "Publier un tableau de bord Quarto")
            @NotBlank(message = "Donnez un titre à l'objectif.")
            @Size(max = 200, message = "Le titre ne doit pas dépasser 200 caractères.")
            String title,

            @Schema(example = "Avec les données de fréquentation des bibliothèques de la région.")
            @Size(max = 2000, message = "Le détail ne doit pas dépasser 2 000 caractères.")
            String details,

            @Schema(description = "Un parcours publié à suivre pour atteindre l'objectif (GET /paths?q=…).")
            UUID pathId) {}

    /**
     * A class, not a record: public fields are set only when present in the JSON, which tells "absent" (unchanged)
     * from "null" (cleared) for pathId — a record's constructor cannot.
     */
    @Schema(
            name = "MentorshipGoalUpdate",
            description =
                    "Champs à modifier ; un champ absent reste inchangé. Une chaîne vide efface le détail. done coche (true) ou décoche (false) l'objectif. pathId lie un parcours publié, null retire le lien.")
    public static class GoalUpdate {
        @Pattern(regexp = NOT_BLANK, message = "Le titre ne peut pas être vide.")
        @Size(max = 200, message = "Le titre ne doit pas dépasser 200 caractères.")
        public String title;

        @Size(max = 2000, message = "Le détail ne doit pas dépasser 2 000 caractères.")
        public String details;

        public Boolean done;

        @Schema(nullable = true, description = "Un parcours publié ; null retire le lien.")
        public Optional<UUID> pathId;
    }

    @Schema(name = "MentorshipGoalCommentCreate")
    public record CommentCreate(
            @Schema(
                    required = true,
                    example = "J'ai trouvé un bon tutoriel sur les tableaux de bord, je te l'envoie sur Tchap.")
            @NotBlank(message = "Écrivez un commentaire.")
            @Size(max = 2000, message = "Le commentaire ne doit pas dépasser 2 000 caractères.")
            String body) {}

    @Schema(name = "MentorshipGoalComment")
    public record CommentView(
            @Schema(required = true) UUID id,

            @Schema(description = "Absent si le compte de l'auteur a disparu.")
            UUID authorId,

            @Schema(example = "Claire Fontaine") String authorName,
            @Schema(required = true) String body,
            @Schema(required = true) OffsetDateTime createdAt) {}

    @Schema(name = "MentorshipGoal")
    public record GoalView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            String details,
            @Schema(required = true) boolean done,

            @Schema(description = "Quand l'objectif a été coché ; absent tant qu'il ne l'est pas.")
            OffsetDateTime doneAt,

            @Schema(required = true, description = "Rang d'affichage, croissant.")
            int position,

            UUID createdById,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt,

            @Schema(required = true, description = "Du plus ancien au plus récent.")
            List<CommentView> comments,

            @Schema(description = "Le parcours lié, avec la progression de la personne accompagnée ; absent sans lien.")
            LinkedPath path) {}

    @Schema(name = "MentorshipGoalList")
    public record GoalList(
            @Schema(required = true, description = "Dans l'ordre de position.")
            List<GoalView> items,

            @Schema(required = true) GoalProgress progress) {}
}
