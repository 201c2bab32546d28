package fr.spyrales.training.library;

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

    String orderBy(boolean ranked) {
        return switch (this) {
            case RELEVANCE ->
                ranked ? "ts_rank(r.search_vector, tsq) DESC, r.published_at DESC, r.id" : "r.published_at DESC, r.id";
            case RATING ->
                "(CAST(r.rating_sum AS numeric) / NULLIF(r.rating_count, 0)) DESC NULLS LAST, r.rating_count DESC,"
                        + " r.published_at DESC, r.id";
            case NEWEST -> "r.published_at DESC, r.id";
        };
    }
}
