package fr.spyrales.animation;

import fr.spyrales.animation.AnimationDtos.Reminder;
import fr.spyrales.animation.AnimationDtos.ReminderCreate;
import fr.spyrales.animation.AnimationRepository.QueuedPairing;
import fr.spyrales.animation.ReminderQueue.Recipients;
import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.ConstraintConflicts;
import fr.spyrales.common.ProblemType;
import fr.spyrales.member.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The console's reminders: one per line and per week (the database refuses a second one within seven days), sent as
 * a notification and a mail to whom the queue allows, and recorded in the audit log, all in one transaction.
 */
@ApplicationScoped
public class Reminders {
    static final String TOO_SOON = "Une relance a déjà été envoyée pour cette ligne il y a moins de 7 jours : attendez"
            + " la fin de ce délai avant de relancer à nouveau.";
    static final String NOT_IN_QUEUE =
            "Cette ligne n'est plus dans la file (la situation a changé depuis) : rechargez" + " la console.";
    static final String NOBODY = "Personne à relancer : le compte concerné a été supprimé.";

    private final AnimationRepository repository;
    private final MemberRepository members;
    private final AnimationConfig config;
    private final AuditLog audit;
    private final Event<AnimationReminderSent> sent;
    private final EntityManager em;

    Reminders(
            AnimationRepository repository,
            MemberRepository members,
            AnimationConfig config,
            AuditLog audit,
            Event<AnimationReminderSent> sent,
            EntityManager em) {
        this.repository = repository;
        this.members = members;
        this.config = config;
        this.audit = audit;
        this.sent = sent;
        this.em = em;
    }

    @Transactional
    public Reminder send(ReminderCreate request, UUID by) {
        ReminderQueue queue = request.queue();
        if (!queue.allows(request.recipients())) {
            throw ApiException.invalidField(
                    "recipients", "Cette file ne relance pas " + recipientsText(request.recipients()) + ".");
        }
        Thresholds thresholds = Thresholds.of(config);
        AnimationReminderSent message = switch (queue) {
            case PENDING_REQUEST, STALLED_PAIRING, LOW_FEEDBACK ->
                aboutPairing(queue, request.targetId(), request.recipients(), thresholds);
            case PROJECT_WITHOUT_LEAD -> aboutProject(request.targetId());
            case EVENT_WITHOUT_REPLAY -> aboutEvent(request.targetId(), thresholds);
        };
        if (message.recipients().isEmpty()) {
            throw new ApiException(ProblemType.CONFLICT, NOBODY);
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime[] sentAt = new OffsetDateTime[1];
        ConstraintConflicts.check(
                () -> sentAt[0] = repository.insertReminder(id, queue, request.targetId(), request.recipients(), by),
                Map.of("animation_reminder_once_a_week", TOO_SOON));
        sent.fire(message);
        audit.record(
                AuditAction.REMINDER_SENT,
                AuditActor.member(by),
                AuditTarget.of(
                        queue.aboutPairing()
                                ? "mentorship"
                                : queue == ReminderQueue.PROJECT_WITHOUT_LEAD ? "project" : "event",
                        request.targetId()),
                queue.name() + " → " + request.recipients().name() + " ("
                        + message.recipients().size() + " personne(s))");
        em.flush();
        String sentBy = members.displayNames(List.of(by)).getOrDefault(by, "");
        return new Reminder(
                id,
                queue,
                request.targetId(),
                request.recipients(),
                sentAt[0],
                sentBy,
                message.recipients().size());
    }

    private AnimationReminderSent aboutPairing(
            ReminderQueue queue, UUID id, Recipients recipients, Thresholds thresholds) {
        QueuedPairing pairing = repository
                .pairingInQueue(queue, id, thresholds)
                .orElseThrow(() -> repository.pairingExists(id)
                        ? new ApiException(ProblemType.CONFLICT, NOT_IN_QUEUE)
                        : ApiException.notFound("Mentorat introuvable."));
        Map<UUID, String> names = members.displayNames(List.of(pairing.menteeId(), pairing.mentorId()));
        String mentee = names.get(pairing.menteeId());
        String mentor = names.get(pairing.mentorId());
        String link = "/mentorats/" + id;
        return switch (queue) {
            case PENDING_REQUEST ->
                recipients == Recipients.MENTOR
                        ? message(
                                List.of(pairing.mentorId()),
                                link,
                                "Les animateurs vous rappellent la demande de " + mentee,
                                mentee + " attend votre réponse à sa demande de mentorat depuis plus de "
                                        + thresholds.pendingRequestDays() + " jours. Acceptez-la ou déclinez-la :"
                                        + " une réponse, même négative, lui permet de solliciter quelqu'un d'autre.")
                        : message(
                                List.of(pairing.menteeId()),
                                "/trouver-un-mentor",
                                "Votre demande à " + mentor + " attend toujours",
                                mentor + " n'a pas encore répondu à votre demande de mentorat, envoyée il y a plus de "
                                        + thresholds.pendingRequestDays() + " jours. Les animateurs vous suggèrent de"
                                        + " solliciter un autre mentor dans l'annuaire.");
            case STALLED_PAIRING ->
                new AnimationReminderSent(
                        List.of(pairing.menteeId(), pairing.mentorId()),
                        link,
                        "Les animateurs prennent des nouvelles de votre mentorat",
                        "Aucune séance n'a été notée depuis plus de " + thresholds.stalledPairingWeeks()
                                + " semaines dans le mentorat de " + mentee + " avec " + mentor + ". Fixez la"
                                + " prochaine séance, mettez le mentorat en pause ou clôturez-le si besoin.");
            default ->
                new AnimationReminderSent(
                        switch (recipients) {
                            case MENTOR -> List.of(pairing.mentorId());
                            case MENTEE -> List.of(pairing.menteeId());
                            default -> List.of(pairing.menteeId(), pairing.mentorId());
                        },
                        link,
                        "Les animateurs aimeraient échanger avec vous",
                        "Les animateurs de la communauté aimeraient savoir comment s'est passé le mentorat de "
                                + mentee + " avec " + mentor
                                + ". Si un problème est survenu, signalez-le depuis la page"
                                + " du mentorat : ils vous répondront.");
        };
    }

    private AnimationReminderSent aboutProject(UUID id) {
        List<UUID> team = repository
                .projectTeamInQueue(id)
                .orElseThrow(() -> repository.projectExists(id)
                        ? new ApiException(ProblemType.CONFLICT, NOT_IN_QUEUE)
                        : ApiException.notFound("Projet introuvable."));
        return message(
                team,
                "/projets/" + id,
                "Votre projet n'a plus de responsable actif",
                "Les animateurs ont remarqué que votre projet n'a plus de responsable actif. Désignez un nouveau"
                        + " responsable parmi l'équipe, ou archivez le projet s'il est terminé.");
    }

    private AnimationReminderSent aboutEvent(UUID id, Thresholds thresholds) {
        Optional<UUID> organiser = repository
                .eventOrganiserInQueue(id, thresholds)
                .orElseThrow(() -> repository.eventExists(id)
                        ? new ApiException(ProblemType.CONFLICT, NOT_IN_QUEUE)
                        : ApiException.notFound("Événement introuvable."));
        return message(
                organiser.map(List::of).orElse(List.of()),
                "/evenements/" + id,
                "Le replay de votre événement est attendu",
                "Votre événement est terminé : ajoutez le lien du replay (et des supports) sur sa page, les"
                        + " inscrits en seront prévenus.");
    }

    private static AnimationReminderSent message(List<UUID> recipients, String link, String title, String body) {
        return new AnimationReminderSent(recipients, link, title, body);
    }

    private static String recipientsText(Recipients recipients) {
        return switch (recipients) {
            case MENTOR -> "le mentor";
            case MENTEE -> "le mentoré";
            case BOTH -> "les deux personnes du mentorat";
            case TEAM -> "l'équipe d'un projet";
            case ORGANISER -> "l'organisateur d'un événement";
        };
    }
}
