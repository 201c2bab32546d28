package fr.spyrales.matching.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.matching.engine.RandomPools.PoolSpec;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * What the engine promises, checked on random pools (see {@link RandomPools}): feasible and
 * acceptable assignments, an optimum that is really optimal, candidates that are the true top k,
 * explanations that add up, and weights that rank as documented.
 *
 * <p>jqwik's mixed-in edge cases are switched off: for these nested arbitraries they turned about a
 * third of the tries into the same one-mentee, one-mentor pool with nothing to match. Empty and tiny
 * pools still come from the uniform sizes, and {@link #emptyPoolsGiveEmptyAssignments} pins them.
 */
@PropertyDefaults(edgeCases = EdgeCasesMode.NONE)
class MatchingPropertiesTest {
    private static final Scorer DEFAULT_SCORER = new Scorer(MatchingWeights.DEFAULT);

    @Provide
    Arbitrary<PoolSpec> pools() {
        return RandomPools.pools(0, 30, 12);
    }

    /** Small enough for a brute force: at most 5^6 assignments. */
    @Provide
    Arbitrary<PoolSpec> smallPools() {
        return RandomPools.pools(1, 6, 4);
    }

    @Provide
    Arbitrary<MatchingWeights> weights() {
        return RandomPools.weights();
    }

    @Property(tries = 300)
    void assignmentsRespectFreePlaces(@ForAll("pools") PoolSpec spec, @ForAll @IntRange(min = 1, max = 15) int k) {
        MatchingPool pool = spec.build();
        Candidates candidates = new CandidateGenerator(DEFAULT_SCORER).topK(pool, k);

        assertFeasible(pool, OptimalAssignment.solve(pool, candidates));
        assertFeasible(pool, GreedyAssignment.solve(pool, candidates));
    }

    @Property(tries = 300)
    void assignedPairsAreAcceptableWithTheirTrueScore(
            @ForAll("pools") PoolSpec spec, @ForAll @IntRange(min = 1, max = 15) int k) {
        MatchingPool pool = spec.build();
        Candidates candidates = new CandidateGenerator(DEFAULT_SCORER).topK(pool, k);
        Assignment optimal = OptimalAssignment.solve(pool, candidates);

        for (int mentee = 0; mentee < pool.menteeCount(); mentee++) {
            int mentor = optimal.mentorOf()[mentee];
            if (mentor == Assignment.UNMATCHED) {
                assertEquals(0, optimal.scoreOf()[mentee], "unmatched mentee " + mentee + " has a score");
                continue;
            }
            String pair = "mentee " + mentee + ", mentor " + mentor;
            assertFalse(pool.isExcluded(mentee, mentor), pair + " is excluded");
            int score = DEFAULT_SCORER.score(pool, mentee, mentor);
            assertTrue(score > 0, pair + " is not acceptable");
            assertEquals(score, optimal.scoreOf()[mentee], pair);
            assertTrue(contains(candidates.mentors()[mentee], mentor), pair + " is not a candidate");
        }
    }

    @Property(tries = 300)
    void optimalTotalIsAtLeastGreedyTotal(@ForAll("pools") PoolSpec spec, @ForAll @IntRange(min = 1, max = 15) int k) {
        MatchingPool pool = spec.build();
        Candidates candidates = new CandidateGenerator(DEFAULT_SCORER).topK(pool, k);

        long optimal = OptimalAssignment.solve(pool, candidates).totalHundredths();
        long greedy = GreedyAssignment.solve(pool, candidates).totalHundredths();

        assertTrue(optimal >= greedy, "optimal " + optimal + " < greedy " + greedy);
        // Not vacuous: some pools must have contention that greedy gets wrong.
        Statistics.label("optimal beats greedy").collect(optimal > greedy);
        Statistics.label("optimal beats greedy")
                .coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
    }

    @Property(tries = 200)
    void optimalTotalEqualsBruteForceOnSmallPools(
            @ForAll("smallPools") PoolSpec spec, @ForAll @IntRange(min = 4, max = 8) int k) {
        MatchingPool pool = spec.build();
        Candidates candidates = new CandidateGenerator(DEFAULT_SCORER).topK(pool, k);

        long optimal = OptimalAssignment.solve(pool, candidates).totalHundredths();

        int[] free = new int[pool.mentorCount()];
        for (int mentor = 0; mentor < free.length; mentor++) {
            free[mentor] = pool.freePlaces(mentor);
        }
        assertEquals(bestTotal(pool, 0, free), optimal);
        Statistics.label("some pair matched").collect(optimal > 0);
        Statistics.label("some pair matched")
                .coverage(coverage -> coverage.check(true).percentage(p -> p >= 50));
    }

    @Property(tries = 300)
    void candidatesAreTheTrueTopK(
            @ForAll("pools") PoolSpec spec,
            @ForAll("weights") MatchingWeights weights,
            @ForAll @IntRange(min = 1, max = 8) int k) {
        MatchingPool pool = spec.build();
        Scorer scorer = new Scorer(weights);
        Candidates candidates = new CandidateGenerator(scorer).topK(pool, k);

        assertEquals(pool.menteeCount(), candidates.menteeCount());
        boolean truncated = false;
        for (int mentee = 0; mentee < pool.menteeCount(); mentee++) {
            int[] mentors = candidates.mentors()[mentee];
            int[] scores = candidates.scores()[mentee];
            assertEquals(mentors.length, scores.length);
            assertTrue(mentors.length <= k, "more than k candidates");
            for (int i = 0; i < mentors.length; i++) {
                assertTrue(scores[i] > 0, "a candidate with score " + scores[i]);
                assertEquals(scorer.score(pool, mentee, mentors[i]), scores[i], "score of mentor " + mentors[i]);
                if (i > 0) {
                    assertTrue(
                            scores[i - 1] > scores[i] || (scores[i - 1] == scores[i] && mentors[i - 1] < mentors[i]),
                            "mentee " + mentee + ": candidates not best first at position " + i);
                }
            }
            int[][] naive = RandomPools.naiveRanking(scorer, pool, mentee);
            assertArrayEquals(RandomPools.prefix(naive[0], k), mentors, "mentors of mentee " + mentee);
            assertArrayEquals(RandomPools.prefix(naive[1], k), scores, "scores of mentee " + mentee);
            truncated |= naive[0].length > k;
        }
        // Not vacuous: the cut at k must happen in a fair share of pools.
        Statistics.label("some list cut at k").collect(truncated);
        Statistics.label("some list cut at k")
                .coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
    }

    @Property(tries = 300)
    void sharesAddUpToTheScore(@ForAll("pools") PoolSpec spec, @ForAll("weights") MatchingWeights weights) {
        MatchingPool pool = spec.build();
        Scorer scorer = new Scorer(weights);
        for (int mentee = 0; mentee < pool.menteeCount(); mentee++) {
            for (int mentor = 0; mentor < pool.mentorCount(); mentor++) {
                int score = scorer.score(pool, mentee, mentor);
                if (score <= 0) {
                    continue;
                }
                List<ScoreShare> shares = scorer.explain(pool, mentee, mentor);
                assertEquals(
                        score,
                        shares.stream().mapToInt(ScoreShare::hundredths).sum(),
                        "mentee " + mentee + ", mentor " + mentor + ": " + shares);
                assertTrue(shares.stream().allMatch(share -> share.hundredths() > 0), "an empty share in " + shares);
                assertTrue(score <= weights.total() * 100, "score above the weights' total");
            }
        }
    }

    @Example
    void emptyPoolsGiveEmptyAssignments() {
        MatchingPool nobody = MatchingPool.builder(RandomPools.SKILLS, 0, 0).build();
        Candidates none = new CandidateGenerator(DEFAULT_SCORER).topK(nobody, 5);
        assertEquals(0, none.menteeCount());
        assertEquals(0, OptimalAssignment.solve(nobody, none).mentorOf().length);

        MatchingPool noMentor = MatchingPool.builder(RandomPools.SKILLS, 2, 0)
                .mentee(0, new int[] {RandomPools.PYTHON}, 0, 0)
                .build();
        Candidates empty = new CandidateGenerator(DEFAULT_SCORER).topK(noMentor, 5);
        assertEquals(0, empty.arcCount());
        assertArrayEquals(
                new int[] {Assignment.UNMATCHED, Assignment.UNMATCHED},
                OptimalAssignment.solve(noMentor, empty).mentorOf());
        assertArrayEquals(
                new int[] {0, 0}, OptimalAssignment.solve(noMentor, empty).scoreOf());
    }

    /**
     * Two mentors equal in everything but the region: with the same-region criterion off they tie
     * (lower index first); once it has any weight, the one in the mentee's region comes first.
     */
    @Example
    void sameRegionBreaksATieBetweenOtherwiseEqualMentors() {
        MatchingPool pool = twoMentors(0, 0);

        assertArrayEquals(new int[] {0, 1}, ranking(pool, new MatchingWeights(50, 15, 10, 15, 0)));
        assertArrayEquals(new int[] {1, 0}, ranking(pool, new MatchingWeights(50, 15, 10, 15, 1)));
        assertArrayEquals(new int[] {1, 0}, ranking(pool, MatchingWeights.DEFAULT));
    }

    /**
     * Mentor 0 works in another ministry (15 points by default), mentor 1 in the mentee's region
     * (10 points): mentor 0 leads until the same-region weight goes above the other-ministry one.
     */
    @Example
    void raisingSameRegionWeightLetsTheSameRegionMentorOutrankTheOtherMinistryOne() {
        int menteeMinistry = 0;
        MatchingPool pool = twoMentors(1, menteeMinistry);

        assertArrayEquals(new int[] {0, 1}, ranking(pool, MatchingWeights.DEFAULT));
        assertArrayEquals(new int[] {0, 1}, ranking(pool, new MatchingWeights(50, 15, 10, 15, 15)));
        assertArrayEquals(new int[] {1, 0}, ranking(pool, new MatchingWeights(50, 15, 10, 15, 16)));
        assertArrayEquals(new int[] {1, 0}, ranking(pool, new MatchingWeights(50, 15, 10, 15, 30)));
    }

    /**
     * One mentee (ministry 0, region 7) wanting python at level 1; two mentors at python 3 with one
     * place out of one. Mentor 0 is in region 8, mentor 1 in the mentee's region 7.
     */
    private static MatchingPool twoMentors(int mentor0Ministry, int mentor1Ministry) {
        int menteeRegion = 7;
        return MatchingPool.builder(RandomPools.SKILLS, 1, 2)
                .language(RandomPools.PYTHON)
                .language(RandomPools.R)
                .mentor(0, 1, 1, mentor0Ministry, menteeRegion + 1)
                .mentorLevel(0, RandomPools.PYTHON, 3)
                .mentor(1, 1, 1, mentor1Ministry, menteeRegion)
                .mentorLevel(1, RandomPools.PYTHON, 3)
                .mentee(0, new int[] {RandomPools.PYTHON}, 0, menteeRegion)
                .menteeLevel(0, RandomPools.PYTHON, 1)
                .build();
    }

    private static int[] ranking(MatchingPool pool, MatchingWeights weights) {
        return new CandidateGenerator(new Scorer(weights)).topK(pool, 10).mentors()[0];
    }

    private static void assertFeasible(MatchingPool pool, Assignment assignment) {
        assertEquals(pool.menteeCount(), assignment.mentorOf().length);
        assertEquals(pool.menteeCount(), assignment.scoreOf().length);
        // mentorOf has one slot per mentee, so a mentee cannot appear twice; what remains is the
        // count per mentor against its free places.
        int[] taken = new int[pool.mentorCount()];
        for (int mentor : assignment.mentorOf()) {
            if (mentor != Assignment.UNMATCHED) {
                assertTrue(mentor >= 0 && mentor < pool.mentorCount(), "no such mentor " + mentor);
                taken[mentor]++;
            }
        }
        for (int mentor = 0; mentor < taken.length; mentor++) {
            assertTrue(
                    taken[mentor] <= pool.freePlaces(mentor),
                    "mentor " + mentor + " gets " + taken[mentor] + " mentees for " + pool.freePlaces(mentor)
                            + " free places");
        }
    }

    /** The best total for mentees from {@code mentee} on, trying every mentor with room, or none. */
    private static long bestTotal(MatchingPool pool, int mentee, int[] free) {
        if (mentee == pool.menteeCount()) {
            return 0;
        }
        long best = bestTotal(pool, mentee + 1, free);
        for (int mentor = 0; mentor < pool.mentorCount(); mentor++) {
            int score = DEFAULT_SCORER.score(pool, mentee, mentor);
            if (free[mentor] > 0 && score > 0) {
                free[mentor]--;
                best = Math.max(best, score + bestTotal(pool, mentee + 1, free));
                free[mentor]++;
            }
        }
        return best;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
