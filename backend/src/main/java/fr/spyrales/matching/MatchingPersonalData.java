package fr.spyrales.matching;

import fr.spyrales.matching.MatchingDtos.MatchedMember;
import fr.spyrales.matching.MatchingDtos.ProposalAboutMe;
import fr.spyrales.matching.MatchingDtos.RunStatus;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    private final EntityManager em;
    private final MatchedMembers matchedMembers;

    MatchingPersonalData(EntityManager em, MatchedMembers matchedMembers) {
        this.em = em;
        this.matchedMembers = matchedMembers;
    }

    @Schema(name = "PersonalDataMatching", extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record Matching(
            @Schema(required = true, description = "Binômes proposés par les appariements des animateurs où figure le membre.")
            List<ProposalAboutMe> proposals,
            @Schema(required = true, description = "Appariements lancés ou confirmés par le membre, s'il est animateur.") List<RunLed> runs) {}

    @Schema(name = "PersonalDataMatchingRun")
    public record RunLed(
            @Schema(required = true) UUID runId,
            @Schema(required = true) RunStatus status,
            @Schema(required = true) OffsetDateTime startedAt,
            @Schema(required = true, description = "Vrai si le membre l'a lancé.") boolean startedByMe,
            OffsetDateTime confirmedAt,
            @Schema(required = true, description = "Vrai si le membre l'a confirmé.") boolean confirmedByMe) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Matching export(UUID memberId) {
        return new Matching(proposals(memberId), em.createQuery("""
                        select r from MatchingRun r where r.startedBy.id = :id or r.confirmedBy.id = :id
                        order by r.startedAt, r.id""", MatchingRun.class)
                .setParameter("id", memberId).getResultList().stream()
                .map(r -> new RunLed(r.id, r.status, r.startedAt, r.startedBy.id.equals(memberId), r.confirmedAt,
                        r.confirmedBy != null && r.confirmedBy.id.equals(memberId)))
                .toList());
    }

    private List<ProposalAboutMe> proposals(UUID memberId) {
        List<MatchingProposal> proposals = em.createQuery("select p from MatchingProposal p where p.key.menteeId = :id or p.mentorId = :id",
                        MatchingProposal.class)
                .setParameter("id", memberId).getResultList();
        if (proposals.isEmpty()) {
            return List.of();
        }
        Map<UUID, MatchedMember> cards = matchedMembers.byId(proposals.stream()
                .map(p -> p.key.menteeId().equals(memberId) ? p.mentorId : p.key.menteeId()).collect(Collectors.toSet()));
        Map<UUID, MatchingRun> runs = new HashMap<>();
        em.createQuery("select r from MatchingRun r where r.id in :ids", MatchingRun.class)
                .setParameter("ids", proposals.stream().map(p -> p.key.runId()).collect(Collectors.toSet()))
                .getResultList().forEach(r -> runs.put(r.id, r));
        return proposals.stream().map(p -> {
            boolean mentee = p.key.menteeId().equals(memberId);
            MatchingRun run = runs.get(p.key.runId());
            MatchedMember other = cards.get(mentee ? p.mentorId : p.key.menteeId());
            return new ProposalAboutMe(run.id, run.startedAt, mentee ? "MENTEE" : "MENTOR", other.displayName(),
                    p.scoreHundredths / 100.0, p.removedAt != null, p.outcome);
        }).sorted(Comparator.comparing(ProposalAboutMe::computedAt).thenComparing(ProposalAboutMe::runId)).toList();
    }
}
