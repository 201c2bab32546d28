package fr.spyrales.overview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of « Mon espace » ({@code GET /me/overview}): everything the page shows, read in one call. */
public final class OverviewDtos {
    private OverviewDtos() {}

    @Schema(
            name = "MyOverview",
            description = "La situation du membre connecté, bloc par bloc : ce qui attend sa réponse, ses mentorats en"
                    + " cours, ses projets, ses parcours, ses prochains événements, le défi de la semaine, ses"
                    + " notifications, la complétude de son profil et ses premiers pas. Chaque liste est courte (les"
                    + " plus urgents d'abord) ; les totaux disent s'il y en a d'autres.")
    public record MyOverview(
            @Schema(required = true, example = "Léa") String firstName,
            @Schema(required = true) ToAnswer toAnswer,

            @Schema(required = true, description = "Les mentorats en cours ou en pause, mentor ou mentoré·e.")
            List<MentorshipUnderWay> mentorships,

            @Schema(
                    required = true,
                    description = "Les demandes de mentorat que j'ai envoyées et qui attendent une réponse.")
            List<SentRequest> sentRequests,

            @Schema(
                    required = true,
                    description = "Mes projets (responsable ou membre de l'équipe), les plus récemment actifs d'abord.")
            List<MyProject> projects,

            @Schema(required = true, description = "Les parcours que je suis, avec ma progression.")
            List<FollowedPath> paths,

            @Schema(
                    required = true,
                    description = "Mes prochains événements (inscription confirmée ou en liste d'attente).")
            List<UpcomingEvent> events,

            @Schema(description = "Le défi ouvert en ce moment, sinon le prochain ; absent s'il n'y en a aucun.")
            WeeklyChallenge challenge,

            @Schema(required = true) NotificationSummary notifications,
            @Schema(required = true) ProfileCompletion profileCompletion,
            @Schema(required = true) Welcome welcome) {}

    @Schema(name = "OverviewToAnswer", description = "Ce qui attend une réponse du membre.")
    public record ToAnswer(
            @Schema(
                    required = true,
                    description = "Les demandes de mentorat à accepter ou décliner, les plus anciennes d'abord.")
            List<MentorshipRequestToAnswer> mentorshipRequests,

            @Schema(required = true, example = "1") int mentorshipRequestCount,

            @Schema(
                    required = true,
                    description = "Les demandes pour rejoindre mes projets (dont je suis responsable).")
            List<JoinRequestToReview> joinRequests,

            @Schema(required = true, example = "0") int joinRequestCount,

            @Schema(
                    required = true,
                    description = "Les mentorats terminés sur lesquels je n'ai pas encore donné mon avis.")
            List<FeedbackToGive> feedbackToGive,

            @Schema(required = true, example = "0") int feedbackToGiveCount) {}

    @Schema(name = "OverviewPerson")
    public record Person(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "Léa Novice") String displayName) {}

    @Schema(name = "OverviewMentorshipRequest")
    public record MentorshipRequestToAnswer(
            @Schema(required = true) UUID mentorshipId,
            @Schema(required = true) Person mentee,
            @Schema(required = true) boolean proposedByProgramme,
            @Schema(required = true) OffsetDateTime requestedAt) {}

    @Schema(name = "OverviewSentRequest")
    public record SentRequest(
            @Schema(required = true) UUID mentorshipId,
            @Schema(required = true) Person mentor,
            @Schema(required = true) OffsetDateTime requestedAt) {}

    @Schema(name = "OverviewJoinRequest")
    public record JoinRequestToReview(
            @Schema(required = true) UUID requestId,
            @Schema(required = true) UUID projectId,

            @Schema(required = true, example = "Tableau de bord des effectifs")
            String projectTitle,

            @Schema(required = true) Person member,
            @Schema(required = true) OffsetDateTime createdAt) {}

    @Schema(name = "OverviewFeedbackToGive")
    public record FeedbackToGive(
            @Schema(required = true) UUID mentorshipId,
            @Schema(required = true) Person otherParty,
            @Schema(required = true) OffsetDateTime endedAt) {}

    @Schema(name = "OverviewMentorship")
    public record MentorshipUnderWay(
            @Schema(required = true) UUID mentorshipId,

            @Schema(
                    required = true,
                    enumeration = {"ACCEPTED", "PAUSED"})
            String status,

            @Schema(
                    required = true,
                    enumeration = {"MENTOR", "MENTEE"})
            String myRole,

            @Schema(required = true) Person otherParty,

            @Schema(description = "La prochaine séance prévue ; absente si aucune n'est fixée (ou si elle est passée).")
            PlannedSession nextSession,

            @Schema(required = true, example = "2") int goalsDone,
            @Schema(required = true, example = "5") int goalsTotal,

            @Schema(description = "La date de la dernière séance notée.")
            LocalDate lastSessionOn) {}

    @Schema(name = "OverviewPlannedSession")
    public record PlannedSession(
            @Schema(required = true) OffsetDateTime startsAt,
            @Schema(required = true, example = "60") int durationMinutes,
            @Schema(example = "Salle 3.12") String place,

            @Schema(example = "https://webconf.numerique.gouv.fr/seance-lea")
            String videoUrl) {}

    @Schema(name = "OverviewProject")
    public record MyProject(
            @Schema(required = true) UUID projectId,

            @Schema(required = true, example = "Tableau de bord des effectifs")
            String title,

            @Schema(
                    required = true,
                    enumeration = {"IDEA", "RECRUITING", "IN_PROGRESS", "DONE", "ARCHIVED"})
            String status,

            @Schema(
                    required = true,
                    enumeration = {"LEAD", "MEMBER"})
            String myRole,

            @Schema(
                    required = true,
                    description = "Personnes arrivées dans l'équipe ces 14 derniers jours.",
                    example = "1")
            int newTeamMembers,

            @Schema(
                    required = true,
                    description = "Demandes pour rejoindre en attente (comptées pour les responsables seulement).",
                    example = "0")
            int pendingJoinRequests,

            @Schema(required = true, description = "Dernière modification du projet.")
            OffsetDateTime updatedAt) {}

    @Schema(name = "OverviewPath")
    public record FollowedPath(
            @Schema(required = true) UUID pathId,

            @Schema(required = true, example = "Débuter avec R")
            String title,

            @Schema(required = true, example = "3") int stepsDone,
            @Schema(required = true, example = "8") int stepsTotal) {}

    @Schema(name = "OverviewEvent")
    public record UpcomingEvent(
            @Schema(required = true) UUID eventId,

            @Schema(required = true, example = "Atelier : premiers graphiques avec ggplot2")
            String title,

            @Schema(required = true) OffsetDateTime startsAt,
            @Schema(required = true) OffsetDateTime endsAt,

            @Schema(
                    required = true,
                    enumeration = {"CONFIRMED", "WAITLISTED"})
            String registration,

            @Schema(example = "Paris, salle 12") String place,
            @Schema(required = true) boolean online) {}

    @Schema(name = "OverviewChallenge")
    public record WeeklyChallenge(
            @Schema(required = true) UUID challengeId,

            @Schema(required = true, example = "Les prénoms de 2024")
            String title,

            @Schema(required = true) OffsetDateTime opensAt,
            @Schema(required = true) OffsetDateTime closesAt,

            @Schema(required = true, description = "Ouvert en ce moment (sinon, c'est le prochain).")
            boolean open,

            @Schema(required = true) boolean myEntry) {}

    @Schema(name = "OverviewNotifications")
    public record NotificationSummary(
            @Schema(required = true, example = "2") int unreadCount,

            @Schema(required = true, description = "Les 5 plus récentes, lues ou non.")
            List<LatestNotification> latest) {}

    @Schema(name = "OverviewNotification")
    public record LatestNotification(
            @Schema(required = true) UUID id,

            @Schema(required = true, example = "Léa Novice vous demande un mentorat")
            String title,

            @Schema(required = true, example = "/mentorats/6f1c2a34-5b7d-4e8f-9a0b-1c2d3e4f5a6b")
            String link,

            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) boolean read) {}

    @Schema(name = "OverviewProfileCompletion")
    public record ProfileCompletion(
            @Schema(required = true, minimum = "0", maximum = "100", example = "60")
            int percent,

            @Schema(required = true, description = "Ce qui manque, dans l'ordre où le compléter.")
            List<MissingProfileItem> missing) {}

    @Schema(name = "OverviewMissingProfileItem")
    public record MissingProfileItem(
            @Schema(
                    required = true,
                    enumeration = {"SKILLS", "LEARNING_SKILLS", "MENTORING", "POSITION", "BIO", "TCHAP_HANDLE"})
            String field,

            @Schema(required = true, example = "Renseigner votre poste et votre administration")
            String label) {}

    @Schema(
            name = "OverviewWelcome",
            description = "Les trois premiers pas proposés après la confirmation de l'adresse : montrés tant qu'ils ne"
                    + " sont pas tous faits ni fermés.")
    public record Welcome(
            @Schema(required = true) boolean shown,
            @Schema(required = true) boolean dismissed,

            @Schema(required = true, description = "J'ai décrit au moins une compétence.")
            boolean skillsDescribed,

            @Schema(required = true, description = "J'ai dit ce que je veux apprendre.")
            boolean learningWishesGiven,

            @Schema(required = true, description = "J'ai demandé un mentor ou je suis un parcours.")
            boolean mentorOrPathFound) {}
}
