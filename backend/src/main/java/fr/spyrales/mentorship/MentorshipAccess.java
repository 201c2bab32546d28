package fr.spyrales.mentorship;

import fr.spyrales.common.ApiException;
import fr.spyrales.member.Member;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Who may see a pairing: its two parties, animateurs and admins. Everyone else is told it does
 * not exist (404), so that pairings cannot be discovered by guessing identifiers.
 */
@ApplicationScoped
public class MentorshipAccess {
    private final MentorshipRepository mentorships;

    MentorshipAccess(MentorshipRepository mentorships) {
        this.mentorships = mentorships;
    }

    public Mentorship visible(UUID id, Viewer viewer) {
        return mentorships.findByIdOptional(id).filter(m -> canSee(m, viewer)).orElseThrow(MentorshipAccess::notFound);
    }

    /** Locks the pairing for a change; only its parties may change it. */
    public Mentorship forPartyUpdate(UUID id, Viewer viewer) {
        Mentorship mentorship = mentorships.findForUpdate(id).filter(m -> canSee(m, viewer))
                .orElseThrow(MentorshipAccess::notFound);
        if (!mentorship.isParty(viewer.id())) {
            throw ApiException.forbidden("Seules les deux personnes du binôme peuvent modifier ce mentorat.");
        }
        return mentorship;
    }

    static boolean canSee(Mentorship m, Viewer viewer) {
        return m.isParty(viewer.id()) || viewer.supervisor();
    }

    static ApiException notFound() {
        return ApiException.notFound("Ce mentorat n'existe pas ou ne vous concerne pas.");
    }

    /** The caller: their id, and whether they supervise the programme (animateur or admin). */
    public record Viewer(UUID id, boolean supervisor) {
        public static Viewer of(UUID id, java.util.function.Predicate<String> hasRole) {
            return new Viewer(id, hasRole.test(Member.ROLE_ANIMATEUR) || hasRole.test(Member.ROLE_ADMIN));
        }
    }
}
