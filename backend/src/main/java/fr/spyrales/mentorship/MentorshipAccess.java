package fr.spyrales.mentorship;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Who may see a pairing: its two parties, animateurs and admins. Everyone else is told it does
 * not exist (404), so that pairings cannot be discovered by guessing identifiers. What the two
 * parties write to each other (goals and their comments, sessions, feedback) is theirs alone:
 * supervisors who are not a party see that the pairing exists, not its content (403).
 */
@ApplicationScoped
public class MentorshipAccess {
    public static final String PRIVATE_CONTENT =
            "Le contenu d'un binôme est privé : seules les deux personnes du binôme y ont accès.";
    /** The rule as the contract states it, on every operation that reads private content. */
    public static final String PRIVATE_CONTENT_RULE =
            "Réservé aux deux personnes du binôme : 403 pour les animateurs et "
                    + "administrateurs qui n'en font pas partie, 404 pour les autres.";

    private final MentorshipRepository mentorships;

    MentorshipAccess(MentorshipRepository mentorships) {
        this.mentorships = mentorships;
    }

    public Mentorship visible(UUID id, Viewer viewer) {
        return mentorships.findByIdOptional(id).filter(m -> canSee(m, viewer)).orElseThrow(MentorshipAccess::notFound);
    }

    /** The pairing, to read its private content: supervisors who are not a party are refused. */
    public Mentorship forParty(UUID id, Viewer viewer) {
        Mentorship mentorship = visible(id, viewer);
        if (!mentorship.isParty(viewer.id())) {
            throw ApiException.forbidden(PRIVATE_CONTENT);
        }
        return mentorship;
    }

    /** Locks the pairing for a change; only its parties may change it. */
    public Mentorship forPartyUpdate(UUID id, Viewer viewer) {
        return lockedForParty(id, viewer, "Seules les deux personnes du binôme peuvent modifier ce mentorat.");
    }

    /** Locks the pairing for something only its parties may do; a supervisor who is not one reads `refusal` (403). */
    public Mentorship lockedForParty(UUID id, Viewer viewer, String refusal) {
        Mentorship mentorship =
                mentorships.findForUpdate(id).filter(m -> canSee(m, viewer)).orElseThrow(MentorshipAccess::notFound);
        if (!mentorship.isParty(viewer.id())) {
            throw ApiException.forbidden(refusal);
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
            return new Viewer(id, hasRole.test(Roles.ANIMATEUR) || hasRole.test(Roles.ADMIN));
        }
    }
}
