package fr.spyrales.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.spyrales.matching.MatchingDtos.MatchedMember;
import fr.spyrales.matching.MatchingDtos.PersonRef;
import fr.spyrales.matching.MatchingDtos.ProposalView;
import fr.spyrales.matching.MatchingDtos.RunFigures;
import fr.spyrales.matching.MatchingDtos.RunParameters;
import fr.spyrales.matching.MatchingDtos.RunView;
import fr.spyrales.matching.MatchingDtos.WeightsInput;
import fr.spyrales.member.Member;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** Runs and proposals as the API shows them; the callers read what they need (no query here). */
@ApplicationScoped
class MatchingRunMapper {
    private final ObjectMapper json;

    MatchingRunMapper(ObjectMapper json) {
        this.json = json;
    }

    /** @param removed how many of the run's pairs an animateur removed */
    RunView view(MatchingRun r, long removed) {
        RunParameters parameters = new RunParameters(
                r.candidatesPerMentee,
                r.minimumScore,
                new WeightsInput(
                        r.weightSkill, r.weightLanguage, r.weightCapacity, r.weightOtherMinistry, r.weightSameRegion));
        RunFigures figures = r.matchedCount == null
                ? null
                : new RunFigures(
                        r.menteeCount,
                        r.mentorCount,
                        r.candidateCount,
                        r.matchedCount,
                        r.totalScoreHundredths / 100.0,
                        r.matchedCount == 0 ? 0 : Math.round((double) r.totalScoreHundredths / r.matchedCount) / 100.0,
                        r.greedyScoreHundredths / 100.0,
                        r.greedyMatchedCount,
                        r.durationMs);
        return new RunView(
                r.id,
                r.status,
                r.stage,
                parameters,
                person(r.startedBy),
                r.startedAt,
                r.finishedAt,
                figures,
                (int) removed,
                r.error,
                r.confirmedAt,
                r.confirmedBy == null ? null : person(r.confirmedBy),
                r.createdCount,
                r.skippedCount,
                r.matchedCount == null ? null : r.matchedCount - (int) removed);
    }

    /** @param cards the mentee and the mentor, by id */
    ProposalView proposalView(MatchingProposal p, Map<UUID, MatchedMember> cards) {
        return new ProposalView(
                cards.get(p.key.menteeId()),
                cards.get(p.mentorId),
                p.scoreHundredths / 100.0,
                p.reasons(json),
                p.removedAt != null,
                p.outcome,
                p.outcomeDetail,
                p.mentorshipId);
    }

    private static PersonRef person(Member m) {
        return new PersonRef(m.id, m.displayName);
    }
}
