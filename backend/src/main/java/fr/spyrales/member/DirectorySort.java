package fr.spyrales.member;

import fr.spyrales.common.KeysetOrder;
import fr.spyrales.common.KeysetOrder.KeyType;
import fr.spyrales.common.KeysetOrder.SortKey;

/** The directory's orders, as the `sort` parameter names them. */
enum DirectorySort {
    RELEVANCE("relevance"),
    NAME_ASC("name,asc"),
    NAME_DESC("name,desc"),
    CREATED_AT_ASC("createdAt,asc"),
    CREATED_AT_DESC("createdAt,desc");

    private final String param;

    DirectorySort(String param) {
        this.param = param;
    }

    private static final SortKey NAME = SortKey.asc("lower(m.display_name)", KeyType.TEXT);
    private static final SortKey ID = SortKey.asc("m.id", KeyType.ID);

    /**
     * The order in SQL (over {@code member m}, with the search {@code tsq} when ranked), the id last. The rank is
     * compared as numeric (KeysetOrder.KeyType#DECIMAL), so that a cursor holds exactly what ORDER BY compares.
     */
    KeysetOrder order(boolean ranked) {
        return switch (this) {
            case RELEVANCE ->
                ranked
                        ? KeysetOrder.of(
                                "members:relevance",
                                SortKey.desc("CAST(ts_rank_cd(m.search_vector, tsq) AS numeric)", KeyType.DECIMAL),
                                NAME,
                                ID)
                        : NAME_ASC.order(false);
            case NAME_ASC -> KeysetOrder.of("members:name,asc", NAME, ID);
            case NAME_DESC -> KeysetOrder.of("members:name,desc", SortKey.desc(NAME.sql(), KeyType.TEXT), ID);
            case CREATED_AT_ASC ->
                KeysetOrder.of("members:createdAt,asc", SortKey.asc("m.created_at", KeyType.TIMESTAMP), ID);
            case CREATED_AT_DESC ->
                KeysetOrder.of("members:createdAt,desc", SortKey.desc("m.created_at", KeyType.TIMESTAMP), ID);
        };
    }

    /** The asked order; without one, relevance when there are words to rank by, else names A to Z. */
    static DirectorySort of(String param, boolean ranked) {
        if (param == null) {
            return ranked ? RELEVANCE : NAME_ASC;
        }
        for (DirectorySort sort : values()) {
            if (sort.param.equals(param)) {
                return sort;
            }
        }
        return NAME_ASC;
    }
}
