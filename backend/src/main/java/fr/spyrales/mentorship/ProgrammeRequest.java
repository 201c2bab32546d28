package fr.spyrales.mentorship;

import java.util.List;
import java.util.UUID;

/**
 * A request the matching programme makes on the mentee's behalf ({@link MentorshipRequests#proposeFromProgramme}):
 * the two members (already locked by the caller), the text the mentor reads, and the goals it opens with.
 */
public record ProgrammeRequest(UUID menteeId, UUID mentorId, String message, List<String> goals) {}
