package fr.spyrales.matching;

import fr.spyrales.matching.MatchingDtos.MatchedMember;
import fr.spyrales.matching.MatchingDtos.ProposalAboutMe;
import fr.spyrales.matching.MatchingDtos.RunStatus;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The pairs the animateurs' runs proposed with the member in them, and, for an animateur, the runs they
 * started or confirmed. Nothing here is erased: no member writes text in a run or a proposal, and both refer to
 * the member only through their row, which the erasure anonymises; a run still to be confirmed skips an erased
 * member (see MentorshipRequests#proposeFromProgramme).
 */
@ApplicationScoped
public class MatchingPersonalData implements PersonalDataSection<MatchingPersonalData.Matching> {
    static final String KEY = "matching";

    private final MatchingRunRepository runs;
    private final MatchingProposalRepository proposals;
    private final MatchedMembers matchedMembers;

    MatchingPersonalData(
            MatchingRunRepository runs, MatchingProposalRepository proposals, MatchedMembers matchedMembers) {
        this.runs = runs;
        this.proposals = proposals;
        this.matchedMembers = matchedMembers;
    }

    @Schema(
            name = "PersonalDataMatching",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record Matching(
            @Schema(
                    required = true,
                    description = "Binômes proposés par les appariements des animateurs où figure le membre.")
            List<ProposalAboutMe> proposals,

            @Schema(
                    required = true,
                    description = "Appariements lancés ou confirmés par le membre, s'il est animateur.")
            List<RunLed> runs) {}

    @Schema(name = "PersonalDataMatchingRun")
    public record RunLed(
            @Schema(required = true) UUID runId,
            @Schema(required = true) RunStatus status,
            @Schema(required = true) OffsetDateTime startedAt,

            @Schema(required = true, description = "Vrai si le membre l'a lancé.")
            boolean startedByMe,

            OffsetDateTime confirmedAt,

            @Schema(required = true, description = "Vrai si le membre l'a confirmé.")
            boolean confirmedByMe) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Matching export(UUID memberId) {
        return new Matching(
                proposals(memberId),
                runs.ledBy(memberId).stream()
                        .map(r -> new RunLed(
                                r.id,
                                r.status,
                                r.startedAt,
                                r.startedBy.id.equals(memberId),
                                r.confirmedAt,
                                r.confirmedBy != null && r.confirmedBy.id.equals(memberId)))
                        .toList());
    }

    private List<ProposalAboutMe> proposals(UUID memberId) {
        List<MatchingProposal> mine = proposals.involving(memberId);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<UUID, MatchedMember> cards = matchedMembers.byId(mine.stream()
                .map(p -> p.key.menteeId().equals(memberId) ? p.mentorId : p.key.menteeId())
                .collect(Collectors.toSet()));
        Map<UUID, MatchingRun> runsById = new HashMap<>();
        runs.byIds(mine.stream().map(p -> p.key.runId()).collect(Collectors.toSet()))
                .forEach(r -> runsById.put(r.id, r));
        return mine.stream()
                .map(p -> {
                    boolean mentee = p.key.menteeId().equals(memberId);
                    MatchingRun run = runsById.get(p.key.runId());
                    MatchedMember other = cards.get(mentee ? p.mentorId : p.key.menteeId());
                    return new ProposalAboutMe(
                            run.id,
                            run.startedAt,
                            mentee ? "MENTEE" : "MENTOR",
                            other.displayName(),
                            p.scoreHundredths / 100.0,
                            p.removedAt != null,
                            p.outcome);
                })
                .sorted(Comparator.comparing(ProposalAboutMe::computedAt).thenComparing(ProposalAboutMe::runId))
                .toList();
    }
}
