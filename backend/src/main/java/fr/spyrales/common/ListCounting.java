package fr.spyrales.common;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts a list's matches up to the cap ({@link ListsConfig#countCap()}): the count reads at most cap + 1 rows, so
 * its cost no longer grows with a broad search's tens of thousands of matches (bench/README.md, « Counting »).
 */
@ApplicationScoped
public class ListCounting {
    private final int cap;

    ListCounting(ListsConfig config) {
        if (config.countCap() < 1) {
            throw new IllegalStateException("spyrales.lists.count-cap must be at least 1");
        }
        this.cap = config.countCap();
    }

    /**
     * The capped count of {@code fromWhere} (a {@code FROM … WHERE …} clause, named parameters left to bind), one
     * column {@code n}: read it with {@link #total(Number)}.
     */
    public String sql(String fromWhere) {
        return "SELECT count(*) AS n FROM (SELECT 1 " + fromWhere + " LIMIT " + (cap + 1) + ") capped";
    }

    /** The total that a count of {@link #sql} found. */
    public ListTotal total(Number counted) {
        long n = counted.longValue();
        return n > cap ? new ListTotal(cap, false) : ListTotal.exactly(n);
    }
}
