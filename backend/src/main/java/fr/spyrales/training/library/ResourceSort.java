package fr.spyrales.training.library;

import fr.spyrales.common.KeysetOrder;
import fr.spyrales.common.KeysetOrder.KeyType;
import fr.spyrales.common.KeysetOrder.SortKey;

/** The orders of the library search. */
enum ResourceSort {
    RELEVANCE,
    RATING,
    NEWEST;

    /** The asked order; relevance without a search is the newest first. */
    static ResourceSort of(String sort, boolean ranked) {
        if (sort == null || sort.isBlank()) {
            return ranked ? RELEVANCE : NEWEST;
        }
        ResourceSort asked = valueOf(sort.strip().toUpperCase(java.util.Locale.ROOT));
        return asked == RELEVANCE && !ranked ? NEWEST : asked;
    }

    private static final SortKey NEWEST_FIRST = SortKey.desc("r.published_at", KeyType.TIMESTAMP);
    private static final SortKey ID = SortKey.asc("r.id", KeyType.ID);
    /**
     * The average rating, 0 for a resource without ratings: an average is at least 1 (V16 bounds the sum), so this is
     * the order of « average DESC NULLS LAST » with a key that is never NULL, as a cursor needs.
     */
    private static final SortKey AVERAGE =
            SortKey.desc("COALESCE(CAST(r.rating_sum AS numeric) / NULLIF(r.rating_count, 0), 0)", KeyType.DECIMAL);

    /**
     * The order in SQL (over {@code training_resource_search r}, with the search {@code tsq} when ranked), the id
     * last; the rank is compared as numeric, as its cursor holds it.
     */
    KeysetOrder order(boolean ranked) {
        return switch (this) {
            case RELEVANCE ->
                ranked
                        ? KeysetOrder.of(
                                "resources:relevance",
                                SortKey.desc("CAST(ts_rank(r.search_vector, tsq) AS numeric)", KeyType.DECIMAL),
                                NEWEST_FIRST,
                                ID)
                        : NEWEST.order(false);
            case RATING ->
                KeysetOrder.of(
                        "resources:rating", AVERAGE, SortKey.desc("r.rating_count", KeyType.INTEGER), NEWEST_FIRST, ID);
            case NEWEST -> KeysetOrder.of("resources:newest", NEWEST_FIRST, ID);
        };
    }
}
