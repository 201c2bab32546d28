package fr.spyrales.project;

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
