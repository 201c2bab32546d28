package fr.spyrales.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of ids found by a search, with the total counted up to the cap ({@link ListCounting}): the shape every list
 * endpoint's native search shares (the member directory, projects). The caller loads the page's rows by id, in this
 * order.
 */
public record IdPage(List<UUID> ids, ListTotal total) {
    /** The search's words as a prefix tsquery (migration V1), bound as {@code :tsq}. */
    public static final String TS_QUERY = "directory_tsquery(:tsq)";

    /**
     * Counts the matches up to the cap, then reads the page's ids. A page beyond the cap is still read (OFFSET): an
     * empty answer tells the caller it went past the end. With a search ({@code ranked}), both statements parse it
     * once, in FROM (bench/README.md): {@code where} names it {@link #TS_QUERY}, {@code orderBy} names it {@code tsq}.
     * Called inline in WHERE, the parser would run once per row wherever the plan filters rows instead of using the
     * search index, as the capped count's plan does (bench/directory/count-explain.txt).
     *
     * @param table the table and its alias, e.g. {@code member m}; the id column is {@code <alias>.id}
     */
    public static IdPage read(
            EntityManager em,
            ListCounting counting,
            String table,
            String where,
            Map<String, Object> params,
            boolean ranked,
            String orderBy,
            int size,
            long offset) {
        String from = ranked ? table + ", " + TS_QUERY + " AS tsq" : table;
        String matches = "FROM " + from + " WHERE " + (ranked ? where.replace(TS_QUERY, "tsq") : where);
        Query count = em.createNativeQuery(counting.sql(matches));
        params.forEach(count::setParameter);
        ListTotal total = counting.total((Number) count.getSingleResult());
        if (total.exact() && offset >= total.value()) {
            return new IdPage(List.of(), total);
        }
        String alias = table.substring(table.lastIndexOf(' ') + 1);
        Query page = em.createNativeQuery(
                "SELECT " + alias + ".id " + matches + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset",
                UUID.class);
        params.forEach(page::setParameter);
        page.setParameter("limit", size).setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<UUID> ids = page.getResultList();
        return new IdPage(ids, total.refinedBy(offset, size, ids.size()));
    }
}
