package fr.spyrales.survey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.survey.SegmentDisclosure.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The segments' rule alone: what the total minus the segments shown tells must never single out a small group. */
class SegmentDisclosureTest {
    private static final Status S = Status.SHOWN;
    private static final Status L = Status.LESS_THAN_FIVE;
    private static final Status X = Status.SECRET;

    @Example
    void aLoneSmallSegmentTakesTheSmallestShownOneIntoTheSecret() {
        // Category A 5, B 2, C 6, not provided 0: 13 answers shown beside them, 13 − 5 − 6 = 2 would be category B,
        // and the NPS × count of the total minus the others its promoters minus detractors.
        assertArrayEquals(new Status[] {X, L, S, L}, SegmentDisclosure.of(new long[] {5, 2, 6, 0}));
    }

    @Example
    void smallSegmentsAddingUpToFiveOrMoreStayAmongTheShown() {
        // B 3 and C 4 hidden: together 7, each anywhere in 3–4: neither is pinned, the group holds 7.
        assertArrayEquals(new Status[] {S, L, L, S}, SegmentDisclosure.of(new long[] {20, 3, 4, 9}));
    }

    @Example
    void twoSegmentsThatCouldOnlyBeFourAndFourAreProtected() {
        assertArrayEquals(new Status[] {L, L, X, S}, SegmentDisclosure.of(new long[] {4, 4, 30, 50}));
    }

    @Example
    void emptySegmentsAloneHideNothing() {
        assertArrayEquals(new Status[] {S, L, S, L}, SegmentDisclosure.of(new long[] {12, 0, 7, 0}));
    }

    @Property(tries = 3000)
    void noHiddenSegmentNorSmallGroupCanBeRecomputedFromTheTotal(
            @ForAll @Size(min = 2, max = 5) List<@IntRange(min = 0, max = 12) Integer> values) {
        long[] counts = values.stream().mapToLong(Integer::longValue).toArray();
        Status[] status = SegmentDisclosure.of(counts);
        long hiddenSum = 0;
        boolean anyShown = false;
        long smallestShown = Long.MAX_VALUE;
        for (int i = 0; i < counts.length; i++) {
            assertEquals(counts[i] < 5, status[i] == L, "under 5 and only then « moins de 5 »");
            if (status[i] == S) {
                anyShown = true;
                smallestShown = Math.min(smallestShown, counts[i]);
            } else {
                hiddenSum += counts[i];
            }
        }
        if (anyShown) {
            assertTrue(hiddenSum == 0 || hiddenSum >= 5, "the hidden segments together are no small group");
        }
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        // What a reader knows: the statuses, the shown counts, the total. Every hidden segment holding 1 to 4 must
        // have at least two values consistent with that.
        long ceiling = anyShown ? smallestShown : total;
        List<Set<Long>> possible = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            possible.add(new HashSet<>());
        }
        explore(status, ceiling, 0, hiddenSum, new long[counts.length], possible);
        for (int i = 0; i < counts.length; i++) {
            // With every segment hidden nothing is left to hide but the campaign's total, which the results show:
            // a count may then be pinned (4 and 4 of 8), never an NPS (no segment's NPS is shown to subtract).
            if (anyShown && status[i] == L && counts[i] > 0) {
                assertTrue(
                        possible.get(i).size() >= 2,
                        "segment " + i + " of " + values + " pinned to " + possible.get(i) + " with "
                                + List.of(status));
            }
        }
    }

    /** Every assignment of the hidden segments allowed by their statuses that adds up to the hidden sum. */
    private static void explore(
            Status[] status, long ceiling, int index, long remaining, long[] chosen, List<Set<Long>> possible) {
        if (index == status.length) {
            if (remaining == 0) {
                for (int i = 0; i < status.length; i++) {
                    possible.get(i).add(chosen[i]);
                }
            }
            return;
        }
        if (status[index] == S) {
            explore(status, ceiling, index + 1, remaining, chosen, possible);
            return;
        }
        long low = status[index] == L ? 0 : 5;
        long high = status[index] == L ? 4 : ceiling;
        for (long v = low; v <= Math.min(high, remaining); v++) {
            chosen[index] = v;
            explore(status, ceiling, index + 1, remaining - v, chosen, possible);
        }
    }
}
