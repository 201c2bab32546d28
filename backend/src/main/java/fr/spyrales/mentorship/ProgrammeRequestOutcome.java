package fr.spyrales.mentorship;

import fr.spyrales.common.ProblemType;
import java.util.UUID;

/**
 * What became of a request the programme made (matching run, or an animateur's reassignment): the new pairing, or
 * why the rules refused it, in French for the animateur, with the problem the API answers for it.
 */
public record ProgrammeRequestOutcome(UUID mentorshipId, String refusal, ProblemType problem) {
    static ProgrammeRequestOutcome refused(ProblemType problem, String why) {
        return new ProgrammeRequestOutcome(null, why, problem);
    }

    public boolean created() {
        return mentorshipId != null;
    }
}
