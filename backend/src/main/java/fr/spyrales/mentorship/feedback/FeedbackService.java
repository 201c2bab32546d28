package fr.spyrales.mentorship.feedback;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.mentorship.Mentorship;
import fr.spyrales.mentorship.MentorshipAccess;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.MentorshipConfig;
import fr.spyrales.mentorship.MentorshipStateConflict;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.mentorship.feedback.FeedbackDtos.FeedbackCreate;
import fr.spyrales.mentorship.feedback.FeedbackDtos.FeedbackEntry;
import fr.spyrales.mentorship.feedback.FeedbackDtos.FeedbackView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Feedback on a finished pairing: each side rates it once (the primary key says so, even when two
 * requests race), and sees the other side's rating only once both have answered, or when the
 * reveal delay after the end has passed, so that neither answer is written in reply to the other.
 */
@ApplicationScoped
public class FeedbackService {
    private final MentorshipAccess access;
    private final MentorshipConfig config;
    private final EntityManager em;

    FeedbackService(MentorshipAccess access, MentorshipConfig config, EntityManager em) {
        this.access = access;
        this.config = config;
        this.em = em;
    }

    @Transactional
    public FeedbackView get(UUID mentorshipId, Viewer viewer) {
        return view(access.forParty(mentorshipId, viewer), viewer.id());
    }

    @Transactional
    public FeedbackView give(UUID mentorshipId, FeedbackCreate request, Viewer viewer) {
        Mentorship mentorship = access.forPartyUpdate(mentorshipId, viewer);
        if (!MentorshipStatus.ENDED_PAIRING.contains(mentorship.status)) {
            throw MentorshipStateConflict.of(mentorship.status, MentorshipStatus.OPEN.contains(mentorship.status)
                    ? "vous pourrez donner votre avis quand il sera terminé."
                    : "il n'y a pas de mentorat à évaluer.");
        }
        // The pairing's row is locked: checked here, a second answer is refused without a failed insert (and
        // its warning in the log); the primary key still backs the rule.
        boolean answered = em.createQuery("select count(f) from MentorshipFeedback f "
                        + "where f.mentorshipId = :id and f.authorId = :author", Long.class)
                .setParameter("id", mentorship.id).setParameter("author", viewer.id()).getSingleResult() > 0;
        if (answered) {
            throw alreadyGiven();
        }
        MentorshipFeedback feedback = new MentorshipFeedback();
        feedback.mentorshipId = mentorship.id;
        feedback.authorId = viewer.id();
        feedback.rating = request.rating().shortValue();
        feedback.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().trim();
        feedback.createdAt = OffsetDateTime.now();
        try {
            em.persist(feedback);
            em.flush();
        } catch (PersistenceException e) {
            if (violates(e, MentorshipFeedback.ONE_PER_SIDE_CONSTRAINT)) {
                throw alreadyGiven();
            }
            throw e;
        }
        return view(mentorship, viewer.id());
    }

    /** What one party reads: their own feedback, and the other's once revealed. */
    FeedbackView view(Mentorship mentorship, UUID viewerId) {
        List<MentorshipFeedback> given = em.createQuery("from MentorshipFeedback f where f.mentorshipId = :id", MentorshipFeedback.class)
                .setParameter("id", mentorship.id).getResultList();
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
        OffsetDateTime revealAt = mentorship.endedAt == null ? null : mentorship.endedAt.plusDays(config.feedbackRevealDays());
        boolean revealed = (mine != null && theirs != null) || (revealAt != null && !OffsetDateTime.now().isBefore(revealAt));
        return new FeedbackView(mine, revealed ? theirs : null, theirs != null && !revealed, revealAt);
    }

    private static ApiException alreadyGiven() {
        return new ApiException(ProblemType.CONFLICT, "Vous avez déjà donné votre avis sur ce mentorat : il ne peut pas être modifié.");
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException v && constraint.equals(v.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
