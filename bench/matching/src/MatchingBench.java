import fr.spyrales.matching.engine.Assignment;
import fr.spyrales.matching.engine.CandidateGenerator;
import fr.spyrales.matching.engine.Candidates;
import fr.spyrales.matching.engine.GreedyAssignment;
import fr.spyrales.matching.engine.MatchingPool;
import fr.spyrales.matching.engine.MatchingWeights;
import fr.spyrales.matching.engine.OptimalAssignment;
import fr.spyrales.matching.engine.Scorer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times the matching engine on one synthetic community (see {@link SyntheticCommunity}) and prints
 * one Markdown table row; details go to stderr. Meant to run alone in its JVM (run.sh gives it
 * -Xmx1g), so that the peak memory it reports is the whole cost of one size.
 *
 * <p>The first run pays for class loading, the JIT and the loading of the OR-Tools native library;
 * it is reported apart as "first run". The figures of the table are the medians of the runs after
 * it. Peak memory covers the whole JVM life: the generated pool, the first run and the others.
 *
 * <pre>
 *   java -Xmx1g -cp ... MatchingBench --header
 *   java -Xmx1g -cp ... MatchingBench MENTEES [K=50] [SEED=2026] [RUNS=3]
 * </pre>
 */
public final class MatchingBench {

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--header")) {
            System.out.println("| mentees | mentors | candidate arcs | candidates s | solve s | total s | first run total s"
                    + " | peak RSS MiB | heap peak MiB | optimal total | greedy total | gain % | matched optimal / greedy"
                    + " | others' CPU % |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            return;
        }
        if (args.length < 1) {
            System.err.println("usage: MatchingBench --header | MatchingBench MENTEES [K=50] [SEED=2026] [RUNS=3]");
            System.exit(2);
        }
        int mentees = Integer.parseInt(args[0]);
        int mentors = mentees / 5;
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;

        CpuTicks startTicks = CpuTicks.now();
        long start = System.nanoTime();
        MatchingPool pool = SyntheticCommunity.generate(mentees, mentors, seed);
        log("%,d mentees, %,d mentors generated in %.2f s (seed %d)", mentees, mentors, seconds(System.nanoTime() - start), seed);

        Scorer scorer = new Scorer(MatchingWeights.DEFAULT);
        Run first = Run.of(pool, scorer, k);
        log("first run: %s", first);
        Run[] measured = new Run[runs];
        for (int i = 0; i < runs; i++) {
            System.gc(); // so that a run does not pay for the garbage of the one before
            measured[i] = Run.of(pool, scorer, k);
            log("run %d: %s", i + 1, measured[i]);
            if (!measured[i].sameResultAs(first)) {
                throw new IllegalStateException("run " + (i + 1) + " gave another result than the first run");
            }
        }
        double othersCpu = CpuTicks.now().othersPercentSince(startTicks);

        long candidates = median(measured, r -> r.candidatesNanos);
        long solve = median(measured, r -> r.solveNanos);
        long total = median(measured, r -> r.candidatesNanos + r.solveNanos);
        long greedy = median(measured, r -> r.greedyNanos);
        log("greedy assignment: %.3f s (median)", seconds(greedy));
        System.out.println(String.format(Locale.ROOT,
                "| %,d | %,d | %,d | %.2f | %.2f | **%.2f** | %.2f | %,d | %,d | %,.0f | %,.0f | %+.2f | %,d / %,d | %.0f |",
                mentees, mentors, first.arcs, seconds(candidates), seconds(solve), seconds(total),
                seconds(first.candidatesNanos + first.solveNanos), peakRssKib() / 1024, heapPeakBytes() >> 20,
                first.optimalTotal / 100.0, first.greedyTotal / 100.0,
                100.0 * (first.optimalTotal - first.greedyTotal) / first.greedyTotal,
                first.optimalMatched, first.greedyMatched, othersCpu));
    }

    /** One pass of the engine: candidates, optimal assignment, and the greedy one on the same candidates. */
    private static final class Run {
        long candidatesNanos;
        long solveNanos;
        long greedyNanos;
        long arcs;
        long optimalTotal;
        long greedyTotal;
        int optimalMatched;
        int greedyMatched;
        int[] optimalMentorOf;

        static Run of(MatchingPool pool, Scorer scorer, int k) {
            Run run = new Run();
            long t0 = System.nanoTime();
            Candidates candidates = new CandidateGenerator(scorer).topK(pool, k);
            long t1 = System.nanoTime();
            Assignment optimal = OptimalAssignment.solve(pool, candidates);
            long t2 = System.nanoTime();
            Assignment greedy = GreedyAssignment.solve(pool, candidates);
            long t3 = System.nanoTime();
            run.candidatesNanos = t1 - t0;
            run.solveNanos = t2 - t1;
            run.greedyNanos = t3 - t2;
            run.arcs = candidates.arcCount();
            run.optimalTotal = optimal.totalHundredths();
            run.greedyTotal = greedy.totalHundredths();
            run.optimalMatched = optimal.matched();
            run.greedyMatched = greedy.matched();
            run.optimalMentorOf = optimal.mentorOf();
            checkFeasible(pool, optimal);
            if (run.optimalTotal < run.greedyTotal) {
                throw new IllegalStateException("optimal total " + run.optimalTotal + " below greedy " + run.greedyTotal);
            }
            return run;
        }

        boolean sameResultAs(Run other) {
            return optimalTotal == other.optimalTotal && greedyTotal == other.greedyTotal
                    && Arrays.equals(optimalMentorOf, other.optimalMentorOf);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "candidates %.3f s, optimal %.3f s, greedy %.3f s, %,d arcs",
                    seconds(candidatesNanos), seconds(solveNanos), seconds(greedyNanos), arcs);
        }
    }

    private static void checkFeasible(MatchingPool pool, Assignment assignment) {
        int[] taken = new int[pool.mentorCount()];
        for (int mentor : assignment.mentorOf()) {
            if (mentor != Assignment.UNMATCHED && ++taken[mentor] > pool.freePlaces(mentor)) {
                throw new IllegalStateException("mentor " + mentor + " gets more mentees than free places");
            }
        }
    }

    private interface Measure {
        long of(Run run);
    }

    private static long median(Run[] runs, Measure measure) {
        long[] values = Arrays.stream(runs).mapToLong(measure::of).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    /** Peak resident set size of this JVM (heap, metaspace, code, threads and the native solver). */
    private static long peakRssKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long heapPeakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** CPU ticks of the whole machine and of this process, to tell how busy other processes kept it. */
    private record CpuTicks(long machineTotal, long machineIdle, long self) {
        static CpuTicks now() throws IOException {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8 && i < cpu.length; i++) { // guest time is already counted in user
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long self = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            return new CpuTicks(total, idle, self);
        }

        /** Share of the machine's CPU that other processes used since {@code before}, in percent. */
        double othersPercentSince(CpuTicks before) {
            long total = machineTotal - before.machineTotal;
            long busy = total - (machineIdle - before.machineIdle);
            long others = busy - (self - before.self);
            return total == 0 ? 0 : Math.max(0, 100.0 * others / total);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void log(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }
}
