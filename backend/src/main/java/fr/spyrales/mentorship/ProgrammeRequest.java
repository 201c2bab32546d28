package fr.spyrales.mentorship;

import fr.spyrales.member.Member;
import java.util.List;

/**
 * A request the matching programme makes on the mentee's behalf ({@link MentorshipRequests#proposeFromProgramme}):
 * both members already locked, the text the mentor reads, and the goals it opens with.
 */
public record ProgrammeRequest(Member mentee, Member mentor, String message, List<String> goals) {}
