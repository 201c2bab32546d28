package fr.spyrales.matching.engine;

/** Who is paired with whom: `mentorOf[mentee]` is a mentor index or -1, scores in hundredths of a point. */
public record Assignment(int[] mentorOf, int[] scoreOf) {
    public static final int UNMATCHED = -1;

    public int matched() {
        int matched = 0;
        for (int mentor : mentorOf) {
            if (mentor != UNMATCHED) {
                matched++;
            }
        }
        return matched;
    }

    public long totalHundredths() {
        long total = 0;
        for (int score : scoreOf) {
            total += score;
        }
        return total;
    }
}
