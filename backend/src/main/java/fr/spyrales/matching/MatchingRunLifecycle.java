package fr.spyrales.matching;

import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.matching.MatchingDtos.ProposalView;
import fr.spyrales.matching.MatchingDtos.RunRequest;
import fr.spyrales.matching.MatchingDtos.RunStage;
import fr.spyrales.matching.MatchingDtos.RunStatus;
import fr.spyrales.matching.MatchingDtos.RunView;
import fr.spyrales.matching.MatchingDtos.WeightsInput;
import fr.spyrales.member.Member;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A batch run's life for animateurs: start one, review its proposal (remove or restore pairs),
 * then confirm it, which sends each kept pair's mentor a request marked as proposed by the
 * programme. A run is confirmed once: the run's row is locked and its status checked.
 */
@ApplicationScoped
public class MatchingRunLifecycle {
    /** The problem member that names the run still computing when a start is refused. */
    public static final String RUNNING_RUN_ID = "runningRunId";

    private final MatchingRunRepository runs;
    private final MatchingProposalRepository proposals;
    private final MatchingRunMapper mapper;
    private final MatchingConfig config;
    private final MatchingComputation computation;
    private final MatchedMembers matchedMembers;
    private final AuditLog audit;

    MatchingRunLifecycle(
            MatchingRunRepository runs,
            MatchingProposalRepository proposals,
            MatchingRunMapper mapper,
            MatchingConfig config,
            MatchingComputation computation,
            MatchedMembers matchedMembers,
            AuditLog audit) {
        this.runs = runs;
        this.proposals = proposals;
        this.mapper = mapper;
        this.config = config;
        this.computation = computation;
        this.matchedMembers = matchedMembers;
        this.audit = audit;
    }

    /**
     * Records the run and hands it to the background computation once committed. One run computes at a time
     * (a run reads the whole cohort): starts take turns on a lock, and a start while a run computes is refused
     * with that run's id. The database backs the rule with a unique index on the computing run.
     */
    public RunView start(UUID animateurId, RunRequest request) {
        RunView created = QuarkusTransaction.requiringNew().call(() -> {
            runs.waitForOtherStarts();
            Optional<UUID> running = runs.findRunningId();
            if (running.isPresent()) {
                throw ApiException.withExtension(
                        ProblemType.CONFLICT,
                        "Un appariement est déjà en cours de calcul : "
                                + "attendez qu'il se termine avant d'en lancer un autre.",
                        RUNNING_RUN_ID,
                        running.get());
            }
            return create(animateurId, request);
        });
        computation.submit(created.id());
        return created;
    }

    private RunView create(UUID animateurId, RunRequest request) {
        WeightsInput weights =
                request == null || request.weights() == null ? config.defaultWeights() : request.weights();
        MatchingRun run = new MatchingRun();
        run.id = UUID.randomUUID();
        run.status = RunStatus.RUNNING;
        run.stage = RunStage.LOADING;
        run.startedBy = runs.getEntityManager().getReference(Member.class, animateurId);
        run.startedAt = OffsetDateTime.now();
        run.candidatesPerMentee = request == null || request.candidatesPerMentee() == null
                ? config.candidatesPerMentee()
                : request.candidatesPerMentee();
        run.minimumScore = request == null || request.minimumScore() == null ? 0 : request.minimumScore();
        run.weightSkill = weights.skill();
        run.weightLanguage = weights.language();
        run.weightCapacity = weights.capacity();
        run.weightOtherMinistry = weights.otherMinistry();
        run.weightSameRegion = weights.sameRegion();
        MatchingLease.holdHere(run);
        runs.persistAndFlush(run);
        return mapper.view(run, 0);
    }

    /** Removes a pair from a computed run's proposal, or puts it back, until the run is confirmed. */
    @Transactional
    public ProposalView setRemoved(UUID runId, UUID menteeId, boolean removed) {
        RunChange.REVIEW.requireDone(lock(runId, LockModeType.PESSIMISTIC_READ).status);
        MatchingProposal proposal = proposals
                .findByIdOptional(new MatchingProposal.Key(runId, menteeId))
                .orElseThrow(() -> ApiException.notFound("Ce binôme ne fait pas partie de la proposition."));
        if (removed && proposal.removedAt == null) {
            proposal.removedAt = OffsetDateTime.now();
        } else if (!removed) {
            proposal.removedAt = null;
        }
        return mapper.proposalView(proposal, matchedMembers.byId(Set.of(menteeId, proposal.mentorId)));
    }

    /**
     * Confirms a run: it moves from DONE to CONFIRMING under the run's row lock (so a run is
     * confirmed once), then the requests leave in the background, batch after batch
     * ({@link MatchingConfirmation}); GET shows how many have gone.
     */
    public RunView confirm(UUID runId, UUID animateurId) {
        RunView confirmed = QuarkusTransaction.requiringNew().call(() -> {
            MatchingRun run = lock(runId, LockModeType.PESSIMISTIC_WRITE);
            RunChange.CONFIRM.requireDone(run.status);
            run.status = RunStatus.CONFIRMING;
            run.confirmedAt = OffsetDateTime.now();
            run.confirmedBy = runs.getEntityManager().getReference(Member.class, animateurId);
            run.createdCount = 0;
            run.skippedCount = 0;
            MatchingLease.holdHere(run);
            long removed = proposals.countRemoved(run);
            audit.record(
                    AuditAction.MATCHING_RUN_CONFIRMED,
                    AuditActor.member(animateurId),
                    AuditTarget.of("matching_run", run.id),
                    removed == 0 ? null : removed + " binôme(s) retiré(s) de la proposition");
            return mapper.view(run, removed);
        });
        computation.sendRequests(runId);
        return confirmed;
    }

    private MatchingRun lock(UUID id, LockModeType mode) {
        return runs.findLocked(id, mode).orElseThrow(() -> ApiException.notFound("Cet appariement n'existe pas."));
    }
}
