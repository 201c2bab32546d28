package fr.spyrales.mentorship;

import java.util.Optional;

/**
 * The rules a new request must respect, as a pure function of what they look at: the same for a
 * member's request, the eligibility shown before it, and the matching programme's requests.
 */
public final class RequestRules {
    private RequestRules() {}

    /**
     * What the rules look at, read by {@link MentorshipRequests} (under the mentee's lock for a request).
     *
     * @param mentorActive the mentor's pairings that hold a place (active or paused)
     * @param openBetween a pending request or a pairing under way between these two members
     * @param menteePaired the mentee already has a pairing under way
     * @param menteePending the mentee's requests waiting for an answer
     * @param maxPending the pending requests a mentee may have at once
     */
    public record Facts(
            boolean sameMember,
            boolean menteeLooking,
            boolean mentorOffers,
            int mentorCapacity,
            long mentorActive,
            boolean openBetween,
            boolean menteePaired,
            long menteePending,
            int maxPending) {}

    /** The first rule the request breaks, in the order the mentee should hear them; empty when it may be made. */
    public static Optional<RequestRefusal> refusal(Facts facts) {
        if (facts.sameMember()) {
            return Optional.of(RequestRefusal.SELF);
        }
        if (!facts.menteeLooking()) {
            return Optional.of(RequestRefusal.MENTEE_NOT_LOOKING);
        }
        if (!facts.mentorOffers() || facts.mentorCapacity() == 0) {
            return Optional.of(RequestRefusal.NOT_MENTORING);
        }
        if (facts.mentorActive() >= facts.mentorCapacity()) {
            return Optional.of(RequestRefusal.MENTOR_FULL);
        }
        if (facts.openBetween()) {
            return Optional.of(RequestRefusal.ALREADY_OPEN);
        }
        if (facts.menteePaired()) {
            return Optional.of(RequestRefusal.MENTEE_PAIRED);
        }
        if (facts.menteePending() >= facts.maxPending()) {
            return Optional.of(RequestRefusal.TOO_MANY_PENDING);
        }
        return Optional.empty();
    }
}
