package fr.spyrales.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.spyrales.matching.MatchingDtos.MatchReason;
import fr.spyrales.matching.MatchingDtos.ProposalOutcome;
import fr.spyrales.matching.MatchingDtos.RunStatus;
import fr.spyrales.member.Member;
import fr.spyrales.mentorship.MentorshipRequests;
import fr.spyrales.mentorship.ProgrammeRequestOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Sends a confirmed run's requests, one batch per transaction, so that a cohort of thousands
 * neither holds one transaction for minutes nor blocks a request thread. Each pair's outcome is
 * written with its request: a batch interrupted by a stop is sent again whole, or not at all.
 */
@ApplicationScoped
public class MatchingConfirmation {
    private final EntityManager em;
    private final MentorshipRequests mentorships;
    private final ObjectMapper json;
    private final MatchingConfig config;

    MatchingConfirmation(EntityManager em, MentorshipRequests mentorships, ObjectMapper json, MatchingConfig config) {
        this.config = config;
        this.em = em;
        this.mentorships = mentorships;
        this.json = json;
    }

    /**
     * Sends the next batch of kept pairs; marks the run CONFIRMED when none is left.
     *
     * @return how many pairs this batch handled (0: nothing left to do)
     */
    @Transactional
    public int sendNextBatch(UUID runId) {
        MatchingRun run = em.find(MatchingRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.status != RunStatus.CONFIRMING) {
            return 0;
        }
        List<MatchingProposal> batch = em.createQuery("select p from MatchingProposal p where p.key.runId = :run "
                        + "and p.removedAt is null and p.outcome is null order by p.key.menteeId", MatchingProposal.class)
                .setParameter("run", runId).setMaxResults(config.confirmationBatchSize()).getResultList();
        if (batch.isEmpty()) {
            run.status = RunStatus.CONFIRMED;
            return 0;
        }
        // Each request is flushed as soon as it is made (proposeFromProgramme), so the rule checks of the
        // next pair see it; they need no flush of their own, which would scan the whole batch each time.
        em.setFlushMode(FlushModeType.COMMIT);
        // Every mentee, then every mentor, in id order: the order single requests lock in (mentee before
        // mentor), so that they wait for this batch rather than deadlock with it.
        Map<UUID, Member> members = new HashMap<>();
        lockInOrder(batch.stream().map(p -> p.key.menteeId()).toList(), members);
        lockInOrder(batch.stream().map(p -> p.mentorId).toList(), members);
        int created = 0;
        for (MatchingProposal proposal : batch) {
            List<MatchReason> reasons = proposal.reasons(json);
            ProgrammeRequestOutcome outcome = mentorships.proposeFromProgramme(members.get(proposal.key.menteeId()),
                    members.get(proposal.mentorId), MatchingRunService.message(proposal, reasons), MatchingRunService.goals(reasons));
            proposal.outcome = outcome.created() ? ProposalOutcome.CREATED : ProposalOutcome.SKIPPED;
            proposal.outcomeDetail = outcome.refusal();
            proposal.mentorshipId = outcome.mentorshipId();
            created += outcome.created() ? 1 : 0;
        }
        run.createdCount += created;
        run.skippedCount += batch.size() - created;
        return batch.size();
    }

    private void lockInOrder(List<UUID> ids, Map<UUID, Member> into) {
        List<UUID> sorted = new ArrayList<>(new TreeSet<>(ids));
        sorted.removeIf(into::containsKey);
        if (sorted.isEmpty()) {
            return;
        }
        em.createQuery("select m from Member m where m.id in :ids order by m.id", Member.class)
                .setParameter("ids", sorted)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(m -> into.put(m.id, m));
    }
}
