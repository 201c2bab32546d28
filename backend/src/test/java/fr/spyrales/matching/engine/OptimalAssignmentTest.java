package fr.spyrales.matching.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OptimalAssignmentTest {
    private static final int R = 0;
    private static final int PYTHON = 1;

    /**
     * Two mentees both prefer mentor 0, who has one place. Greedy gives it to the first mentee and
     * leaves the second with nobody; the optimum sends the first to mentor 1 and pairs both.
     */
    @Test
    void pairsEveryoneWhereGreedyLeavesSomeoneBehind() {
        MatchingPool pool = MatchingPool.builder(2, 2, 2)
                .language(R)
                .language(PYTHON)
                .mentor(0, 1, 1, MatchingPool.UNKNOWN, MatchingPool.UNKNOWN)
                .mentorLevel(0, R, 3)
                .mentorLevel(0, PYTHON, 3)
                .mentor(1, 1, 1, MatchingPool.UNKNOWN, MatchingPool.UNKNOWN)
                .mentorLevel(1, PYTHON, 2)
                .mentee(0, new int[] {R, PYTHON}, MatchingPool.UNKNOWN, MatchingPool.UNKNOWN)
                .mentee(1, new int[] {R}, MatchingPool.UNKNOWN, MatchingPool.UNKNOWN)
                .build();
        Candidates candidates = new CandidateGenerator(new Scorer(MatchingWeights.DEFAULT)).topK(pool, 5);

        Assignment greedy = GreedyAssignment.solve(pool, candidates);
        Assignment optimal = OptimalAssignment.solve(pool, candidates);

        assertArrayEquals(new int[] {0, Assignment.UNMATCHED}, greedy.mentorOf());
        assertArrayEquals(new int[] {1, 0}, optimal.mentorOf());
        assertEquals(2, optimal.matched());
    }
}
