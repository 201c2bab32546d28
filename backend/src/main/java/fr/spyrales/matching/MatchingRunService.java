package fr.spyrales.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.LikePattern;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.ProblemType;
import fr.spyrales.matching.MatchingDtos.MatchReason;
import fr.spyrales.matching.MatchingDtos.MatchedMember;
import fr.spyrales.matching.MatchingDtos.PersonRef;
import fr.spyrales.matching.MatchingDtos.ProposalView;
import fr.spyrales.matching.MatchingDtos.RunFigures;
import fr.spyrales.matching.MatchingDtos.RunParameters;
import fr.spyrales.matching.MatchingDtos.RunRequest;
import fr.spyrales.matching.MatchingDtos.RunStage;
import fr.spyrales.matching.MatchingDtos.RunStatus;
import fr.spyrales.matching.MatchingDtos.RunView;
import fr.spyrales.matching.MatchingDtos.WeightsInput;
import fr.spyrales.matching.engine.Criterion;
import fr.spyrales.member.Member;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Batch runs for animateurs: start one, follow it, review its proposal (remove or restore pairs),
 * then confirm it, which sends each kept pair's mentor a request marked as proposed by the
 * programme. A run is confirmed once: the run's row is locked and its status checked.
 */
@ApplicationScoped
public class MatchingRunService {
    /** The problem member that names the run still computing when a start is refused. */
    public static final String RUNNING_RUN_ID = "runningRunId";

    private final EntityManager em;
    private final MatchingConfig config;
    private final MatchingComputation computation;
    private final MatchedMembers matchedMembers;
    private final ObjectMapper json;

    MatchingRunService(EntityManager em, MatchingConfig config, MatchingComputation computation, MatchedMembers matchedMembers,
            ObjectMapper json) {
        this.em = em;
        this.config = config;
        this.computation = computation;
        this.matchedMembers = matchedMembers;
        this.json = json;
    }

    /**
     * Records the run and hands it to the background computation once committed. One run computes at a time
     * (a run reads the whole cohort): starts take turns on a lock, and a start while a run computes is refused
     * with that run's id. The database backs the rule with a unique index on the computing run.
     */
    public RunView start(UUID animateurId, RunRequest request) {
        RunView created = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('spyrales.matching-run.start', 0))").getSingleResult();
            UUID running = em.createQuery("select r.id from MatchingRun r where r.status = :running", UUID.class)
                    .setParameter("running", RunStatus.RUNNING).getResultList().stream().findFirst().orElse(null);
            if (running != null) {
                throw ApiException.withExtension(ProblemType.CONFLICT, "Un appariement est déjà en cours de calcul : "
                        + "attendez qu'il se termine avant d'en lancer un autre.", RUNNING_RUN_ID, running);
            }
            return create(animateurId, request);
        });
        computation.submit(created.id());
        return created;
    }

    private RunView create(UUID animateurId, RunRequest request) {
        WeightsInput weights = request == null || request.weights() == null ? defaults() : request.weights();
        MatchingRun run = new MatchingRun();
        run.id = UUID.randomUUID();
        run.status = RunStatus.RUNNING;
        run.stage = RunStage.LOADING;
        run.startedBy = em.getReference(Member.class, animateurId);
        run.startedAt = OffsetDateTime.now();
        run.candidatesPerMentee = request == null || request.candidatesPerMentee() == null
                ? config.candidatesPerMentee() : request.candidatesPerMentee();
        run.minimumScore = request == null || request.minimumScore() == null ? 0 : request.minimumScore();
        run.weightSkill = weights.skill();
        run.weightLanguage = weights.language();
        run.weightCapacity = weights.capacity();
        run.weightOtherMinistry = weights.otherMinistry();
        run.weightSameRegion = weights.sameRegion();
        em.persist(run);
        em.flush();
        return view(run);
    }

    public RunParameters defaultParameters() {
        return new RunParameters(config.candidatesPerMentee(), 0, defaults());
    }

    private WeightsInput defaults() {
        MatchingConfig.Weights w = config.weights();
        return new WeightsInput(w.skill(), w.language(), w.capacity(), w.otherMinistry(), w.sameRegion());
    }

    @Transactional
    public RunView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public PageResponse<RunView> list(PageQuery page) {
        List<MatchingRun> runs = em.createQuery("select r from MatchingRun r join fetch r.startedBy order by r.startedAt desc, r.id",
                        MatchingRun.class)
                .setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        long total = em.createQuery("select count(r) from MatchingRun r", Long.class).getSingleResult();
        Map<UUID, Long> removed = new HashMap<>();
        if (!runs.isEmpty()) {
            em.createQuery("select p.key.runId, count(p) from MatchingProposal p where p.key.runId in :runs "
                            + "and p.removedAt is not null group by p.key.runId", Object[].class)
                    .setParameter("runs", runs.stream().map(r -> r.id).toList())
                    .getResultList()
                    .forEach(row -> removed.put((UUID) row[0], (Long) row[1]));
        }
        return new PageResponse<>(runs.stream().map(r -> view(r, removed.getOrDefault(r.id, 0L))).toList(), page.page, page.size, total);
    }

    /**
     * The proposed pairs, best scores first.
     *
     * @param q part of the mentee's or mentor's name, accents and case ignored
     * @param removed null for all, true for the removed pairs only, false for the kept ones
     */
    @Transactional
    public PageResponse<ProposalView> proposals(UUID runId, String q, Boolean removed, PageQuery page) {
        find(runId);
        String where = " FROM matching_proposal p JOIN member e ON e.id = p.mentee_id JOIN member o ON o.id = p.mentor_id"
                + " WHERE p.run_id = :run"
                + (removed == null ? "" : removed ? " AND p.removed_at IS NOT NULL" : " AND p.removed_at IS NULL")
                + (q == null || q.isBlank() ? "" : " AND (lower(immutable_unaccent(e.display_name)) LIKE :q"
                        + " OR lower(immutable_unaccent(o.display_name)) LIKE :q)");
        var select = em.createNativeQuery("SELECT p.mentee_id" + where + " ORDER BY p.score_hundredths DESC, p.mentee_id", UUID.class)
                .setParameter("run", runId);
        var count = em.createNativeQuery("SELECT count(*)" + where, Long.class).setParameter("run", runId);
        if (q != null && !q.isBlank()) {
            String pattern = LikePattern.containing(q);
            select.setParameter("q", pattern);
            count.setParameter("q", pattern);
        }
        @SuppressWarnings("unchecked")
        List<UUID> menteeIds = select.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        Map<UUID, MatchingProposal> byMentee = new HashMap<>();
        if (!menteeIds.isEmpty()) {
            em.createQuery("select p from MatchingProposal p where p.key.runId = :run and p.key.menteeId in :mentees", MatchingProposal.class)
                    .setParameter("run", runId).setParameter("mentees", menteeIds)
                    .getResultList().forEach(p -> byMentee.put(p.key.menteeId(), p));
        }
        List<MatchingProposal> proposals = menteeIds.stream().map(byMentee::get).toList();
        Set<UUID> people = new HashSet<>();
        proposals.forEach(p -> {
            people.add(p.key.menteeId());
            people.add(p.mentorId);
        });
        Map<UUID, MatchedMember> cards = matchedMembers.byId(people);
        return new PageResponse<>(proposals.stream().map(p -> proposalView(p, cards)).toList(), page.page, page.size, total);
    }

    @Transactional
    public ProposalView setRemoved(UUID runId, UUID menteeId, boolean removed) {
        MatchingRun run = lock(runId, LockModeType.PESSIMISTIC_READ);
        if (run.status != RunStatus.DONE) {
            throw new ApiException(ProblemType.CONFLICT, switch (run.status) {
                case CONFIRMED, CONFIRMING -> "Cet appariement est confirmé : ses binômes ne peuvent plus être modifiés.";
                case RUNNING -> "Le calcul est en cours : attendez la proposition.";
                default -> "Cet appariement a échoué : il n'a pas de binômes à modifier.";
            });
        }
        MatchingProposal proposal = em.find(MatchingProposal.class, new MatchingProposal.Key(runId, menteeId));
        if (proposal == null) {
            throw ApiException.notFound("Ce binôme ne fait pas partie de la proposition.");
        }
        if (removed && proposal.removedAt == null) {
            proposal.removedAt = OffsetDateTime.now();
        } else if (!removed) {
            proposal.removedAt = null;
        }
        return proposalView(proposal, matchedMembers.byId(Set.of(menteeId, proposal.mentorId)));
    }

    /**
     * Confirms a run: it moves from DONE to CONFIRMING under the run's row lock (so a run is
     * confirmed once), then the requests leave in the background, batch after batch
     * ({@link MatchingConfirmation}); GET shows how many have gone.
     */
    public RunView confirm(UUID runId, UUID animateurId) {
        RunView confirmed = QuarkusTransaction.requiringNew().call(() -> {
            MatchingRun run = lock(runId, LockModeType.PESSIMISTIC_WRITE);
            if (run.status != RunStatus.DONE) {
                throw new ApiException(ProblemType.CONFLICT, switch (run.status) {
                    case CONFIRMED -> "Cet appariement a déjà été confirmé : les demandes ont été envoyées.";
                    case CONFIRMING -> "Cet appariement a déjà été confirmé : les demandes sont en cours d'envoi.";
                    case RUNNING -> "Le calcul est en cours : attendez la proposition avant de la confirmer.";
                    default -> "Cet appariement a échoué : il n'y a rien à confirmer.";
                });
            }
            run.status = RunStatus.CONFIRMING;
            run.confirmedAt = OffsetDateTime.now();
            run.confirmedBy = em.getReference(Member.class, animateurId);
            run.createdCount = 0;
            run.skippedCount = 0;
            return view(run);
        });
        computation.sendRequests(runId);
        return confirmed;
    }

    /** What the mentor reads in the request: why the programme chose them. */
    static String message(MatchingProposal proposal, List<MatchReason> reasons) {
        StringBuilder text = new StringBuilder("Binôme proposé par le programme de mentorat (score ")
                .append(formatPoints(proposal.scoreHundredths / 100.0)).append(") :");
        for (MatchReason reason : reasons) {
            text.append("\n- ").append(reason.label());
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
    }

    /** One goal per skill the mentor can teach, three at most. */
    static List<String> goals(List<MatchReason> reasons) {
        List<String> goals = reasons.stream()
                .filter(r -> r.criterion() == Criterion.SKILL && r.skill() != null)
                .map(r -> "Progresser en " + r.skill().name())
                .limit(3)
                .toList();
        return goals.isEmpty() ? List.of("Définir ensemble les objectifs du mentorat") : goals;
    }

    private static String formatPoints(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.format(java.util.Locale.FRANCE, "%.2f", points);
    }

    private MatchingRun find(UUID id) {
        MatchingRun run = em.find(MatchingRun.class, id);
        if (run == null) {
            throw ApiException.notFound("Cet appariement n'existe pas.");
        }
        return run;
    }

    private MatchingRun lock(UUID id, LockModeType mode) {
        MatchingRun run = em.find(MatchingRun.class, id, mode);
        if (run == null) {
            throw ApiException.notFound("Cet appariement n'existe pas.");
        }
        return run;
    }

    private ProposalView proposalView(MatchingProposal p, Map<UUID, MatchedMember> cards) {
        return new ProposalView(cards.get(p.key.menteeId()), cards.get(p.mentorId), p.scoreHundredths / 100.0, p.reasons(json),
                p.removedAt != null, p.outcome, p.outcomeDetail, p.mentorshipId);
    }

    private RunView view(MatchingRun r) {
        long removed = r.matchedCount == null ? 0 : em.createQuery(
                        "select count(p) from MatchingProposal p where p.key.runId = :run and p.removedAt is not null", Long.class)
                .setParameter("run", r.id).getSingleResult();
        return view(r, removed);
    }

    private RunView view(MatchingRun r, long removed) {
        RunParameters parameters = new RunParameters(r.candidatesPerMentee, r.minimumScore,
                new WeightsInput(r.weightSkill, r.weightLanguage, r.weightCapacity, r.weightOtherMinistry, r.weightSameRegion));
        RunFigures figures = r.matchedCount == null ? null : new RunFigures(r.menteeCount, r.mentorCount, r.candidateCount,
                r.matchedCount, r.totalScoreHundredths / 100.0,
                r.matchedCount == 0 ? 0 : Math.round((double) r.totalScoreHundredths / r.matchedCount) / 100.0,
                r.greedyScoreHundredths / 100.0, r.greedyMatchedCount, r.durationMs);
        return new RunView(r.id, r.status, r.stage, parameters, person(r.startedBy), r.startedAt, r.finishedAt, figures, (int) removed,
                r.error, r.confirmedAt, r.confirmedBy == null ? null : person(r.confirmedBy), r.createdCount, r.skippedCount,
                r.matchedCount == null ? null : r.matchedCount - (int) removed);
    }

    private static PersonRef person(Member m) {
        return new PersonRef(m.id, m.displayName);
    }
}
