package fr.spyrales.animation;

import fr.spyrales.animation.ReminderQueue.Recipients;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Bodies of the animateurs' console. What supervision may see only: names, organisations, states, dates and counts —
 * never what members wrote (request messages, notes, goals, comments, feedback).
 */
public final class AnimationDtos {
    static final String REASON_SIZE = "Le motif doit faire entre 3 et 500 caractères.";

    static final String MESSAGE_SIZE = "Le message doit faire entre 3 et 500 caractères.";
    /** At least three non-blank characters; linear on any input (no nested quantifiers to backtrack over). */
    static final String THREE_VISIBLE = "\\s*\\S\\s*\\S\\s*\\S[\\s\\S]*";

    private AnimationDtos() {}

    @Schema(name = "AnimationQueues", description = "Les files de la console d'animation.")
    public record Queues(
            @Schema(required = true) Moderation moderation,

            @Schema(required = true, description = "Demandes de mentorat sans réponse depuis plus de N jours.")
            PairingQueue pendingRequests,

            @Schema(required = true, description = "Mentorats en cours sans séance depuis plus de N semaines.")
            PairingQueue stalledPairings,

            @Schema(required = true, description = "Mentorats ayant reçu un avis faible (note ≤ 2).")
            PairingQueue lowFeedbackPairings,

            @Schema(required = true, description = "Projets actifs sans responsable actif.")
            ProjectQueue projectsWithoutLead,

            @Schema(required = true, description = "Événements en ligne terminés sans replay.")
            EventQueue eventsWithoutReplay,

            @Schema(required = true) QueueSettings settings) {}

    @Schema(name = "AnimationModeration", description = "Ce qui attend une décision des animateurs.")
    public record Moderation(
            @Schema(required = true, example = "2", description = "Ressources proposées à relire")
            long resourcesToReview,

            @Schema(required = true, example = "3", description = "Jeux de données « à vérifier »")
            long datasetsToReview,

            @Schema(required = true, example = "1", description = "Signalements ouverts sur des mentorats")
            long openReports,

            @Schema(required = true, example = "1", description = "Signalements ouverts sur des projets")
            long openProjectReports) {}

    @Schema(name = "AnimationQueueSettings", description = "Les seuils appliqués.")
    public record QueueSettings(
            @Schema(required = true, example = "7") int pendingRequestDays,
            @Schema(required = true, example = "4") int stalledPairingWeeks,
            @Schema(required = true, example = "2") int lowFeedbackRating) {}

    @Schema(name = "AnimationParty", description = "Une personne d'un mentorat, telle que la supervision la voit.")
    public record Party(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Camille Martin")
            String displayName,

            @Schema(example = "INSEE") String organization) {}

    @Schema(name = "AnimationLastReminder", description = "La dernière relance envoyée depuis la console.")
    public record LastReminder(
            @Schema(required = true) OffsetDateTime sentAt,

            @Schema(required = true, example = "Claire Fontaine")
            String sentBy,

            @Schema(required = true) Recipients recipients) {}

    @Schema(name = "AnimationPairingQueue")
    public record PairingQueue(
            @Schema(required = true) List<PairingLine> items,
            @Schema(required = true, example = "3") long total) {}

    @Schema(name = "AnimationPairingLine", description = "Un mentorat dans une file : états, dates et comptes.")
    public record PairingLine(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "ACCEPTED") String status,
            @Schema(required = true) Party mentee,
            @Schema(required = true) Party mentor,
            @Schema(required = true) OffsetDateTime requestedAt,
            OffsetDateTime startedAt,

            @Schema(description = "Date de la dernière séance notée")
            LocalDate lastSessionOn,

            @Schema(required = true, example = "0") long sessionCount,

            @Schema(description = "Date du dernier avis faible")
            OffsetDateTime lowFeedbackAt,

            LastReminder lastReminder) {}

    @Schema(name = "AnimationProjectQueue")
    public record ProjectQueue(
            @Schema(required = true) List<ProjectLine> items,
            @Schema(required = true, example = "1") long total) {}

    @Schema(name = "AnimationProjectLine", description = "Un projet sans responsable actif.")
    public record ProjectLine(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Tableau de bord des délais")
            String title,

            @Schema(required = true, example = "IN_PROGRESS")
            String status,

            @Schema(required = true, example = "3") long memberCount,
            @Schema(required = true) OffsetDateTime updatedAt,
            LastReminder lastReminder,

            @Schema(
                    required = true,
                    description = "Les membres de l'équipe qui peuvent être désignés responsables (ni suspendus, ni"
                            + " supprimés) : noms seulement.")
            List<TeamMemberName> appointable) {}

    @Schema(
            name = "AnimationTeamMember",
            description = "Un membre de l'équipe d'un projet, tel que la console le voit.")
    public record TeamMemberName(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Paul Girard")
            String displayName) {}

    @Schema(name = "AnimationEventQueue")
    public record EventQueue(
            @Schema(required = true) List<EventLine> items,
            @Schema(required = true, example = "1") long total) {}

    @Schema(name = "AnimationEventLine", description = "Un événement en ligne terminé sans replay.")
    public record EventLine(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Webinaire : débuter avec pandas")
            String title,

            @Schema(required = true) OffsetDateTime endedAt,
            @Schema(example = "Karim Benali") String organiser,
            LastReminder lastReminder) {}

    @Schema(name = "ReminderCreate", description = "Une relance à envoyer depuis une file de la console.")
    public record ReminderCreate(
            @Schema(required = true) @NotNull(message = "Indiquez la file.")
            ReminderQueue queue,

            @Schema(required = true, description = "Le mentorat, le projet ou l'événement concerné")
            @NotNull(message = "Indiquez ce qui est relancé.")
            UUID targetId,

            @Schema(required = true) @NotNull(message = "Indiquez qui relancer.")
            Recipients recipients) {}

    @Schema(name = "Reminder", description = "Une relance envoyée (notification et e-mail).")
    public record Reminder(
            @Schema(required = true) UUID id,
            @Schema(required = true) ReminderQueue queue,
            @Schema(required = true) UUID targetId,
            @Schema(required = true) Recipients recipients,
            @Schema(required = true) OffsetDateTime sentAt,

            @Schema(required = true, example = "Claire Fontaine")
            String sentBy,

            @Schema(required = true, example = "2", description = "Personnes relancées")
            int recipientCount) {}

    @Schema(
            name = "PairingOverview",
            description = "Un mentorat dans la liste des animateurs : ni message, ni objectifs, ni notes, ni avis.")
    public record PairingRow(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "ACCEPTED") String status,
            @Schema(required = true) Party mentee,
            @Schema(required = true) Party mentor,

            @Schema(example = "11", description = "Région du mentoré")
            String menteeRegion,

            @Schema(required = true) OffsetDateTime requestedAt,
            OffsetDateTime startedAt,
            LocalDate plannedEndDate,
            OffsetDateTime endedAt,
            @Schema(required = true, example = "4") long sessionCount,
            LocalDate lastSessionOn,
            @Schema(required = true, example = "3") long goalCount,
            @Schema(required = true, example = "1") long goalsDone) {}

    @Schema(name = "MemberAdministration", description = "Un compte, tel que les administrateurs le gèrent.")
    public record MemberAdmin(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Camille Martin")
            String displayName,

            @Schema(required = true, example = "camille.martin@insee.fr")
            String email,

            @Schema(example = "INSEE") String organization,

            @Schema(required = true, example = "[\"animateur\"]")
            List<String> roles,

            Suspension suspension) {}

    @Schema(name = "MemberSuspension", description = "La suspension en cours d'un compte.")
    public record Suspension(
            @Schema(required = true) OffsetDateTime suspendedAt,
            @Schema(required = true, example = "Alex Admin") String suspendedBy,

            @Schema(required = true, example = "Messages répétés hors charte")
            String reason) {}

    @Schema(name = "SuspensionReason", description = "Le motif d'une suspension ou de sa levée.")
    public record SuspensionReason(
            @Schema(required = true, example = "Messages répétés hors charte, voir échange du 2 décembre")
            @NotNull(message = "Indiquez le motif.")
            @Pattern(regexp = THREE_VISIBLE, message = REASON_SIZE)
            @Size(min = 3, max = 500, message = REASON_SIZE)
            String reason) {}

    @Schema(
            name = "PairingClosure",
            description = "Clore une demande ou un mentorat depuis la console, avec le message des animateurs aux deux"
                    + " personnes.")
    public record PairingClosure(
            @Schema(
                    required = true,
                    minLength = 3,
                    maxLength = 500,
                    example = "Sans nouvelles de vous deux depuis trois mois, nous clôturons ce mentorat. Écrivez-nous"
                            + " si vous souhaitez le reprendre.",
                    description = "Lu par les deux personnes : notification, e-mail et historique du mentorat.")
            @NotNull(message = "Écrivez le message aux deux personnes.")
            @Pattern(regexp = THREE_VISIBLE, message = MESSAGE_SIZE)
            @Size(min = 3, max = 500, message = MESSAGE_SIZE)
            String reason) {}

    @Schema(
            name = "PairingReassignment",
            description = "Confier la demande d'une personne à un autre mentor, avec le message des animateurs.")
    public record PairingReassignment(
            @Schema(required = true, description = "Le nouveau mentor (voir les mentors possibles du mentorat)")
            @NotNull(message = "Choisissez le nouveau mentor.")
            UUID mentorId,

            @Schema(
                    required = true,
                    minLength = 3,
                    maxLength = 500,
                    example = "Votre mentor n'est plus disponible : nous avons transmis votre demande à une autre"
                            + " mentore de votre région.",
                    description = "Lu par la personne accompagnée et l'ancien mentor : notification, e-mail et"
                            + " historique du mentorat.")
            @NotNull(message = "Écrivez le message aux deux personnes.")
            @Pattern(regexp = THREE_VISIBLE, message = MESSAGE_SIZE)
            @Size(min = 3, max = 500, message = MESSAGE_SIZE)
            String reason) {}

    @Schema(
            name = "PairingActionResult",
            description =
                    "Ce que l'action de la console a fait : le nouvel état du mentorat et, pour une réattribution,"
                            + " la nouvelle demande.")
    public record PairingActionResult(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "CANCELLED", description = "WITHDRAWN (demande) ou CANCELLED")
            String status,

            @Schema(description = "La nouvelle demande, en attente de la réponse du nouveau mentor (réattribution)")
            UUID newRequestId,

            @Schema(description = "Le nouveau mentor (réattribution)")
            Party newMentor) {}

    @Schema(name = "MentorCandidate", description = "Un mentor à qui confier la demande : nom, organisation, places.")
    public record MentorCandidate(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Claire Fontaine")
            String displayName,

            @Schema(example = "DREES") String organization,

            @Schema(required = true, example = "2", description = "Places libres (capacité moins mentorats en cours)")
            int freePlaces) {}
}
