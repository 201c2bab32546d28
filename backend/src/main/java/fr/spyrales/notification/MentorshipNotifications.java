package fr.spyrales.notification;

import fr.spyrales.member.Member;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.mentorship.ChangeReason;
import fr.spyrales.mentorship.DeclineReason;
import fr.spyrales.mentorship.Mentorship;
import fr.spyrales.mentorship.MentorshipChanged;
import fr.spyrales.mentorship.MentorshipEvent;
import fr.spyrales.mentorship.MentorshipLookup;
import fr.spyrales.mentorship.MentorshipRescheduled;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.mentorship.MentorshipsProposed;
import fr.spyrales.mentorship.session.NextSessionPlanned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who hears about each change of a pairing. Observes the change synchronously, inside its
 * transaction: the notifications are written with the change, or not at all.
 */
@ApplicationScoped
public class MentorshipNotifications {
    private final MentorshipLookup mentorships;
    private final Notifier notifier;

    MentorshipNotifications(MentorshipLookup mentorships, Notifier notifier) {
        this.mentorships = mentorships;
        this.notifier = notifier;
    }

    void onChange(@Observes MentorshipChanged change) {
        Mentorship m = mentorships.pairing(change.mentorshipId());
        switch (change.to()) {
            case PENDING -> {
                notifier.send(Notice.of(NotificationKind.MENTORSHIP_REQUESTED, m, m.mentor));
                if (m.proposedByProgramme) {
                    notifier.send(Notice.of(NotificationKind.MENTORSHIP_PROPOSED, m, m.mentee));
                }
            }
            case ACCEPTED -> {
                if (change.from() == MentorshipStatus.PAUSED) {
                    toOtherParty(NotificationKind.MENTORSHIP_RESUMED, m, change.actorId(), null);
                } else {
                    notifier.send(Notice.of(NotificationKind.MENTORSHIP_ACCEPTED, m, m.mentee));
                }
            }
            case DECLINED -> {
                MentorshipEvent event = lastEvent(m, MentorshipStatus.DECLINED);
                notifier.send(Notice.of(NotificationKind.MENTORSHIP_DECLINED, m, m.mentee)
                        .because(declineReason(event.reason))
                        .quoting(event.comment));
            }
            case WITHDRAWN -> {
                if (fromAnimateurs(m, change)) {
                    return;
                }
                notifier.send(Notice.of(
                        change.automatic()
                                ? NotificationKind.MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED
                                : NotificationKind.MENTORSHIP_WITHDRAWN,
                        m,
                        m.mentor));
            }
            case EXPIRED -> toBoth(NotificationKind.MENTORSHIP_EXPIRED, m);
            case PAUSED -> toOtherParty(NotificationKind.MENTORSHIP_PAUSED, m, change.actorId(), null);
            case COMPLETED -> {
                toOtherParty(NotificationKind.MENTORSHIP_COMPLETED, m, change.actorId(), null);
                toBoth(NotificationKind.FEEDBACK_ASKED, m);
            }
            case CANCELLED -> {
                if (fromAnimateurs(m, change)) {
                    toBoth(NotificationKind.FEEDBACK_ASKED, m);
                    return;
                }
                toOtherParty(
                        NotificationKind.MENTORSHIP_CANCELLED,
                        m,
                        change.actorId(),
                        lastEvent(m, MentorshipStatus.CANCELLED).comment);
                toBoth(NotificationKind.FEEDBACK_ASKED, m);
            }
        }
    }

    /**
     * The programme's requests, a batch at once: the mentor is asked, the mentee told a mentor is proposed (as
     * {@link #onChange} does for a request proposed by the programme), in a few statements for the whole batch.
     */
    void onProposed(@Observes MentorshipsProposed proposed) {
        List<Notice> notices = new ArrayList<>(2 * proposed.mentorshipIds().size());
        for (UUID id : proposed.mentorshipIds()) {
            Mentorship m = mentorships.pairing(id);
            notices.add(Notice.of(NotificationKind.MENTORSHIP_REQUESTED, m, m.mentor));
            notices.add(Notice.of(NotificationKind.MENTORSHIP_PROPOSED, m, m.mentee));
        }
        notifier.sendAll(notices);
    }

    void onNextSessionPlanned(@Observes NextSessionPlanned planned) {
        Mentorship m = mentorships.pairing(planned.mentorshipId());
        toOtherParty(NotificationKind.MENTORSHIP_SESSION_PLANNED, m, planned.actorId(), planned.detail());
    }

    void onReschedule(@Observes MentorshipRescheduled change) {
        Mentorship m = mentorships.pairing(change.mentorshipId());
        toOtherParty(NotificationKind.MENTORSHIP_END_DATE_CHANGED, m, change.actorId(), change.detail());
    }

    /**
     * Tells both people of a request or pairing the animateurs ended from their console (closed, or given to another
     * mentor), quoting the animateur's message; false when the change is not theirs. The console flushed the change
     * before telling us.
     */
    private boolean fromAnimateurs(Mentorship m, MentorshipChanged change) {
        if (change.actorId() != null || change.automatic()) {
            return false;
        }
        MentorshipEvent event = lastEvent(m, change.to());
        NotificationKind kind;
        if (event == null) {
            return false;
        } else if (ChangeReason.CLOSED_BY_ANIMATION.name().equals(event.reason)) {
            kind = NotificationKind.PAIRING_CLOSED_BY_ANIMATION;
        } else if (ChangeReason.REASSIGNED_BY_ANIMATION.name().equals(event.reason)) {
            kind = NotificationKind.PAIRING_REASSIGNED;
        } else {
            return false;
        }
        notifier.send(Notice.of(kind, m, m.mentee).quoting(event.comment));
        notifier.send(Notice.of(kind, m, m.mentor).quoting(event.comment));
        return true;
    }

    private void toBoth(NotificationKind kind, Mentorship m) {
        notifier.send(Notice.of(kind, m, m.mentee));
        notifier.send(Notice.of(kind, m, m.mentor));
    }

    /** The party who did not make the change (both, if the programme made it). */
    private void toOtherParty(NotificationKind kind, Mentorship m, UUID actorId, String comment) {
        for (Member party : List.of(m.mentee, m.mentor)) {
            if (!party.id.equals(actorId)) {
                notifier.send(Notice.of(kind, m, party).quoting(comment));
            }
        }
    }

    /**
     * The history line the change wrote, for its reason and comment. Only read for changes made by
     * a party, which the service has flushed before telling us.
     */
    private MentorshipEvent lastEvent(Mentorship m, MentorshipStatus to) {
        return mentorships.lastChangeTo(m.id, to);
    }

    /** The mentor's reason in French; a decline made by the programme (account deleted) has none of theirs. */
    static String declineReason(String code) {
        DeclineReason reason = java.util.Arrays.stream(DeclineReason.values())
                .filter(r -> r.name().equals(code))
                .findFirst()
                .orElse(null);
        if (reason == null) {
            return "le compte du mentor a été supprimé";
        }
        return switch (reason) {
            case NO_TIME -> "pas assez de disponibilité en ce moment";
            case SKILLS_MISMATCH -> "compétences trop éloignées de vos objectifs";
            case CAPACITY_REACHED -> "capacité d'accompagnement atteinte";
            case ALREADY_ENGAGED -> "déjà engagé·e dans d'autres accompagnements";
            case OTHER -> "autre raison";
        };
    }
}
