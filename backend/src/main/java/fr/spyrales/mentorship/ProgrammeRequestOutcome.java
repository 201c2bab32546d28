package fr.spyrales.mentorship;

import java.util.UUID;

/** What became of a request the matching programme made: the new pairing, or why the rules refused it. */
public record ProgrammeRequestOutcome(UUID mentorshipId, String refusal) {
    static ProgrammeRequestOutcome refused(String why) {
        return new ProgrammeRequestOutcome(null, why);
    }

    public boolean created() {
        return mentorshipId != null;
    }
}
