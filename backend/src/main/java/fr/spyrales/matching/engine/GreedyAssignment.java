package fr.spyrales.matching.engine;

/**
 * The baseline an animateur would do by hand: take the mentees in order and give each the best
 * mentor still free among its candidates. Kept to measure what the optimal assignment gains.
 */
public final class GreedyAssignment {
    private GreedyAssignment() {}

    public static Assignment solve(MatchingPool pool, Candidates candidates) {
        int[] free = new int[pool.mentorCount];
        System.arraycopy(pool.mentorFreePlaces, 0, free, 0, free.length);
        int[] mentorOf = new int[pool.menteeCount];
        int[] scoreOf = new int[pool.menteeCount];
        for (int mentee = 0; mentee < pool.menteeCount; mentee++) {
            mentorOf[mentee] = Assignment.UNMATCHED;
            int[] mentors = candidates.mentors()[mentee];
            for (int i = 0; i < mentors.length; i++) {
                if (free[mentors[i]] > 0) {
                    free[mentors[i]]--;
                    mentorOf[mentee] = mentors[i];
                    scoreOf[mentee] = candidates.scores()[mentee][i];
                    break;
                }
            }
        }
        return new Assignment(mentorOf, scoreOf);
    }
}
