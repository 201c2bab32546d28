package fr.spyrales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The total a list answers, from its capped count and its page's rows: pure rules, without the application. */
class ListTotalTest {
    private final ListCounting counting = new ListCounting(() -> 1000);

    @Test
    void aCountUpToTheCapIsExactAndOneBeyondItIsTheCapAsALowerBound() {
        assertEquals(new ListTotal(1000, true), counting.total(1000L));
        assertEquals(new ListTotal(1000, false), counting.total(1001L));
    }

    @Test
    void theCountReadsAtMostOneRowMoreThanTheCap() {
        assertEquals(
                "SELECT count(*) AS n FROM (SELECT 1 FROM member m WHERE m.can_mentor LIMIT 1001) capped",
                counting.sql("FROM member m WHERE m.can_mentor"));
    }

    @Test
    void anIncompletePageBeyondTheCapGivesTheExactTotal() {
        ListTotal lowerBound = new ListTotal(1000, false);
        assertEquals(new ListTotal(1030, true), lowerBound.refinedBy(1020, 20, 10));
        assertEquals(lowerBound, lowerBound.refinedBy(1000, 20, 20));
        assertEquals(lowerBound, lowerBound.refinedBy(1040, 20, 0));
        assertEquals(new ListTotal(7, true), new ListTotal(7, true).refinedBy(0, 20, 3));
    }
}
