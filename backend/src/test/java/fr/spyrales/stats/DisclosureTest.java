package fr.spyrales.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.stats.Disclosure.Count;
import fr.spyrales.stats.StatsDtos.StatCell;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The publication rule alone, without the app: small counts hidden, and never recomputable from a total. */
class DisclosureTest {
    private static List<Count> counts(long... values) {
        List<Count> counts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            counts.add(new Count("K" + i, "Case " + i, values[i]));
        }
        return counts;
    }

    private static List<CellStatus> statuses(List<StatCell> cells) {
        return cells.stream().map(StatCell::status).toList();
    }

    @Example
    void aCountUnderFiveIsNeverPublished() {
        List<StatCell> cells = Disclosure.independent(counts(0, 4, 5, 120));
        assertEquals(
                List.of(
                        CellStatus.LESS_THAN_FIVE,
                        CellStatus.LESS_THAN_FIVE,
                        CellStatus.PUBLISHED,
                        CellStatus.PUBLISHED),
                statuses(cells));
        assertNull(cells.get(1).value());
        assertEquals(5L, cells.get(2).value());
    }

    @Example
    void aLoneSmallCellBesideATotalTakesTheSmallestOtherCellIntoTheSecret() {
        // Total 158 is published elsewhere: 3 alone hidden would be 158 - 100 - 40 - 15.
        List<StatCell> cells = Disclosure.partition(counts(100, 3, 40, 15)).cells();
        assertEquals(
                List.of(CellStatus.PUBLISHED, CellStatus.LESS_THAN_FIVE, CellStatus.PUBLISHED, CellStatus.SECRET),
                statuses(cells));
        assertNull(cells.get(3).value());
    }

    @Example
    void twoSmallCellsThatCouldOnlyBeFourAndFourAreProtected() {
        // The hidden cells add up to 8 and each is under 5: both would be exactly 4.
        List<StatCell> cells = Disclosure.partition(counts(4, 4, 30, 50)).cells();
        assertEquals(
                List.of(CellStatus.LESS_THAN_FIVE, CellStatus.LESS_THAN_FIVE, CellStatus.SECRET, CellStatus.PUBLISHED),
                statuses(cells));
    }

    @Example
    void emptyCellsNeedNoSecondSecret() {
        // Learning that nobody is in a cell discloses nobody.
        List<StatCell> cells = Disclosure.partition(counts(0, 0, 12, 30)).cells();
        assertEquals(
                List.of(
                        CellStatus.LESS_THAN_FIVE,
                        CellStatus.LESS_THAN_FIVE,
                        CellStatus.PUBLISHED,
                        CellStatus.PUBLISHED),
                statuses(cells));
    }

    @Example
    void aCumulativeSeriesHidesTheMonthsWhereFewerThanFiveArrived() {
        // Read from the total backwards: 21 is 6 below 27; 20 only 1 below 21; 8 is 13 below 21; 6 only 2 below 8.
        List<StatCell> cells = Disclosure.cumulative(counts(2, 6, 8, 20, 21, 27), true);
        assertEquals(
                List.of(
                        CellStatus.LESS_THAN_FIVE,
                        CellStatus.SECRET,
                        CellStatus.PUBLISHED,
                        CellStatus.SECRET,
                        CellStatus.PUBLISHED,
                        CellStatus.PUBLISHED),
                statuses(cells));
        assertEquals(27L, cells.get(5).value(), "the last point is the total");
    }

    @Example
    void whenEveryCellIsHiddenAndStillRecomputableTheTotalIsNotPublished() {
        Disclosure.Breakdown breakdown = Disclosure.partition(counts(4, 4, 4));
        assertEquals(false, breakdown.totalDisclosable(), "a total of 12 would tell three cells of 4");
        assertEquals(
                CellStatus.SECRET,
                Disclosure.total(new Count("t", "Total", 12), false).status());
        assertEquals(true, Disclosure.partition(counts(4, 1, 0, 30)).totalDisclosable());
    }

    @Example
    void aMeanNeedsFiveAnswers() {
        assertNull(Disclosure.mean(4, 4.5));
        assertEquals(4.3, Disclosure.mean(7, 30.0 / 7));
    }

    /**
     * Whatever the breakdown, someone who knows the total (published beside it), every published cell and the rule
     * cannot pin a « moins de 5 » cell that holds 1 to 4 people to one value: every assignment of the hidden cells
     * that agrees with what is published is enumerated.
     */
    @Property(tries = 3000)
    void noSmallCellCanBeRecomputedFromThePublishedTotal(
            @ForAll @Size(min = 2, max = 6) List<@IntRange(min = 0, max = 14) Integer> values) {
        long[] raw = values.stream().mapToLong(Integer::longValue).toArray();
        long total = 0;
        for (long value : raw) {
            total += value;
        }
        Disclosure.Breakdown breakdown = Disclosure.partition(counts(raw));
        List<StatCell> cells = breakdown.cells();
        long published = 0;
        long smallestPublished = Long.MAX_VALUE;
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            StatCell cell = cells.get(i);
            if (cell.status() == CellStatus.PUBLISHED) {
                assertTrue(cell.value() >= 5, "a published cell is at least 5");
                published += cell.value();
                smallestPublished = Math.min(smallestPublished, cell.value());
            } else {
                assertNull(cell.value());
                hidden.add(i);
            }
        }
        long secretCeiling = smallestPublished == Long.MAX_VALUE ? total : smallestPublished;
        List<Set<Long>> possible = new ArrayList<>();
        hidden.forEach(i -> possible.add(new HashSet<>()));
        enumerate(cells, hidden, 0, total - published, secretCeiling, new long[hidden.size()], possible);
        for (int h = 0; h < hidden.size(); h++) {
            int i = hidden.get(h);
            assertTrue(possible.get(h).contains(raw[i]), "the truth is among the possibilities");
            if (cells.get(i).status() == CellStatus.LESS_THAN_FIVE
                    && raw[i] > 0
                    && total >= 5
                    && breakdown.totalDisclosable()) {
                assertTrue(
                        possible.get(h).size() > 1,
                        () -> "cell " + i + " of " + values + " is recomputable: " + statuses(cells));
            }
        }
    }

    private static void enumerate(
            List<StatCell> cells,
            List<Integer> hidden,
            int depth,
            long remaining,
            long secretCeiling,
            long[] chosen,
            List<Set<Long>> possible) {
        if (depth == hidden.size()) {
            if (remaining == 0) {
                for (int h = 0; h < chosen.length; h++) {
                    possible.get(h).add(chosen[h]);
                }
            }
            return;
        }
        boolean small = cells.get(hidden.get(depth)).status() == CellStatus.LESS_THAN_FIVE;
        long low = small ? 0 : 5;
        long high = Math.min(small ? 4 : secretCeiling, remaining);
        for (long value = low; value <= high; value++) {
            chosen[depth] = value;
            enumerate(cells, hidden, depth + 1, remaining - value, secretCeiling, chosen, possible);
        }
    }
}
