package fr.spyrales.common;

/**
 * How many items a list matched: {@code value} is exact when {@code exact}, else the list matched more than
 * {@code value} (the count cap, {@link ListCounting}).
 */
public record ListTotal(long value, boolean exact) {

    /** An exact count, e.g. of a list bounded by design (one member's pairings, a project's team). */
    public static ListTotal exactly(long value) {
        return new ListTotal(value, true);
    }

    /**
     * What a page's own rows tell about an inexact total: a page beyond the cap that is neither empty nor full is the
     * last one, so the total is known exactly. An exact total, an empty page or a full one changes nothing.
     */
    public ListTotal refinedBy(long offset, int pageSize, int rowsOnPage) {
        if (exact || rowsOnPage == 0 || rowsOnPage >= pageSize) {
            return this;
        }
        return exactly(offset + rowsOnPage);
    }
}
