package fr.spyrales.stats;

import fr.spyrales.stats.StatsDtos.StatCell;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one place where counts become publishable cells. A count under {@link #THRESHOLD} is never published
 * (primary secret, « moins de 5 »). Where the total of a breakdown is published beside it, more cells are hidden
 * (secondary secret) until no hidden cell can be pinned to one value from the total and the published cells.
 */
final class Disclosure {
    /** The smallest count ever published. */
    static final long THRESHOLD = 5;

    /** A count before it is published. */
    record Count(String key, String label, long value) {}

    private Disclosure() {}

    static StatCell single(Count count) {
        return count.value() < THRESHOLD
                ? new StatCell(count.key(), count.label(), null, CellStatus.LESS_THAN_FIVE)
                : new StatCell(count.key(), count.label(), count.value(), CellStatus.PUBLISHED);
    }

    /** Cells with no total published beside them (e.g. a month by month series): only small counts are hidden. */
    static List<StatCell> independent(List<Count> counts) {
        return counts.stream().map(Disclosure::single).toList();
    }

    /**
     * A breakdown whose cells add up to a published total. Small counts are hidden, then, while a « moins de 5 » cell
     * holding somebody can be recomputed (its value is the only one that the total, the published cells and what the
     * statuses tell allow: a « moins de 5 » lies in 0–4, a secret in 5–the smallest published value, as secrets are
     * taken smallest first), the smallest published cell becomes secret as well. When every cell is hidden and one
     * still can be recomputed (say 4 and 4 beside a total of 8), the total must not be published either.
     */
    static Breakdown partition(List<Count> counts) {
        CellStatus[] status = new CellStatus[counts.size()];
        for (int i = 0; i < status.length; i++) {
            status[i] = counts.get(i).value() < THRESHOLD ? CellStatus.LESS_THAN_FIVE : CellStatus.PUBLISHED;
        }
        boolean totalDisclosable = true;
        while (anyRecomputable(counts, status)) {
            int next = smallestPublished(counts, status);
            if (next < 0) {
                totalDisclosable = false;
                break;
            }
            status[next] = CellStatus.SECRET;
        }
        List<StatCell> cells = new ArrayList<>(counts.size());
        for (int i = 0; i < status.length; i++) {
            Count count = counts.get(i);
            cells.add(new StatCell(
                    count.key(), count.label(), status[i] == CellStatus.PUBLISHED ? count.value() : null, status[i]));
        }
        return new Breakdown(cells, totalDisclosable);
    }

    /** The cells of a breakdown, and whether the total beside them may be published. */
    record Breakdown(List<StatCell> cells, boolean totalDisclosable) {}

    /** A total, hidden as a secret when a breakdown beside it could otherwise be recomputed. */
    static StatCell total(Count total, boolean disclosable) {
        return disclosable || total.value() < THRESHOLD
                ? single(total)
                : new StatCell(total.key(), total.label(), null, CellStatus.SECRET);
    }

    /**
     * A cumulative series ending on a published total: a point is published only when it lies at least
     * {@link #THRESHOLD} below the next published point, so the difference between two published points (the people
     * who arrived in between) is never a small count. Points under the threshold are « moins de 5 »; the last point
     * (the total) is a secret when the total may not be published.
     */
    static List<StatCell> cumulative(List<Count> points, boolean lastDisclosable) {
        StatCell[] cells = new StatCell[points.size()];
        long nextPublished = Long.MAX_VALUE;
        for (int i = points.size() - 1; i >= 0; i--) {
            Count point = points.get(i);
            if (point.value() < THRESHOLD) {
                cells[i] = new StatCell(point.key(), point.label(), null, CellStatus.LESS_THAN_FIVE);
            } else if (i == points.size() - 1 && !lastDisclosable) {
                cells[i] = new StatCell(point.key(), point.label(), null, CellStatus.SECRET);
                nextPublished = point.value();
            } else if (i == points.size() - 1 || nextPublished - point.value() >= THRESHOLD) {
                cells[i] = new StatCell(point.key(), point.label(), point.value(), CellStatus.PUBLISHED);
                nextPublished = point.value();
            } else {
                cells[i] = new StatCell(point.key(), point.label(), null, CellStatus.SECRET);
            }
        }
        return List.of(cells);
    }

    /** A mean, published only over at least {@link #THRESHOLD} answers, rounded to one decimal. */
    static Double mean(long answers, double mean) {
        return answers < THRESHOLD ? null : Math.round(mean * 10) / 10.0;
    }

    private static boolean anyRecomputable(List<Count> counts, CellStatus[] status) {
        long hiddenSum = 0;
        long lowSum = 0;
        long highSum = 0;
        int hidden = 0;
        long secretCeiling = ceilingOfSecrets(counts, status);
        for (int i = 0; i < status.length; i++) {
            if (status[i] != CellStatus.PUBLISHED) {
                hidden++;
                hiddenSum += counts.get(i).value();
                lowSum += low(status[i]);
                highSum += high(status[i], secretCeiling);
            }
        }
        if (hidden == 0) {
            return false;
        }
        for (int i = 0; i < status.length; i++) {
            // Learning that a cell holds nobody is no disclosure; learning it holds 1 to 4 people is.
            if (status[i] != CellStatus.LESS_THAN_FIVE || counts.get(i).value() == 0) {
                continue;
            }
            long low = Math.max(low(status[i]), hiddenSum - (highSum - high(status[i], secretCeiling)));
            long high = Math.min(high(status[i], secretCeiling), hiddenSum - (lowSum - low(status[i])));
            if (low >= high) {
                return true;
            }
        }
        return false;
    }

    private static long low(CellStatus status) {
        return status == CellStatus.LESS_THAN_FIVE ? 0 : THRESHOLD;
    }

    private static long high(CellStatus status, long secretCeiling) {
        return status == CellStatus.LESS_THAN_FIVE ? THRESHOLD - 1 : secretCeiling;
    }

    /** Secrets are taken smallest first: none exceeds the smallest cell still published, nor the total. */
    private static long ceilingOfSecrets(List<Count> counts, CellStatus[] status) {
        int smallest = smallestPublished(counts, status);
        return smallest < 0
                ? counts.stream().mapToLong(Count::value).sum()
                : counts.get(smallest).value();
    }

    private static int smallestPublished(List<Count> counts, CellStatus[] status) {
        int smallest = -1;
        Comparator<Count> byValue = Comparator.comparingLong(Count::value);
        for (int i = 0; i < status.length; i++) {
            if (status[i] == CellStatus.PUBLISHED
                    && (smallest < 0 || byValue.compare(counts.get(i), counts.get(smallest)) < 0)) {
                smallest = i;
            }
        }
        return smallest;
    }
}
