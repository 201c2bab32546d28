package fr.spyrales.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of ids found by a search, with the total counted up to the cap ({@link ListCounting}): the shape every list
 * endpoint's native search shares (the member directory, projects). The caller loads the page's rows by id, in this
 * order.
 */
public record IdPage(List<UUID> ids, ListTotal total, String next) {
    /** A page of a list without keyset paging: no cursor. */
    public IdPage(List<UUID> ids, ListTotal total) {
        this(ids, total, null);
    }

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
        String matches = matches(table, where, ranked);
        ListTotal total = count(em, counting, matches, params);
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

    /**
     * As {@link #read(EntityManager, ListCounting, String, String, Map, boolean, String, int, long)}, in a keyset
     * order: the page after the query's cursor when it has one ({@link KeysetPageQuery#after}), else the page by
     * number; either way with the cursor of the next page. The total counts the whole list, whatever the cursor.
     */
    public static IdPage read(
            EntityManager em,
            ListCounting counting,
            String table,
            String where,
            Map<String, Object> params,
            boolean ranked,
            KeysetOrder order,
            KeysetPageQuery query) {
        List<Object> position = query.position(order);
        String matches = matches(table, where, ranked);
        ListTotal total = count(em, counting, matches, params);
        if (position == null && total.exact() && query.offset() >= total.value()) {
            return new IdPage(List.of(), total);
        }
        Slice slice = Slice.read(em, matches, params, order, position, query.size, query.offset());
        return new IdPage(
                slice.ids(),
                position == null
                        ? total.refinedBy(
                                query.offset(), query.size, slice.ids().size())
                        : total,
                slice.next());
    }

    /**
     * The ids of one page in a keyset order, and the cursor of the next page: null on the last page (one row more
     * than the page is read to know it).
     */
    public record Slice(List<UUID> ids, String next) {
        /**
         * @param matches the list's {@code FROM … WHERE …}
         * @param position the cursor's position ({@link KeysetOrder#position}), or null to skip {@code offset} rows
         */
        public static Slice read(
                EntityManager em,
                String matches,
                Map<String, Object> params,
                KeysetOrder order,
                List<Object> position,
                int size,
                long offset) {
            Map<String, Object> bound = new HashMap<>(params);
            String sql = "SELECT " + order.selectList() + " " + matches;
            if (position != null) {
                sql += " AND " + order.condition(position, bound);
            }
            sql += " ORDER BY " + order.orderBy() + " LIMIT :limit";
            if (position == null) {
                sql += " OFFSET :offset";
                bound.put("offset", offset);
            }
            bound.put("limit", size + 1);
            Query page = em.createNativeQuery(sql, Object[].class);
            bound.forEach(page::setParameter);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = page.getResultList();
            List<Object[]> shown = rows.subList(0, Math.min(size, rows.size()));
            return new Slice(
                    shown.stream().map(order::idOf).toList(),
                    rows.size() > size ? order.cursorAfter(shown.get(shown.size() - 1)) : null);
        }
    }

    /** The list's {@code FROM … WHERE …}, with a search parsed once in FROM. */
    private static String matches(String table, String where, boolean ranked) {
        String from = ranked ? table + ", " + TS_QUERY + " AS tsq" : table;
        return "FROM " + from + " WHERE (" + (ranked ? where.replace(TS_QUERY, "tsq") : where) + ")";
    }

    private static ListTotal count(
            EntityManager em, ListCounting counting, String matches, Map<String, Object> params) {
        Query count = em.createNativeQuery(counting.sql(matches));
        params.forEach(count::setParameter);
        return counting.total((Number) count.getSingleResult());
    }
}
