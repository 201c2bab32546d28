package fr.spyrales.survey;

import static fr.spyrales.survey.SurveyDtos.MIN_ANSWERS_SHOWN;

/**
 * Which segments of a breakdown are hidden, when the breakdown adds up to the campaign's answers shown beside it. A
 * segment under 5 answers is hidden (« moins de 5 réponses »); then, while the total minus the segments shown would
 * give away a small group, the smallest segment shown is hidden as well (a secret): when the hidden segments together
 * hold 1 to 4 answers (their count, and with the NPS their promoters minus detractors, is the total minus the shown
 * ones), or when one hidden segment can only hold one value (say 4 and 4 hidden beside a known sum of 8). The same
 * model as {@code stats.Disclosure} (a « moins de 5 » lies in 0–4, a secret between 5 and the smallest segment still
 * shown, as secrets are taken smallest first), with the group rule that NPS needs on top.
 */
final class SegmentDisclosure {
    /** How a segment is published. */
    enum Status {
        SHOWN,
        LESS_THAN_FIVE,
        SECRET
    }

    private SegmentDisclosure() {}

    /** The status of each count, in the same order. */
    static Status[] of(long[] counts) {
        Status[] status = new Status[counts.length];
        for (int i = 0; i < counts.length; i++) {
            status[i] = counts[i] < MIN_ANSWERS_SHOWN ? Status.LESS_THAN_FIVE : Status.SHOWN;
        }
        while (leaks(counts, status)) {
            int next = smallestShown(counts, status);
            if (next < 0) {
                break;
            }
            status[next] = Status.SECRET;
        }
        return status;
    }

    private static boolean leaks(long[] counts, Status[] status) {
        long hiddenSum = 0;
        long lowSum = 0;
        long highSum = 0;
        long ceiling = ceilingOfSecrets(counts, status);
        for (int i = 0; i < counts.length; i++) {
            if (status[i] != Status.SHOWN) {
                hiddenSum += counts[i];
                lowSum += low(status[i]);
                highSum += high(status[i], ceiling);
            }
        }
        if (hiddenSum > 0 && hiddenSum < MIN_ANSWERS_SHOWN) {
            return true;
        }
        for (int i = 0; i < counts.length; i++) {
            // Learning that a segment holds nobody is no disclosure; learning it holds 1 to 4 answers is.
            if (status[i] != Status.LESS_THAN_FIVE || counts[i] == 0) {
                continue;
            }
            long low = Math.max(low(status[i]), hiddenSum - (highSum - high(status[i], ceiling)));
            long high = Math.min(high(status[i], ceiling), hiddenSum - (lowSum - low(status[i])));
            if (low >= high) {
                return true;
            }
        }
        return false;
    }

    private static long low(Status status) {
        return status == Status.LESS_THAN_FIVE ? 0 : MIN_ANSWERS_SHOWN;
    }

    private static long high(Status status, long ceiling) {
        return status == Status.LESS_THAN_FIVE ? MIN_ANSWERS_SHOWN - 1 : ceiling;
    }

    /** Secrets are taken smallest first: none exceeds the smallest segment still shown, nor the total. */
    private static long ceilingOfSecrets(long[] counts, Status[] status) {
        int smallest = smallestShown(counts, status);
        if (smallest >= 0) {
            return counts[smallest];
        }
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }

    private static int smallestShown(long[] counts, Status[] status) {
        int smallest = -1;
        for (int i = 0; i < counts.length; i++) {
            if (status[i] == Status.SHOWN && (smallest < 0 || counts[i] < counts[smallest])) {
                smallest = i;
            }
        }
        return smallest;
    }
}
