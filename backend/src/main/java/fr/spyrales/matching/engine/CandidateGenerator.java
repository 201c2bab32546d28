package fr.spyrales.matching.engine;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Keeps, for each mentee, the k best acceptable mentors. Only mentors above the mentee on a wanted
 * skill are scored (an index by skill, levels descending), and each worker reuses its buffers, so
 * a cohort of 20k mentees against 4k mentors takes under a second on two cores (bench/README.md).
 */
public final class CandidateGenerator {
    private static final int CHUNK = 256;

    private final Scorer scorer;

    public CandidateGenerator(Scorer scorer) {
        this.scorer = scorer;
    }

    public Candidates topK(MatchingPool pool, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        int[][] bySkill = mentorsBySkill(pool);
        int[][] mentors = new int[pool.menteeCount][];
        int[][] scores = new int[pool.menteeCount][];
        int chunks = (pool.menteeCount + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            Worker worker = new Worker(pool, k);
            int end = Math.min(pool.menteeCount, (chunk + 1) * CHUNK);
            for (int mentee = chunk * CHUNK; mentee < end; mentee++) {
                worker.collect(mentee, bySkill);
                worker.drainInto(mentee, mentors, scores);
            }
        });
        return new Candidates(mentors, scores);
    }

    /** Per skill, the mentors with a free place who declared it, highest level first. */
    private static int[][] mentorsBySkill(MatchingPool pool) {
        int[][] bySkill = new int[pool.skillCount][];
        for (int skill = 0; skill < pool.skillCount; skill++) {
            int count = 0;
            int[] keys = new int[pool.mentorCount];
            for (int mentor = 0; mentor < pool.mentorCount; mentor++) {
                int level = pool.mentorLevel(mentor, skill);
                if (level > 0 && pool.mentorFreePlaces[mentor] > 0) {
                    // level in the high bits, so that sorting the keys orders by level then index
                    keys[count++] = ((4 - level) << 27) | mentor;
                }
            }
            int[] sorted = Arrays.copyOf(keys, count);
            Arrays.sort(sorted);
            for (int i = 0; i < count; i++) {
                sorted[i] &= (1 << 27) - 1;
            }
            bySkill[skill] = sorted;
        }
        return bySkill;
    }

    private final class Worker {
        private final MatchingPool pool;
        private final int k;
        private final int[] seenBy;
        private final int[] heapMentor;
        private final int[] heapScore;
        private int size;

        Worker(MatchingPool pool, int k) {
            this.pool = pool;
            this.k = k;
            this.seenBy = new int[pool.mentorCount];
            Arrays.fill(seenBy, -1);
            this.heapMentor = new int[k];
            this.heapScore = new int[k];
        }

        void collect(int mentee, int[][] bySkill) {
            size = 0;
            for (int skill : pool.menteeWanted[mentee]) {
                int menteeLevel = pool.menteeLevel(mentee, skill);
                for (int mentor : bySkill[skill]) {
                    if (pool.mentorLevel(mentor, skill) <= menteeLevel) {
                        break; // levels descend: no one further is above the mentee
                    }
                    if (seenBy[mentor] == mentee) {
                        continue;
                    }
                    seenBy[mentor] = mentee;
                    if (pool.isExcluded(mentee, mentor)) {
                        continue;
                    }
                    int score = scorer.scoreUnchecked(pool, mentee, mentor);
                    if (score > 0) {
                        offer(mentor, score);
                    }
                }
            }
        }

        /** Min-heap of the k best: the root is the worst kept (lowest score, then highest index). */
        private void offer(int mentor, int score) {
            if (size < k) {
                heapMentor[size] = mentor;
                heapScore[size] = score;
                siftUp(size++);
            } else if (better(score, mentor, heapScore[0], heapMentor[0])) {
                heapMentor[0] = mentor;
                heapScore[0] = score;
                siftDown(0);
            }
        }

        private boolean better(int score, int mentor, int otherScore, int otherMentor) {
            return score > otherScore || (score == otherScore && mentor < otherMentor);
        }

        private void siftUp(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!better(heapScore[parent], heapMentor[parent], heapScore[i], heapMentor[i])) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void siftDown(int i) {
            while (true) {
                int left = 2 * i + 1;
                int worst = i;
                if (left < size && better(heapScore[worst], heapMentor[worst], heapScore[left], heapMentor[left])) {
                    worst = left;
                }
                if (left + 1 < size
                        && better(heapScore[worst], heapMentor[worst], heapScore[left + 1], heapMentor[left + 1])) {
                    worst = left + 1;
                }
                if (worst == i) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int a, int b) {
            int m = heapMentor[a];
            heapMentor[a] = heapMentor[b];
            heapMentor[b] = m;
            int s = heapScore[a];
            heapScore[a] = heapScore[b];
            heapScore[b] = s;
        }

        /** Empties the heap into the mentee's rows, best first. */
        void drainInto(int mentee, int[][] mentors, int[][] scores) {
            int count = size;
            int[] rowMentors = new int[count];
            int[] rowScores = new int[count];
            for (int i = count - 1; i >= 0; i--) {
                rowMentors[i] = heapMentor[0];
                rowScores[i] = heapScore[0];
                heapMentor[0] = heapMentor[size - 1];
                heapScore[0] = heapScore[size - 1];
                size--;
                siftDown(0);
            }
            mentors[mentee] = rowMentors;
            scores[mentee] = rowScores;
        }
    }
}
