package fr.spyrales.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.spyrales.matching.MatchingDtos.MatchReason;
import fr.spyrales.matching.MatchingDtos.ProposalOutcome;
import fr.spyrales.matching.MatchingDtos.RunStatus;
import fr.spyrales.matching.engine.Criterion;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.mentorship.MentorshipRequests;
import fr.spyrales.mentorship.ProgrammeRequest;
import fr.spyrales.mentorship.ProgrammeRequestOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Sends a confirmed run's requests, with the text the programme puts on them, one batch per transaction, so that a cohort of thousands
 * neither holds one transaction for minutes nor blocks a request thread. Each pair's outcome is
 * written with its request: a batch interrupted by a stop is sent again whole, or not at all.
 */
@ApplicationScoped
public class MatchingConfirmation {
    /** Rows per JDBC batch when a batch's rows are written. */
    private static final int JDBC_BATCH_SIZE = 200;

    private final MatchingRunRepository runs;
    private final MatchingProposalRepository proposals;
    private final MemberRepository members;
    private final MentorshipRequests mentorships;
    private final ObjectMapper json;
    private final MatchingConfig config;

    MatchingConfirmation(
            MatchingRunRepository runs,
            MatchingProposalRepository proposals,
            MemberRepository members,
            MentorshipRequests mentorships,
            ObjectMapper json,
            MatchingConfig config) {
        this.runs = runs;
        this.proposals = proposals;
        this.members = members;
        this.mentorships = mentorships;
        this.json = json;
        this.config = config;
    }

    /**
     * Sends the next batch of kept pairs; marks the run CONFIRMED when none is left.
     *
     * @return how many pairs this batch handled (0: nothing left to do)
     */
    @Transactional
    public int sendNextBatch(UUID runId) {
        return sendNextBatch(runId, config.confirmationBatchSize());
    }

    /** As {@link #sendNextBatch(UUID)}, with this many pairs at most. */
    @Transactional
    int sendNextBatch(UUID runId, int batchSize) {
        MatchingRun run = runs.findLocked(runId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (run == null || run.status != RunStatus.CONFIRMING) {
            return 0;
        }
        List<MatchingProposal> batch = proposals.nextToSend(runId, batchSize);
        if (batch.isEmpty()) {
            run.status = RunStatus.CONFIRMED;
            return 0;
        }
        EntityManager em = runs.getEntityManager();
        // The batch's rows (requests, goals, history, notifications, outcomes) leave at one flush, kind by kind,
        // in JDBC batches; nothing is read back from the database in between, so nothing needs flushing before.
        em.setFlushMode(FlushModeType.COMMIT);
        em.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH_SIZE);
        // Every mentee, then every mentor, in id order: the order single requests lock in (mentee before
        // mentor), so that they wait for this batch rather than deadlock with it.
        Map<UUID, Member> locked = new HashMap<>();
        lockInOrder(batch.stream().map(p -> p.key.menteeId()).toList(), locked);
        lockInOrder(batch.stream().map(p -> p.mentorId).toList(), locked);
        List<ProgrammeRequest> requests = new ArrayList<>(batch.size());
        for (MatchingProposal proposal : batch) {
            List<MatchReason> reasons = proposal.reasons(json);
            requests.add(new ProgrammeRequest(
                    proposal.key.menteeId(),
                    proposal.mentorId,
                    message(proposal.scoreHundredths, reasons),
                    goals(reasons)));
        }
        List<ProgrammeRequestOutcome> outcomes = mentorships.proposeFromProgramme(requests);
        int created = 0;
        for (int i = 0; i < batch.size(); i++) {
            MatchingProposal proposal = batch.get(i);
            ProgrammeRequestOutcome outcome = outcomes.get(i);
            proposal.outcome = outcome.created() ? ProposalOutcome.CREATED : ProposalOutcome.SKIPPED;
            proposal.outcomeDetail = outcome.refusal();
            proposal.mentorshipId = outcome.mentorshipId();
            created += outcome.created() ? 1 : 0;
        }
        run.createdCount += created;
        run.skippedCount += batch.size() - created;
        return batch.size();
    }

    /** What the mentor reads in the request: why the programme chose them, 2,000 characters at most. */
    static String message(int scoreHundredths, List<MatchReason> reasons) {
        StringBuilder text = new StringBuilder("Binôme proposé par le programme de mentorat (score ")
                .append(formatPoints(scoreHundredths / 100.0))
                .append(") :");
        for (MatchReason reason : reasons) {
            text.append("\n- ").append(reason.label());
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
    }

    /** The request's goals: one per skill the mentor can teach, three at most. */
    static List<String> goals(List<MatchReason> reasons) {
        List<String> goals = reasons.stream()
                .filter(r -> r.criterion() == Criterion.SKILL && r.skill() != null)
                .map(r -> "Progresser en " + r.skill().name())
                .limit(3)
                .toList();
        return goals.isEmpty() ? List.of("Définir ensemble les objectifs du mentorat") : goals;
    }

    private static String formatPoints(double points) {
        return points == Math.rint(points)
                ? String.valueOf((long) points)
                : String.format(Locale.FRANCE, "%.2f", points);
    }

    private void lockInOrder(List<UUID> ids, Map<UUID, Member> into) {
        List<UUID> sorted = new ArrayList<>(new TreeSet<>(ids));
        sorted.removeIf(into::containsKey);
        if (sorted.isEmpty()) {
            return;
        }
        members.lockInIdOrder(sorted).forEach(m -> into.put(m.id, m));
    }
}
