package fr.spyrales.member;

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
