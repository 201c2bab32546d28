package fr.spyrales.mentorship;

import java.util.UUID;

/**
 * A party of a pairing did something other than a change of state that a reminder or a request may have asked of
 * them: fired inside the action's transaction, so that what asked for it is settled with it (the notification read).
 */
public record PartyActed(UUID mentorshipId, UUID memberId, Act act) {
    public enum Act {
        /** The party noted a session held. */
        SESSION_LOGGED,
        /** The party gave their feedback on the ended pairing. */
        FEEDBACK_GIVEN
    }
}
