package fr.spyrales.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.spyrales.matching.MatchingDtos.RunStage;
import fr.spyrales.matching.MatchingDtos.RunStatus;
import fr.spyrales.matching.ReasonWriter.Reader;
import fr.spyrales.matching.engine.Assignment;
import fr.spyrales.matching.engine.CandidateGenerator;
import fr.spyrales.matching.engine.Candidates;
import fr.spyrales.matching.engine.GreedyAssignment;
import fr.spyrales.matching.engine.MatchingPool;
import fr.spyrales.matching.engine.MatchingWeights;
import fr.spyrales.matching.engine.OptimalAssignment;
import fr.spyrales.matching.engine.Scorer;
import fr.spyrales.referential.Region;
import fr.spyrales.referential.SkillRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Computes runs in the background, one at a time, so that a long run never holds a request
 * thread: load the cohort, keep each mentee's best candidates, solve, then save the proposal.
 * Each stage is committed, so `GET /matching/runs/{id}` shows where it stands.
 */
@ApplicationScoped
public class MatchingComputation {
    private static final Logger LOG = Logger.getLogger(MatchingComputation.class);

    private final MatchingPoolLoader loader;
    private final SkillRepository skills;
    private final MatchingRunRepository runs;
    private final EntityManager em;
    private final ObjectMapper json;
    private final MatchingConfirmation confirmation;
    private final MeterRegistry metrics;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "matching-run");
        thread.setDaemon(true);
        return thread;
    });

    MatchingComputation(
            MatchingPoolLoader loader,
            SkillRepository skills,
            MatchingRunRepository runs,
            EntityManager em,
            ObjectMapper json,
            MatchingConfirmation confirmation,
            MeterRegistry metrics) {
        this.runs = runs;
        this.metrics = metrics;
        this.confirmation = confirmation;
        this.loader = loader;
        this.skills = skills;
        this.em = em;
        this.json = json;
    }

    /** Loads the native solver in the background at start, and says so at once if it cannot be loaded. */
    void warmUp(@Observes StartupEvent event) {
        executor.submit(() -> {
            try {
                OptimalAssignment.loadSolver();
            } catch (RuntimeException | Error e) {
                LOG.error("The OR-Tools solver could not be loaded: matching runs will fail", e);
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    void submit(UUID runId) {
        executor.submit(() -> compute(runId));
    }

    /** Sends a confirmed run's requests, batch after batch, after whatever the worker is doing. */
    void sendRequests(UUID runId) {
        executor.submit(() -> {
            try {
                while (confirmation.sendNextBatch(runId) > 0) {
                    // next batch
                }
            } catch (RuntimeException | Error e) {
                // The run stays CONFIRMING: the next start sends what is left (each batch is whole or not at all).
                LOG.errorf(e, "Sending the requests of matching run %s stopped", runId);
            }
        });
    }

    void compute(UUID runId) {
        long start = System.nanoTime();
        try {
            MatchingRun run = QuarkusTransaction.requiringNew().call(() -> em.find(MatchingRun.class, runId));
            MatchingWeights weights = new MatchingWeights(
                    run.weightSkill,
                    run.weightLanguage,
                    run.weightCapacity,
                    run.weightOtherMinistry,
                    run.weightSameRegion);
            Scorer scorer = new Scorer(weights);

            LoadedPool loaded = loader.cohort();
            MatchingPool pool = loaded.pool();
            long loadedAt = System.nanoTime();
            stage(runId, RunStage.CANDIDATES);
            Candidates candidates =
                    atLeast(new CandidateGenerator(scorer).topK(pool, run.candidatesPerMentee), run.minimumScore * 100);
            long candidatesAt = System.nanoTime();
            stage(runId, RunStage.SOLVING);
            Assignment optimal = OptimalAssignment.solve(pool, candidates);
            Assignment greedy = GreedyAssignment.solve(pool, candidates);
            long solvedAt = System.nanoTime();
            stage(runId, RunStage.SAVING);
            QuarkusTransaction.requiringNew()
                    .run(() -> save(runId, loaded, scorer, candidates, optimal, greedy, start));
            recordDuration("done", start);
            // Where a run's time goes, for sizing (bench/README.md): loading, candidates, solving, saving.
            LOG.infof(
                    "Matching run %s: %d mentees, %d mentors, %d arcs; loaded in %d ms, candidates %d ms,"
                            + " solved %d ms, saved %d ms",
                    runId,
                    pool.menteeCount(),
                    pool.mentorCount(),
                    candidates.arcCount(),
                    (loadedAt - start) / 1_000_000,
                    (candidatesAt - loadedAt) / 1_000_000,
                    (solvedAt - candidatesAt) / 1_000_000,
                    (System.nanoTime() - solvedAt) / 1_000_000);
        } catch (RuntimeException | Error e) {
            recordDuration("failed", start);
            // An Error too (a native solver that cannot load): the run must end FAILED, never stay RUNNING.
            LOG.errorf(e, "Matching run %s failed", runId);
            QuarkusTransaction.requiringNew().run(() -> {
                MatchingRun run = em.find(MatchingRun.class, runId);
                run.status = RunStatus.FAILED;
                run.finishedAt = OffsetDateTime.now();
                run.error = "Le calcul a échoué. Réessayez ; si l'échec se répète, signalez-le aux administrateurs.";
            });
        }
    }

    /** {@code spyrales_matching_run_seconds{outcome}}: how long runs take, from the start to the saved proposal. */
    private void recordDuration(String outcome, long start) {
        Timer.builder("spyrales.matching.run")
                .description("Duration of matching runs, from loading the cohort to the saved proposal")
                .tag("outcome", outcome)
                .serviceLevelObjectives(Stream.of(1, 5, 15, 30, 60, 120, 300, 600)
                        .map(Duration::ofSeconds)
                        .toArray(Duration[]::new))
                .register(metrics)
                .record(Duration.ofNanos(System.nanoTime() - start));
    }

    private void stage(UUID runId, RunStage stage) {
        QuarkusTransaction.requiringNew().run(() -> em.find(MatchingRun.class, runId).stage = stage);
    }

    /** Drops candidates under the run's minimum score (rows stay sorted, best first). */
    private static Candidates atLeast(Candidates candidates, int minimumHundredths) {
        if (minimumHundredths <= 0) {
            return candidates;
        }
        int[][] mentors = new int[candidates.menteeCount()][];
        int[][] scores = new int[candidates.menteeCount()][];
        for (int mentee = 0; mentee < mentors.length; mentee++) {
            int[] row = candidates.scores()[mentee];
            int kept = 0;
            while (kept < row.length && row[kept] >= minimumHundredths) {
                kept++;
            }
            mentors[mentee] = Arrays.copyOf(candidates.mentors()[mentee], kept);
            scores[mentee] = Arrays.copyOf(row, kept);
        }
        return new Candidates(mentors, scores);
    }

    private void save(
            UUID runId,
            LoadedPool loaded,
            Scorer scorer,
            Candidates candidates,
            Assignment optimal,
            Assignment greedy,
            long start) {
        ReasonWriter writer = new ReasonWriter(loaded, skills.byCode(), Region.namesByCode(), Reader.ANIMATEUR);
        MatchingPool pool = loaded.pool();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO matching_proposal "
                    + "(run_id, mentee_id, mentor_id, score_hundredths, reasons) VALUES (?, ?, ?, ?, ?::jsonb)")) {
                int batched = 0;
                for (int mentee = 0; mentee < pool.menteeCount(); mentee++) {
                    int mentor = optimal.mentorOf()[mentee];
                    if (mentor == Assignment.UNMATCHED) {
                        continue;
                    }
                    insert.setObject(1, runId);
                    insert.setObject(2, loaded.menteeIds()[mentee]);
                    insert.setObject(3, loaded.mentorIds()[mentor]);
                    insert.setInt(4, optimal.scoreOf()[mentee]);
                    insert.setString(5, toJson(writer, scorer, pool, mentee, mentor));
                    insert.addBatch();
                    if (++batched % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        MatchingRun run = em.find(MatchingRun.class, runId);
        run.menteeCount = pool.menteeCount();
        run.mentorCount = pool.mentorCount();
        run.candidateCount = candidates.arcCount();
        run.matchedCount = optimal.matched();
        run.totalScoreHundredths = optimal.totalHundredths();
        run.greedyMatchedCount = greedy.matched();
        run.greedyScoreHundredths = greedy.totalHundredths();
        run.status = RunStatus.DONE;
        run.stage = RunStage.FINISHED;
        run.finishedAt = OffsetDateTime.now();
        run.durationMs = (System.nanoTime() - start) / 1_000_000;
    }

    private String toJson(ReasonWriter writer, Scorer scorer, MatchingPool pool, int mentee, int mentor) {
        try {
            return json.writeValueAsString(writer.reasons(scorer.explain(pool, mentee, mentor)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
