package fr.spyrales.mentorship;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * What other features may read about pairings (notifications, suggestions), without querying the
 * mentorship tables themselves: the one door into this feature's data from outside it.
 */
@ApplicationScoped
public class MentorshipLookup {
    private final MentorshipRepository mentorships;
    private final MentorshipEventRepository events;

    MentorshipLookup(MentorshipRepository mentorships, MentorshipEventRepository events) {
        this.mentorships = mentorships;
        this.events = events;
    }

    /** The pairing, or null when it no longer exists. */
    public Mentorship pairing(UUID id) {
        return mentorships.findById(id);
    }

    /** The history line of the pairing's last change to {@code to}, or null. */
    public MentorshipEvent lastChangeTo(UUID mentorshipId, MentorshipStatus to) {
        return events.lastChangeTo(mentorshipId, to);
    }

    /** Whether the member is the mentee of a pairing under way (accepted or paused). */
    public boolean hasActiveAsMentee(UUID memberId) {
        return mentorships.hasActiveAsMentee(memberId);
    }

    /** How many of the member's requests wait for a mentor's answer. */
    public long countPendingAsMentee(UUID memberId) {
        return mentorships.countPendingAsMentee(memberId);
    }
}
