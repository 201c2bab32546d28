package fr.spyrales.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random matching pools for the properties, built from jqwik arbitraries so that a failure shrinks
 * to a small pool. Six skills, of which 0 (python) and 1 (r) are languages; four ministries and
 * four regions, or unknown; mentor indexes that a mentee excludes may point past the last mentor
 * and are then dropped, so that exclusions shrink independently of the mentor list.
 */
final class RandomPools {
    static final int SKILLS = 6;
    static final int PYTHON = 0;
    static final int R = 1;
    private static final int MAX_EXCLUDED_INDEX = 15;
    /** Every list size up to the maximum equally often, so that crowded pools are as common as small ones. */
    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

    private RandomPools() {}

    record MentorSpec(int capacity, int freePlaces, int ministry, int region, List<Integer> levels) {}

    record MenteeSpec(List<Integer> wanted, int ministry, int region, List<Integer> levels, Set<Integer> excluded) {}

    /** A pool as plain values (readable when jqwik reports a counter-example), and its engine form. */
    record PoolSpec(List<MentorSpec> mentors, List<MenteeSpec> mentees) {
        MatchingPool build() {
            MatchingPool.Builder builder = MatchingPool.builder(SKILLS, mentees.size(), mentors.size())
                    .language(PYTHON)
                    .language(R);
            for (int mentor = 0; mentor < mentors.size(); mentor++) {
                MentorSpec spec = mentors.get(mentor);
                builder.mentor(mentor, spec.capacity(), spec.freePlaces(), spec.ministry(), spec.region());
                for (int skill = 0; skill < SKILLS; skill++) {
                    builder.mentorLevel(mentor, skill, spec.levels().get(skill));
                }
            }
            for (int mentee = 0; mentee < mentees.size(); mentee++) {
                MenteeSpec spec = mentees.get(mentee);
                int[] wanted =
                        spec.wanted().stream().mapToInt(Integer::intValue).toArray();
                builder.mentee(mentee, wanted, spec.ministry(), spec.region());
                for (int skill = 0; skill < SKILLS; skill++) {
                    builder.menteeLevel(mentee, skill, spec.levels().get(skill));
                }
                int[] excluded = spec.excluded().stream()
                        .mapToInt(Integer::intValue)
                        .filter(mentor -> mentor < mentors.size())
                        .toArray();
                builder.exclude(mentee, excluded);
            }
            return builder.build();
        }
    }

    static Arbitrary<PoolSpec> pools(int minSize, int maxMentees, int maxMentors) {
        return Combinators.combine(
                        mentors()
                                .list()
                                .ofMinSize(minSize)
                                .ofMaxSize(maxMentors)
                                .withSizeDistribution(UNIFORM),
                        mentees()
                                .list()
                                .ofMinSize(minSize)
                                .ofMaxSize(maxMentees)
                                .withSizeDistribution(UNIFORM))
                .as(PoolSpec::new);
    }

    /** Weights with skill at least 1 (the record requires it) and any other criterion possibly off. */
    static Arbitrary<MatchingWeights> weights() {
        Arbitrary<Integer> points = Arbitraries.integers().between(0, 30);
        return Combinators.combine(Arbitraries.integers().between(1, 60), points, points, points, points)
                .as(MatchingWeights::new);
    }

    private static Arbitrary<MentorSpec> mentors() {
        // Places already taken: mostly none, so that most mentors can still be chosen.
        Arbitrary<Integer> taken =
                Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(2, 1), Tuple.of(1, 2), Tuple.of(1, 3));
        return Combinators.combine(
                        Arbitraries.integers().between(1, 3),
                        taken,
                        ministryOrRegion(),
                        ministryOrRegion(),
                        levels(Arbitraries.integers().between(0, 4)))
                .as((capacity, used, ministry, region, levels) ->
                        new MentorSpec(capacity, capacity - Math.min(capacity, used), ministry, region, levels));
    }

    private static Arbitrary<MenteeSpec> mentees() {
        Arbitrary<List<Integer>> wanted = Arbitraries.integers()
                .between(0, SKILLS - 1)
                .set()
                .ofMaxSize(3)
                .withSizeDistribution(UNIFORM)
                .map(ArrayList::new);
        Arbitrary<Set<Integer>> excluded =
                Arbitraries.integers().between(0, MAX_EXCLUDED_INDEX).set().ofMaxSize(4);
        // Mentees are mostly beginners, as in a real community, so that most of them can be taught.
        Arbitrary<Integer> level =
                Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(3, 1), Tuple.of(2, 2), Tuple.of(1, 3), Tuple.of(1, 4));
        return Combinators.combine(wanted, ministryOrRegion(), ministryOrRegion(), levels(level), excluded)
                .as(MenteeSpec::new);
    }

    private static Arbitrary<Integer> ministryOrRegion() {
        return Arbitraries.integers().between(MatchingPool.UNKNOWN, 3);
    }

    private static Arbitrary<List<Integer>> levels(Arbitrary<Integer> level) {
        return level.list().ofSize(SKILLS);
    }

    /** Every acceptable mentor of a mentee with its true score, best first (ties: lower index first). */
    static int[][] naiveRanking(Scorer scorer, MatchingPool pool, int mentee) {
        List<int[]> pairs = new ArrayList<>();
        for (int mentor = 0; mentor < pool.mentorCount(); mentor++) {
            int score = scorer.score(pool, mentee, mentor);
            if (score > 0) {
                pairs.add(new int[] {mentor, score});
            }
        }
        pairs.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        int[] mentors = pairs.stream().mapToInt(pair -> pair[0]).toArray();
        int[] scores = pairs.stream().mapToInt(pair -> pair[1]).toArray();
        return new int[][] {mentors, scores};
    }

    static int[] prefix(int[] values, int length) {
        return Arrays.copyOf(values, Math.min(length, values.length));
    }
}
