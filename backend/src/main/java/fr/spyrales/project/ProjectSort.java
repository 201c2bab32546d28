package fr.spyrales.project;

import fr.spyrales.common.KeysetOrder;
import fr.spyrales.common.KeysetOrder.KeyType;
import fr.spyrales.common.KeysetOrder.SortKey;

/** The orders of the project list, as the `sort` parameter names them. */
enum ProjectSort {
    RELEVANCE("relevance"),
    CREATED_AT_DESC("createdAt,desc"),
    CREATED_AT_ASC("createdAt,asc"),
    TITLE_ASC("title,asc"),
    TITLE_DESC("title,desc");

    static final String PATTERN = "relevance|createdAt,desc|createdAt,asc|title,asc|title,desc";

    private final String param;

    ProjectSort(String param) {
        this.param = param;
    }

    private static final SortKey NEWEST = SortKey.desc("p.created_at", KeyType.TIMESTAMP);
    private static final SortKey TITLE = SortKey.asc("immutable_unaccent(lower(p.title))", KeyType.TEXT);
    private static final SortKey ID = SortKey.asc("p.id", KeyType.ID);

    /**
     * The order in SQL (over {@code project p}, with the search {@code tsq} when ranked), the id last; the rank is
     * compared as numeric, as its cursor holds it.
     */
    KeysetOrder order(boolean ranked) {
        return switch (this) {
            case RELEVANCE ->
                ranked
                        ? KeysetOrder.of(
                                "projects:relevance",
                                SortKey.desc("CAST(ts_rank_cd(p.search_vector, tsq) AS numeric)", KeyType.DECIMAL),
                                NEWEST,
                                ID)
                        : CREATED_AT_DESC.order(false);
            case CREATED_AT_DESC -> KeysetOrder.of("projects:createdAt,desc", NEWEST, ID);
            case CREATED_AT_ASC ->
                KeysetOrder.of("projects:createdAt,asc", SortKey.asc("p.created_at", KeyType.TIMESTAMP), ID);
            case TITLE_ASC -> KeysetOrder.of("projects:title,asc", TITLE, ID);
            case TITLE_DESC -> KeysetOrder.of("projects:title,desc", SortKey.desc(TITLE.sql(), KeyType.TEXT), ID);
        };
    }

    /** The asked order; without one, relevance when there are words to rank by, else the newest first. */
    static ProjectSort of(String param, boolean ranked) {
        for (ProjectSort sort : values()) {
            if (sort.param.equals(param)) {
                return sort;
            }
        }
        return ranked ? RELEVANCE : CREATED_AT_DESC;
    }
}
