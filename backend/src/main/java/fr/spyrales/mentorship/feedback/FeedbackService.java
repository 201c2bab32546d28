package fr.spyrales.mentorship.feedback;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ConstraintConflicts;
import fr.spyrales.common.ProblemType;
import fr.spyrales.mentorship.Mentorship;
import fr.spyrales.mentorship.MentorshipAccess;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.MentorshipConfig;
import fr.spyrales.mentorship.MentorshipStateConflict;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.mentorship.PartyActed;
import fr.spyrales.mentorship.feedback.FeedbackDtos.FeedbackCreate;
import fr.spyrales.mentorship.feedback.FeedbackDtos.FeedbackEntry;
import fr.spyrales.mentorship.feedback.FeedbackDtos.FeedbackView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Feedback on a finished pairing: each side rates it once (the primary key says so, even when two
 * requests race), and sees the other side's rating only once both have answered, or when the
 * reveal delay after the end has passed, so that neither answer is written in reply to the other.
 */
@ApplicationScoped
public class FeedbackService {
    private static final String ALREADY_GIVEN =
            "Vous avez déjà donné votre avis sur ce mentorat : il ne peut pas être modifié.";

    private final MentorshipAccess access;
    private final MentorshipConfig config;
    private final FeedbackRepository feedback;
    private final Event<PartyActed> acts;

    FeedbackService(
            MentorshipAccess access, MentorshipConfig config, FeedbackRepository feedback, Event<PartyActed> acts) {
        this.access = access;
        this.config = config;
        this.feedback = feedback;
        this.acts = acts;
    }

    @Transactional
    public FeedbackView get(UUID mentorshipId, Viewer viewer) {
        return view(access.forParty(mentorshipId, viewer), viewer.id());
    }

    @Transactional
    public FeedbackView give(UUID mentorshipId, FeedbackCreate request, Viewer viewer) {
        Mentorship mentorship = access.forPartyUpdate(mentorshipId, viewer);
        if (!MentorshipStatus.ENDED_PAIRING.contains(mentorship.status)) {
            throw MentorshipStateConflict.of(
                    mentorship.status,
                    MentorshipStatus.OPEN.contains(mentorship.status)
                            ? "vous pourrez donner votre avis quand il sera terminé."
                            : "il n'y a pas de mentorat à évaluer.");
        }
        // The pairing's row is locked: checked here, a second answer is refused without a failed insert (and
        // its warning in the log); the primary key still backs the rule.
        if (feedback.hasGiven(mentorship.id, viewer.id())) {
            throw new ApiException(ProblemType.CONFLICT, ALREADY_GIVEN);
        }
        MentorshipFeedback given = new MentorshipFeedback();
        given.mentorshipId = mentorship.id;
        given.authorId = viewer.id();
        given.rating = request.rating().shortValue();
        given.comment = request.comment() == null || request.comment().isBlank()
                ? null
                : request.comment().trim();
        given.createdAt = OffsetDateTime.now();
        ConstraintConflicts.check(
                () -> feedback.persistAndFlush(given),
                Map.of(MentorshipFeedback.ONE_PER_SIDE_CONSTRAINT, ALREADY_GIVEN));
        acts.fire(new PartyActed(mentorship.id, viewer.id(), PartyActed.Act.FEEDBACK_GIVEN));
        return view(mentorship, viewer.id());
    }

    private FeedbackView view(Mentorship mentorship, UUID viewerId) {
        return view(mentorship, viewerId, feedback.onPairing(mentorship.id));
    }

    /** What one party reads of the feedback `given` on the pairing: their own, and the other's once revealed. */
    FeedbackView view(Mentorship mentorship, UUID viewerId, List<MentorshipFeedback> given) {
        FeedbackEntry mine = null;
        FeedbackEntry theirs = null;
        for (MentorshipFeedback f : given) {
            FeedbackEntry entry = new FeedbackEntry(f.rating, f.comment, f.createdAt);
            if (f.authorId.equals(viewerId)) {
                mine = entry;
            } else {
                theirs = entry;
            }
        }
        OffsetDateTime revealAt =
                mentorship.endedAt == null ? null : mentorship.endedAt.plusDays(config.feedbackRevealDays());
        boolean revealed = (mine != null && theirs != null)
                || (revealAt != null && !OffsetDateTime.now().isBefore(revealAt));
        return new FeedbackView(mine, revealed ? theirs : null, theirs != null && !revealed, revealAt);
    }
}
