package fr.spyrales.matching.engine;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * The assignment of maximal total score under the mentors' free places, as a min-cost flow:
 * source → mentee (1) → mentor (cost −score) → sink (free places), plus a zero-cost "unmatched"
 * arc from each mentee to the sink. Solved exactly by OR-Tools (cost scaling push–relabel).
 */
public final class OptimalAssignment {
    private OptimalAssignment() {}

    private static volatile boolean loaded;

    /** Loads the native solver (about a second, once per process), so that the first run does not pay for it. */
    public static void loadSolver() {
        if (!loaded) {
            synchronized (OptimalAssignment.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    public static Assignment solve(MatchingPool pool, Candidates candidates) {
        loadSolver();
        int mentees = pool.menteeCount;
        int sink = mentees + pool.mentorCount;
        long candidateArcs = candidates.arcCount();
        MinCostFlow flow = new MinCostFlow(
                sink + 1, (int) Math.min(Integer.MAX_VALUE, candidateArcs + mentees + pool.mentorCount));
        try {
            int[][] arcs = new int[mentees][];
            for (int mentee = 0; mentee < mentees; mentee++) {
                flow.setNodeSupply(mentee, 1);
                int[] mentors = candidates.mentors()[mentee];
                int[] scores = candidates.scores()[mentee];
                arcs[mentee] = new int[mentors.length];
                for (int i = 0; i < mentors.length; i++) {
                    arcs[mentee][i] = flow.addArcWithCapacityAndUnitCost(mentee, mentees + mentors[i], 1, -scores[i]);
                }
                flow.addArcWithCapacityAndUnitCost(mentee, sink, 1, 0);
            }
            for (int mentor = 0; mentor < pool.mentorCount; mentor++) {
                if (pool.mentorFreePlaces[mentor] > 0) {
                    flow.addArcWithCapacityAndUnitCost(mentees + mentor, sink, pool.mentorFreePlaces[mentor], 0);
                }
            }
            flow.setNodeSupply(sink, -mentees);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow ended with status " + status);
            }
            int[] mentorOf = new int[mentees];
            int[] scoreOf = new int[mentees];
            for (int mentee = 0; mentee < mentees; mentee++) {
                mentorOf[mentee] = Assignment.UNMATCHED;
                for (int i = 0; i < arcs[mentee].length; i++) {
                    if (flow.getFlow(arcs[mentee][i]) > 0) {
                        mentorOf[mentee] = candidates.mentors()[mentee][i];
                        scoreOf[mentee] = candidates.scores()[mentee][i];
                        break;
                    }
                }
            }
            return new Assignment(mentorOf, scoreOf);
        } finally {
            flow.delete();
        }
    }
}
