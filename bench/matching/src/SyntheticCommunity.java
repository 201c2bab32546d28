import fr.spyrales.matching.engine.MatchingPool;
import java.util.Arrays;
import java.util.Random;

/**
 * A synthetic community shaped like the real one, as a {@link MatchingPool}. Everything comes from
 * one seeded {@link Random}, so that a size and a seed always give the same pool and the same figures.
 *
 * <ul>
 *   <li>20 skills drawn by popularity; python (0) and r (1) are the language skills.
 *   <li>Mentees want 1 to 3 skills, mostly at level 0 to 2, and often already use one or two other
 *       skills (python or r among them, which brings the language criterion into play).
 *   <li>Mentors master 3 to 6 skills at level 2 to 4, take 1 to 3 mentees, all places free.
 *   <li>15 ministries of very uneven size (the largest about 9 times the smallest), 18 regions of
 *       which Île-de-France holds 30 %; a few members leave either unknown.
 *   <li>Each mentee has declined 0 to 3 pairs, with mentors who teach what it wants (the pairs it
 *       would otherwise be offered again).
 * </ul>
 */
final class SyntheticCommunity {
    static final String[] SKILLS = {
        "python", "r", "sql", "excel", "statistics", "machine-learning", "dataviz", "git", "sas", "spark",
        "survey-sampling", "econometrics", "geomatics", "web-scraping", "nlp", "dashboards",
        "data-governance", "api", "cloud", "project-management",
    };
    static final int PYTHON = 0;
    static final int R = 1;
    /** Relative popularity of each skill above, for both wanting and teaching it. */
    private static final double[] SKILL_POPULARITY = {
        14, 10, 10, 8, 8, 7, 6, 5, 4, 3, 3, 3, 3, 3, 2, 3, 2, 2, 2, 2,
    };
    private static final int MINISTRIES = 15;
    private static final int REGIONS = 18;
    private static final int ILE_DE_FRANCE = 0;

    private static final Sampler SKILL = new Sampler(SKILL_POPULARITY);
    private static final Sampler MINISTRY = new Sampler(zipf(MINISTRIES, 0.8));
    private static final Sampler REGION = new Sampler(regionShares());
    /** Mentors take 1, 2 or 3 mentees. */
    private static final Sampler CAPACITY_MINUS_ONE = new Sampler(new double[] {45, 35, 20});
    /** Mentors declare 2 (30 %), 3 (45 %) or 4 (25 %) on each skill they master. */
    private static final Sampler MENTOR_LEVEL_MINUS_TWO = new Sampler(new double[] {30, 45, 25});
    /** Mentees want 1, 2 or 3 skills. */
    private static final Sampler WANTED_COUNT_MINUS_ONE = new Sampler(new double[] {50, 35, 15});
    /** A mentee's level on a skill it wants: 0 to 2 mostly, 3 sometimes. */
    private static final Sampler WANTED_LEVEL = new Sampler(new double[] {35, 40, 20, 5});
    /** How many other skills a mentee already uses. */
    private static final Sampler USED_COUNT = new Sampler(new double[] {40, 40, 20});

    private final Random random;

    private SyntheticCommunity(long seed) {
        this.random = new Random(seed);
    }

    static MatchingPool generate(int menteeCount, int mentorCount, long seed) {
        return new SyntheticCommunity(seed).build(menteeCount, mentorCount);
    }

    private MatchingPool build(int menteeCount, int mentorCount) {
        MatchingPool.Builder builder = MatchingPool.builder(SKILLS.length, menteeCount, mentorCount)
                .language(PYTHON).language(R);
        byte[][] mentorLevels = new byte[mentorCount][SKILLS.length];
        for (int mentor = 0; mentor < mentorCount; mentor++) {
            int capacity = 1 + CAPACITY_MINUS_ONE.next(random);
            builder.mentor(mentor, capacity, capacity, ministry(), region());
            for (int skill : distinctSkills(3 + random.nextInt(4))) {
                int level = 2 + MENTOR_LEVEL_MINUS_TWO.next(random);
                mentorLevels[mentor][skill] = (byte) level;
                builder.mentorLevel(mentor, skill, level);
            }
        }
        for (int mentee = 0; mentee < menteeCount; mentee++) {
            int[] wanted = distinctSkills(1 + WANTED_COUNT_MINUS_ONE.next(random));
            builder.mentee(mentee, wanted, ministry(), region());
            int[] levels = new int[SKILLS.length];
            for (int skill : wanted) {
                levels[skill] = WANTED_LEVEL.next(random);
            }
            // Skills already in use, not wanted: python or r half of the time.
            int used = USED_COUNT.next(random);
            for (int i = 0; i < used; i++) {
                int skill = random.nextBoolean() ? (random.nextBoolean() ? PYTHON : R) : SKILL.next(random);
                if (levels[skill] == 0 && !contains(wanted, skill)) {
                    levels[skill] = 1 + random.nextInt(3);
                }
            }
            for (int skill = 0; skill < SKILLS.length; skill++) {
                if (levels[skill] > 0) {
                    builder.menteeLevel(mentee, skill, levels[skill]);
                }
            }
            builder.exclude(mentee, declined(wanted, levels, mentorLevels, random.nextInt(4)));
        }
        return builder.build();
    }

    /** Up to {@code count} mentors above the mentee on a wanted skill, found by random probing. */
    private int[] declined(int[] wanted, int[] levels, byte[][] mentorLevels, int count) {
        int mentorCount = mentorLevels.length;
        int[] found = new int[count];
        int size = 0;
        for (int probe = 0; probe < 50 * count && size < count && mentorCount > 0; probe++) {
            int mentor = random.nextInt(mentorCount);
            int skill = wanted[random.nextInt(wanted.length)];
            if (mentorLevels[mentor][skill] > levels[skill] && !contains(Arrays.copyOf(found, size), mentor)) {
                found[size++] = mentor;
            }
        }
        return Arrays.copyOf(found, size);
    }

    private int ministry() {
        return random.nextInt(100) < 5 ? MatchingPool.UNKNOWN : MINISTRY.next(random);
    }

    private int region() {
        return random.nextInt(100) < 3 ? MatchingPool.UNKNOWN : REGION.next(random);
    }

    private int[] distinctSkills(int count) {
        int[] chosen = new int[count];
        for (int i = 0; i < count; i++) {
            int skill;
            do {
                skill = SKILL.next(random);
            } while (contains(Arrays.copyOf(chosen, i), skill));
            chosen[i] = skill;
        }
        return chosen;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static double[] zipf(int count, double exponent) {
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            weights[i] = 1 / Math.pow(i + 1, exponent);
        }
        return weights;
    }

    /** Île-de-France 30 %, the 17 other regions share the rest unevenly (from 2.8 % to 8.6 %). */
    private static double[] regionShares() {
        double[] shares = new double[REGIONS];
        shares[ILE_DE_FRANCE] = 30;
        double[] others = zipf(REGIONS - 1, 0.4);
        double sum = Arrays.stream(others).sum();
        for (int i = 1; i < REGIONS; i++) {
            shares[i] = 70 * others[i - 1] / sum;
        }
        return shares;
    }

    /** Draws an index with probability proportional to its weight. */
    private static final class Sampler {
        private final double[] cumulative;

        Sampler(double[] weights) {
            cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
        }

        int next(Random random) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            return Math.min(cumulative.length - 1, i >= 0 ? i + 1 : -i - 1);
        }
    }
}
