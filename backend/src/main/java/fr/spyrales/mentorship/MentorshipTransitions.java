package fr.spyrales.mentorship;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * The changes the two parties make to their pairing: its state ({@link MentorshipAction}) and its
 * planned end. Checked under row locks (mentee, pairing, mentor, in that order), and backed by the
 * database: a trigger refuses any pairing beyond the mentor's capacity.
 */
@ApplicationScoped
public class MentorshipTransitions {
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final MentorshipRepository mentorships;
    private final MemberRepository members;
    private final MentorshipAccess access;
    private final MentorshipHistory history;
    private final MentorshipViews views;
    private final MentorshipConfig config;
    private final Event<MentorshipChanged> changes;
    private final Event<MentorshipRescheduled> reschedules;

    MentorshipTransitions(
            MentorshipRepository mentorships,
            MemberRepository members,
            MentorshipAccess access,
            MentorshipHistory history,
            MentorshipViews views,
            MentorshipConfig config,
            Event<MentorshipChanged> changes,
            Event<MentorshipRescheduled> reschedules) {
        this.mentorships = mentorships;
        this.members = members;
        this.access = access;
        this.history = history;
        this.views = views;
        this.config = config;
        this.changes = changes;
        this.reschedules = reschedules;
    }

    /** Applies one of the state changes, as the given party. */
    @Transactional
    public MentorshipView apply(UUID id, Viewer viewer, MentorshipCommand command) {
        MentorshipAction action = command.action();
        Mentorship mentorship = access.visible(id, viewer);
        if (!mentorship.isParty(viewer.id())) {
            throw ApiException.forbidden("Seules les deux personnes du binôme peuvent modifier ce mentorat.");
        }
        if (!action.allowedFor(mentorship.isMentor(viewer.id()), mentorship.isMentee(viewer.id()))) {
            throw ApiException.forbidden(
                    switch (action.party) {
                        case MENTOR -> "Seul·e le mentor peut faire cette action.";
                        case MENTEE -> "Seule la personne accompagnée peut faire cette action.";
                        case EITHER -> "Action non autorisée.";
                    });
        }
        if (action == MentorshipAction.ACCEPT) {
            members.lockAndReadCapacity(mentorship.mentee.id);
        }
        mentorships.refreshForUpdate(mentorship);
        if (!action.from.contains(mentorship.status)) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "Impossible de passer de l'état « " + label(mentorship.status) + " » à « " + label(action.to)
                            + " ».");
        }
        // A paused pairing keeps its place, so only a new acceptance can overrun the capacity.
        if (action == MentorshipAction.ACCEPT) {
            int capacity = members.lockAndReadCapacity(mentorship.mentor.id);
            if (mentorships.countActiveAsMentor(mentorship.mentor.id) >= capacity) {
                throw new ApiException(
                        ProblemType.CONFLICT,
                        "Le mentor a atteint sa capacité d'accompagnement (" + capacity
                                + (capacity > 1 ? " personnes" : " personne") + ").");
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        MentorshipStatus from = mentorship.status;
        mentorship.status = action.to;
        mentorship.updatedAt = now;
        switch (action) {
            case ACCEPT -> {
                mentorship.startedAt = now;
                mentorship.plannedEndDate = LocalDate.now().plusWeeks(config.defaultDurationWeeks());
            }
            case COMPLETE, CANCEL -> mentorship.endedAt = now;
            default -> {}
        }
        history.record(mentorship, from, actor(mentorship, viewer), command.reason(), command.comment());
        if (action == MentorshipAction.ACCEPT) {
            withdrawOtherRequests(mentorship, now);
        }
        PairingConstraints.flush(mentorships);
        changes.fire(new MentorshipChanged(mentorship.id, from, action.to, viewer.id(), false));
        return views.of(mentorship, viewer.id());
    }

    /**
     * Moves the planned end of a pairing under way: the daily job completes pairings past it, so a pair that
     * wants to go on (after a pause, say) pushes it back. Recorded in the history, state unchanged.
     */
    @Transactional
    public MentorshipView changePlannedEnd(UUID id, Viewer viewer, LocalDate plannedEnd) {
        Mentorship mentorship = access.forPartyUpdate(id, viewer);
        if (mentorship.status != MentorshipStatus.ACCEPTED && mentorship.status != MentorshipStatus.PAUSED) {
            throw MentorshipStateConflict.of(mentorship.status, "sa date de fin ne peut pas être modifiée.");
        }
        LocalDate today = LocalDate.now();
        if (!plannedEnd.isAfter(today)) {
            throw ApiException.invalidField("plannedEndDate", "Choisissez une date à venir.");
        }
        if (plannedEnd.isAfter(today.plusYears(1))) {
            throw ApiException.invalidField("plannedEndDate", "Choisissez une date dans l'année qui vient.");
        }
        if (!plannedEnd.equals(mentorship.plannedEndDate)) {
            LocalDate before = mentorship.plannedEndDate;
            mentorship.plannedEndDate = plannedEnd;
            mentorship.updatedAt = OffsetDateTime.now();
            String detail = "Fin prévue le " + FRENCH_DATE.format(plannedEnd)
                    + (before == null ? "" : " au lieu du " + FRENCH_DATE.format(before)) + ".";
            history.record(
                    mentorship, mentorship.status, actor(mentorship, viewer), ChangeReason.END_DATE_CHANGED, detail);
            reschedules.fire(new MentorshipRescheduled(mentorship.id, viewer.id(), detail));
        }
        return views.of(mentorship, viewer.id());
    }

    /** Accepting one mentor withdraws the mentee's other requests. */
    private void withdrawOtherRequests(Mentorship accepted, OffsetDateTime now) {
        for (Mentorship other : mentorships.lockOtherPendingRequests(accepted)) {
            other.status = MentorshipStatus.WITHDRAWN;
            other.updatedAt = now;
            history.record(other, MentorshipStatus.PENDING, null, ChangeReason.ANOTHER_MENTOR_ACCEPTED, null);
            changes.fire(
                    new MentorshipChanged(other.id, MentorshipStatus.PENDING, MentorshipStatus.WITHDRAWN, null, true));
        }
    }

    private static Member actor(Mentorship mentorship, Viewer viewer) {
        return mentorship.isMentor(viewer.id()) ? mentorship.mentor : mentorship.mentee;
    }

    private static String label(MentorshipStatus status) {
        return switch (status) {
            case PENDING -> "en attente";
            case ACCEPTED -> "en cours";
            case PAUSED -> "en pause";
            case DECLINED -> "déclinée";
            case WITHDRAWN -> "retirée";
            case EXPIRED -> "expirée";
            case COMPLETED -> "terminé";
            case CANCELLED -> "annulé";
        };
    }
}
