package fr.spyrales.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a mentee–mentor pair from 0 to the weights' total, in hundredths of a point (integers, so
 * that the solver optimises exactly what is shown and the shares add up to the score).
 *
 * <p>A pair is acceptable only when the mentor has a free place, is not excluded for this mentee,
 * and is above the mentee on at least one skill the mentee wants to learn.
 */
public final class Scorer {
    /** Value of a level gap, in percent: teaching from one or two levels above works best. */
    private static final int[] GAP_VALUE = {0, 100, 100, 60, 40};

    private final MatchingWeights weights;

    public Scorer(MatchingWeights weights) {
        this.weights = weights;
    }

    public MatchingWeights weights() {
        return weights;
    }

    /** The score, or -1 when the pair breaks a hard constraint or the mentor teaches none of the wanted skills. */
    public int score(MatchingPool pool, int mentee, int mentor) {
        if (pool.mentorFreePlaces[mentor] <= 0 || pool.isExcluded(mentee, mentor)) {
            return -1;
        }
        int skill = skillHundredths(pool, mentee, mentor);
        if (skill <= 0) {
            return -1;
        }
        return skill + otherHundredths(pool, mentee, mentor);
    }

    /** Same as {@link #score} without the exclusion look-up, for callers that already filtered. */
    int scoreUnchecked(MatchingPool pool, int mentee, int mentor) {
        int skill = skillHundredths(pool, mentee, mentor);
        return skill <= 0 ? -1 : skill + otherHundredths(pool, mentee, mentor);
    }

    private int skillHundredths(MatchingPool pool, int mentee, int mentor) {
        int[] wanted = pool.menteeWanted[mentee];
        if (wanted.length == 0) {
            return 0;
        }
        int sum = 0;
        for (int skill : wanted) {
            sum += skillPart(pool, mentee, mentor, skill, wanted.length);
        }
        return sum;
    }

    private int skillPart(MatchingPool pool, int mentee, int mentor, int skill, int wantedCount) {
        int gap = pool.mentorLevel(mentor, skill) - pool.menteeLevel(mentee, skill);
        return gap <= 0 ? 0 : weights.skill() * GAP_VALUE[Math.min(gap, 4)] / wantedCount;
    }

    private int otherHundredths(MatchingPool pool, int mentee, int mentor) {
        int points = 0;
        if (weights.language() > 0 && sharedLanguage(pool, mentee, mentor) >= 0) {
            points += weights.language() * 100;
        }
        points += capacityHundredths(pool, mentor);
        if (otherMinistry(pool, mentee, mentor)) {
            points += weights.otherMinistry() * 100;
        }
        if (sameRegion(pool, mentee, mentor)) {
            points += weights.sameRegion() * 100;
        }
        return points;
    }

    private int capacityHundredths(MatchingPool pool, int mentor) {
        int capacity = pool.mentorCapacity[mentor];
        return capacity == 0 ? 0 : weights.capacity() * 100 * pool.mentorFreePlaces[mentor] / capacity;
    }

    /** Python or R that the mentee uses or wants, and the mentor masters (level 2 or more); -1 if none. */
    private static int sharedLanguage(MatchingPool pool, int mentee, int mentor) {
        for (int skill : pool.menteeWanted[mentee]) {
            if (pool.languageSkills[skill] && pool.mentorLevel(mentor, skill) >= 2) {
                return skill;
            }
        }
        for (int skill = 0; skill < pool.skillCount; skill++) {
            if (pool.languageSkills[skill]
                    && pool.menteeLevel(mentee, skill) > 0
                    && pool.mentorLevel(mentor, skill) >= 2) {
                return skill;
            }
        }
        return -1;
    }

    private boolean otherMinistry(MatchingPool pool, int mentee, int mentor) {
        int mine = pool.menteeMinistry[mentee];
        int theirs = pool.mentorMinistry[mentor];
        return weights.otherMinistry() > 0
                && mine != MatchingPool.UNKNOWN
                && theirs != MatchingPool.UNKNOWN
                && mine != theirs;
    }

    private boolean sameRegion(MatchingPool pool, int mentee, int mentor) {
        int mine = pool.menteeRegion[mentee];
        return weights.sameRegion() > 0 && mine != MatchingPool.UNKNOWN && mine == pool.mentorRegion[mentor];
    }

    /** The shares of an acceptable pair's score, skills first then the other criteria in order; they add up to {@link #score}. */
    public List<ScoreShare> explain(MatchingPool pool, int mentee, int mentor) {
        List<ScoreShare> shares = new ArrayList<>();
        int[] wanted = pool.menteeWanted[mentee];
        for (int skill : wanted) {
            int part = skillPart(pool, mentee, mentor, skill, wanted.length);
            if (part > 0) {
                shares.add(new ScoreShare(
                        Criterion.SKILL,
                        skill,
                        pool.mentorLevel(mentor, skill),
                        pool.menteeLevel(mentee, skill),
                        part));
            }
        }
        int language = weights.language() > 0 ? sharedLanguage(pool, mentee, mentor) : -1;
        if (language >= 0) {
            shares.add(new ScoreShare(
                    Criterion.LANGUAGE,
                    language,
                    pool.mentorLevel(mentor, language),
                    pool.menteeLevel(mentee, language),
                    weights.language() * 100));
        }
        int capacity = capacityHundredths(pool, mentor);
        if (capacity > 0) {
            shares.add(new ScoreShare(
                    Criterion.CAPACITY, pool.mentorFreePlaces[mentor], pool.mentorCapacity[mentor], 0, capacity));
        }
        if (otherMinistry(pool, mentee, mentor)) {
            shares.add(new ScoreShare(
                    Criterion.OTHER_MINISTRY, pool.mentorMinistry[mentor], 0, 0, weights.otherMinistry() * 100));
        }
        if (sameRegion(pool, mentee, mentor)) {
            shares.add(
                    new ScoreShare(Criterion.SAME_REGION, pool.mentorRegion[mentor], 0, 0, weights.sameRegion() * 100));
        }
        return shares;
    }
}
