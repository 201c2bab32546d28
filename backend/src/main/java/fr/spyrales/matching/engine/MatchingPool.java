package fr.spyrales.matching.engine;

import java.util.Arrays;

/**
 * Mentees and mentors as the engine reads them: indexes into primitive arrays, so that scoring a
 * whole cohort allocates nothing per pair. Skills, ministries and regions are small dense indexes;
 * -1 means unknown. Levels go from 0 (not declared) to 4 (expert).
 */
public final class MatchingPool {
    public static final int UNKNOWN = -1;

    final int skillCount;
    final boolean[] languageSkills;

    final int mentorCount;
    final byte[] mentorLevels;
    final int[] mentorCapacity;
    final int[] mentorFreePlaces;
    final int[] mentorMinistry;
    final int[] mentorRegion;

    final int menteeCount;
    final byte[] menteeLevels;
    final int[][] menteeWanted;
    final int[] menteeMinistry;
    final int[] menteeRegion;
    /** Per mentee, the sorted mentor indexes it must never be paired with (itself, open or declined pairs). */
    final int[][] excluded;

    private MatchingPool(Builder b) {
        skillCount = b.skillCount;
        languageSkills = b.languageSkills;
        mentorCount = b.mentorCount;
        mentorLevels = b.mentorLevels;
        mentorCapacity = b.mentorCapacity;
        mentorFreePlaces = b.mentorFreePlaces;
        mentorMinistry = b.mentorMinistry;
        mentorRegion = b.mentorRegion;
        menteeCount = b.menteeCount;
        menteeLevels = b.menteeLevels;
        menteeWanted = b.menteeWanted;
        menteeMinistry = b.menteeMinistry;
        menteeRegion = b.menteeRegion;
        excluded = b.excluded;
        for (int[] row : excluded) {
            Arrays.sort(row);
        }
    }

    public int menteeCount() {
        return menteeCount;
    }

    public int mentorCount() {
        return mentorCount;
    }

    public int freePlaces(int mentor) {
        return mentorFreePlaces[mentor];
    }

    public int capacity(int mentor) {
        return mentorCapacity[mentor];
    }

    public int menteeLevel(int mentee, int skill) {
        return menteeLevels[mentee * skillCount + skill];
    }

    public int mentorLevel(int mentor, int skill) {
        return mentorLevels[mentor * skillCount + skill];
    }

    public int[] wanted(int mentee) {
        return menteeWanted[mentee];
    }

    public int menteeMinistry(int mentee) {
        return menteeMinistry[mentee];
    }

    public int mentorMinistry(int mentor) {
        return mentorMinistry[mentor];
    }

    public int menteeRegion(int mentee) {
        return menteeRegion[mentee];
    }

    public int mentorRegion(int mentor) {
        return mentorRegion[mentor];
    }

    public boolean isExcluded(int mentee, int mentor) {
        return Arrays.binarySearch(excluded[mentee], mentor) >= 0;
    }

    public boolean isLanguage(int skill) {
        return languageSkills[skill];
    }

    public int skillCount() {
        return skillCount;
    }

    public static Builder builder(int skillCount, int menteeCount, int mentorCount) {
        return new Builder(skillCount, menteeCount, mentorCount);
    }

    /** Filled index by index by the loader (database) or a generator (tests, benchmark); built once (the pool shares its arrays). */
    public static final class Builder {
        private final int skillCount;
        private final boolean[] languageSkills;
        private final int mentorCount;
        private final byte[] mentorLevels;
        private final int[] mentorCapacity;
        private final int[] mentorFreePlaces;
        private final int[] mentorMinistry;
        private final int[] mentorRegion;
        private final int menteeCount;
        private final byte[] menteeLevels;
        private final int[][] menteeWanted;
        private final int[] menteeMinistry;
        private final int[] menteeRegion;
        private final int[][] excluded;

        private Builder(int skillCount, int menteeCount, int mentorCount) {
            this.skillCount = skillCount;
            this.languageSkills = new boolean[skillCount];
            this.mentorCount = mentorCount;
            this.mentorLevels = new byte[mentorCount * skillCount];
            this.mentorCapacity = new int[mentorCount];
            this.mentorFreePlaces = new int[mentorCount];
            this.mentorMinistry = filled(mentorCount);
            this.mentorRegion = filled(mentorCount);
            this.menteeCount = menteeCount;
            this.menteeLevels = new byte[menteeCount * skillCount];
            this.menteeWanted = new int[menteeCount][];
            Arrays.fill(menteeWanted, new int[0]);
            this.menteeMinistry = filled(menteeCount);
            this.menteeRegion = filled(menteeCount);
            this.excluded = new int[menteeCount][];
            Arrays.fill(excluded, new int[0]);
        }

        private static int[] filled(int size) {
            int[] values = new int[size];
            Arrays.fill(values, UNKNOWN);
            return values;
        }

        /** Python and R: sharing one of them makes a session far easier. */
        public Builder language(int skill) {
            languageSkills[skill] = true;
            return this;
        }

        public Builder mentor(int mentor, int capacity, int freePlaces, int ministry, int region) {
            mentorCapacity[mentor] = capacity;
            mentorFreePlaces[mentor] = Math.max(0, Math.min(capacity, freePlaces));
            mentorMinistry[mentor] = ministry;
            mentorRegion[mentor] = region;
            return this;
        }

        public Builder mentorLevel(int mentor, int skill, int level) {
            mentorLevels[mentor * skillCount + skill] = (byte) level;
            return this;
        }

        public Builder mentee(int mentee, int[] wanted, int ministry, int region) {
            menteeWanted[mentee] = wanted.clone();
            menteeMinistry[mentee] = ministry;
            menteeRegion[mentee] = region;
            return this;
        }

        public Builder menteeLevel(int mentee, int skill, int level) {
            menteeLevels[mentee * skillCount + skill] = (byte) level;
            return this;
        }

        public Builder exclude(int mentee, int[] mentors) {
            excluded[mentee] = mentors.clone();
            return this;
        }

        public MatchingPool build() {
            return new MatchingPool(this);
        }
    }
}
