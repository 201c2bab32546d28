package fr.spyrales.mentorship;

import fr.spyrales.common.ApiException;
import fr.spyrales.member.MemberDtos.OrganizationRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the mentorship endpoints. */
public final class MentorshipDtos {
    private MentorshipDtos() {}

    @Schema(name = "MentorshipRequest")
    public record MentorshipRequest(
            @Schema(required = true) @NotNull(message = "Choisissez la personne à qui vous demandez un mentorat.")
            UUID mentorId,

            @Schema(
                    required = true,
                    example =
                            "Bonjour, je débute en R et j'aimerais automatiser mes tableaux de suivi. Auriez-vous un peu de temps ?")
            @NotBlank(message = "Écrivez un message à la personne sollicitée.")
            @Size(max = 2000, message = "Le message ne doit pas dépasser 2 000 caractères.")
            String message,

            @Schema(
                    required = true,
                    description = "Un à trois objectifs.",
                    example = "[\"Écrire mon premier script R\", \"Produire un graphique avec ggplot2\"]")
            @NotNull(message = "Indiquez au moins un objectif.")
            @Size(min = 1, max = 3, message = "Indiquez entre un et trois objectifs.")
            List<
                            @NotBlank(message = "Un objectif ne peut pas être vide.")
                            @Size(max = 200, message = "Un objectif ne doit pas dépasser 200 caractères.") String>
                    goals) {}

    @Schema(
            name = "RequestEligibility",
            description = "Ce que le bouton « Demander un mentorat » affiche avant d'être utilisé.")
    public record RequestEligibility(
            @Schema(required = true, description = "Vrai si la demande peut être faite maintenant.")
            boolean allowed,

            @Schema(description = "Règle qui l'empêche ; absente si la demande est possible.")
            RequestRefusal rule,

            @Schema(
                    description = "Explication pour la personne, absente si la demande est possible.",
                    example =
                            "Claire Fontaine accompagne déjà autant de personnes que possible. Essayez un autre mentor.")
            String reason) {}

    @Schema(
            name = "MentorshipUpdate",
            description = "Ce que les deux personnes du binôme peuvent changer d'un mentorat en cours ou en pause.")
    public record MentorshipUpdate(
            @Schema(
                    required = true,
                    description = "Nouvelle date de fin prévue : à venir, dans l'année qui vient. "
                            + "Le mentorat est terminé automatiquement une fois cette date passée.",
                    example = "2026-06-30")
            @NotNull(message = "Indiquez la nouvelle date de fin prévue.")
            LocalDate plannedEndDate) {}

    @Schema(name = "DeclineRequest")
    public record DeclineRequest(
            @Schema(required = true) @NotNull(message = "Choisissez un motif.")
            DeclineReason reason,

            @Schema(example = "Je suis en congé jusqu'à fin mars.")
            @Size(max = 2000, message = "Le commentaire ne doit pas dépasser 2 000 caractères.")
            String comment) {

        /** « Autre » tells the mentee nothing by itself, so it comes with a few words. */
        void requireCommentForOther() {
            if (reason == DeclineReason.OTHER && (comment == null || comment.isBlank())) {
                throw ApiException.invalidField("comment", "Précisez en quelques mots le motif « Autre ».");
            }
        }
    }

    @Schema(name = "CancelRequest")
    public record CancelRequest(
            @Schema(required = true, example = "Changement de poste : je n'ai plus de temps à consacrer au mentorat.")
            @NotBlank(message = "Indiquez la raison de l'annulation.")
            @Size(max = 2000, message = "La raison ne doit pas dépasser 2 000 caractères.")
            String reason) {}

    @Schema(name = "TransitionComment", description = "Commentaire facultatif joint au changement d'état.")
    public record TransitionComment(
            @Size(max = 2000, message = "Le commentaire ne doit pas dépasser 2 000 caractères.")
            String comment) {}

    @Schema(
            name = "MentorshipContact",
            description = "Coordonnées, visibles des deux parties une fois la demande acceptée.")
    public record Contact(@Schema(required = true) String email, String tchapHandle) {}

    @Schema(name = "MentorshipParty")
    public record Party(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Claire Fontaine")
            String displayName,

            OrganizationRef organization,
            String jobTitle,

            @Schema(
                    description =
                            "Partagé entre les deux personnes du binôme une fois la demande acceptée ; absent sinon.")
            Contact contact) {}

    @Schema(name = "MentorshipHistoryEntry")
    public record HistoryEntry(
            MentorshipStatus fromStatus,
            @Schema(required = true) MentorshipStatus toStatus,

            @Schema(description = "Absent quand le programme a agi (expiration, retrait automatique).")
            UUID actorId,

            String actorName,

            @Schema(description = "Code du motif (refus, retrait ou fin automatiques, date de fin modifiée).")
            String reason,

            @Schema(
                    description = "Ce que la personne a écrit. Absent (null) pour les animateurs et administrateurs "
                            + "qui ne font pas partie du binôme.")
            String comment,

            @Schema(required = true) OffsetDateTime occurredAt) {}

    @Schema(
            name = "MentorshipRole",
            enumeration = {"MENTOR", "MENTEE", "SUPERVISOR"})
    public enum Role {
        MENTOR,
        MENTEE,
        SUPERVISOR
    }

    @Schema(name = "GoalProgress")
    public record GoalProgress(
            @Schema(required = true) int total,
            @Schema(required = true) int done) {}

    @Schema(name = "Mentorship")
    public record MentorshipView(
            @Schema(required = true) UUID id,
            @Schema(required = true) MentorshipStatus status,

            @Schema(
                    required = true,
                    description =
                            "Le rôle de l'appelant dans ce mentorat : MENTOR ou MENTEE pour les deux "
                                    + "personnes du binôme, SUPERVISOR pour un animateur ou administrateur qui n'en fait pas partie.")
            Role myRole,

            @Schema(required = true) Party mentee,
            @Schema(required = true) Party mentor,

            @Schema(
                    description = "Le message de la demande. Absent (null) pour les animateurs et administrateurs "
                            + "qui ne font pas partie du binôme : le contenu d'un binôme est privé.")
            String message,

            @Schema(required = true) boolean proposedByProgramme,
            @Schema(required = true) OffsetDateTime requestedAt,
            OffsetDateTime startedAt,
            LocalDate plannedEndDate,
            OffsetDateTime endedAt,
            @Schema(required = true) GoalProgress goals,

            @Schema(required = true, description = "Les changements d'état que l'appelant peut faire maintenant.")
            List<MentorshipAction> allowedActions,

            @Schema(
                    required = true,
                    description = "Les 50 derniers changements au plus, du plus ancien au plus récent.")
            List<HistoryEntry> history,

            @Schema(
                    required = true,
                    description =
                            "Nombre total de changements ; plus grand que la taille de history quand les plus anciens n'y figurent pas.",
                    example = "7")
            int historyTotal) {}

    @Schema(name = "MentorshipSummary")
    public record MentorshipSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) MentorshipStatus status,
            @Schema(required = true) Role myRole,

            @Schema(required = true, description = "L'autre personne du binôme.")
            Party counterpart,

            @Schema(required = true) boolean proposedByProgramme,
            @Schema(required = true) OffsetDateTime requestedAt,
            OffsetDateTime startedAt,
            OffsetDateTime endedAt,
            @Schema(required = true) GoalProgress goals) {}
}
