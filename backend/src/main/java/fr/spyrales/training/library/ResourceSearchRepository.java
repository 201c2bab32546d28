package fr.spyrales.training.library;

import fr.spyrales.common.IdPage;
import fr.spyrales.common.KeysetOrder;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library search: published resources filtered in SQL and ranked by PostgreSQL full-text search (French
 * stemming, accents ignored, prefix matching), with the facet counts. It reads {@code training_resource_search}, the
 * narrow copy of the published resources that a trigger keeps in step with {@code training_resource} (V20). Each facet
 * is counted under the search and every other filter: the fixed ones from one grouping of the matches by their facet
 * cell ({@link FacetCells}), the topics from one pass over the matches' topics.
 *
 * <p>A broad search reads tens of thousands of matches in each of its three statements (the page, the facet cells,
 * the topic counts), so the two counts run on connections of their own, beside the page, and the answer waits for the
 * slowest of the three instead of their sum (bench/README.md). They only read published resources, so they need
 * nothing the caller's transaction may have written.
 */
@ApplicationScoped
class ResourceSearchRepository {
    /** A named parameter of the native SQL built here (never a {@code ::} cast). */
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([A-Za-z]\\w*)");
    /** The published resources' search copy (V20), a third of the wide table's pages. */
    private static final String SEARCHED = "training_resource_search r";

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private volatile TopicBits topicBits;
    private final ExecutorService counting = Executors.newFixedThreadPool(8, runnable -> {
        Thread thread = new Thread(runnable, "library-facet-counts");
        thread.setDaemon(true);
        return thread;
    });

    ResourceSearchRepository(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    @PreDestroy
    void stop() {
        counting.shutdownNow();
    }

    /** The facets' names, as in the answer. */
    enum Facet {
        TYPE,
        PROGRAMMING_LANGUAGE,
        LEVEL,
        TOPIC,
        CONTENT_LANGUAGE,
        FREE
    }

    /** The search as SQL: the base condition, each filter's condition and the parameters they bind. */
    record Search(String base, Map<Facet, String> filters, Map<String, Object> params, boolean ranked) {
        String where() {
            return whereWithout(null);
        }

        String whereWithout(Facet left) {
            StringBuilder where = new StringBuilder(base);
            filters.forEach((facet, condition) -> {
                if (facet != left) {
                    where.append(" AND ").append(condition);
                }
            });
            return where.toString();
        }
    }

    /** The search of a query; {@code tsQuery} is its words as {@link fr.spyrales.common.SearchWords} gives them. */
    Search search(ResourceQuery query, String tsQuery) {
        Map<String, Object> params = new LinkedHashMap<>();
        String base = "TRUE";
        if (tsQuery != null) {
            base = "r.search_vector @@ " + IdPage.TS_QUERY;
            params.put("tsq", tsQuery);
        }
        Map<Facet, String> filters = new LinkedHashMap<>();
        if (present(query.type)) {
            filters.put(Facet.TYPE, "r.type IN (:type)");
            params.put("type", names(query.type));
        }
        if (present(query.programmingLanguage)) {
            filters.put(Facet.PROGRAMMING_LANGUAGE, "r.programming_language IN (:pl)");
            params.put("pl", names(matchingLanguages(query.programmingLanguage)));
        }
        if (present(query.level)) {
            filters.put(Facet.LEVEL, "r.level IN (:level)");
            params.put("level", names(query.level));
        }
        List<String> topics = topics(query.topic);
        if (!topics.isEmpty()) {
            filters.put(Facet.TOPIC, "r.topic_bits & :topicMask <> 0");
            params.put("topicMask", topicBits().mask(topics));
        }
        if (present(query.contentLanguage)) {
            filters.put(Facet.CONTENT_LANGUAGE, "r.content_language IN (:cl)");
            params.put("cl", names(query.contentLanguage));
        }
        if (Boolean.TRUE.equals(query.freeOnly)) {
            filters.put(Facet.FREE, "r.free");
        }
        return new Search(base, filters, params, tsQuery != null);
    }

    /** PYTHON and R also match the resources in both. */
    static Set<ProgrammingLanguage> matchingLanguages(List<ProgrammingLanguage> chosen) {
        Set<ProgrammingLanguage> matching = EnumSet.noneOf(ProgrammingLanguage.class);
        for (ProgrammingLanguage language : chosen) {
            if (language == null) {
                continue;
            }
            matching.add(language);
            if (language == ProgrammingLanguage.PYTHON || language == ProgrammingLanguage.R) {
                matching.add(ProgrammingLanguage.BOTH);
            }
        }
        return matching;
    }

    static List<String> topics(List<String> topics) {
        return topics == null
                ? List.of()
                : topics.stream()
                        .filter(t -> t != null && !t.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }

    /** The table, and with a search the query parsed once in FROM (bench/README.md), named {@code tsq}. */
    private static String from(Search search) {
        return search.ranked() ? SEARCHED + ", " + IdPage.TS_QUERY + " AS tsq" : SEARCHED;
    }

    private static String tsqOnce(String where) {
        return where.replace(IdPage.TS_QUERY, "tsq");
    }

    /**
     * One page of the matching resources' ids in {@code order}, after {@code position} (a cursor's, {@link
     * KeysetOrder#position}) if not null, else by number; with the next page's cursor.
     */
    IdPage.Slice page(Search search, KeysetOrder order, List<Object> position, int size, long offset) {
        return IdPage.Slice.read(
                em,
                "FROM " + from(search) + " WHERE (" + tsqOnce(search.where()) + ")",
                search.params(),
                order,
                position,
                size,
                offset);
    }

    /**
     * Every facet's counts in one pass over the matches, on a connection of its own: the matches under the search
     * alone, grouped by their fixed facets' cell, with for each cell the matches under the topic filter and the matches
     * of each topic. {@link FacetCells} sums the cells that pass the other filters.
     */
    CompletableFuture<FacetCells> facetCells(Search search, ResourceQuery query) {
        TopicBits bits = topicBits();
        String underTopicFilter = search.filters().getOrDefault(Facet.TOPIC, "TRUE");
        StringBuilder perCell = new StringBuilder("SELECT r.facet_cell, count(*) FILTER (WHERE ")
                .append(underTopicFilter)
                .append(") AS matches");
        for (int bit : bits.used()) {
            perCell.append(", count(*) FILTER (WHERE r.topic_bits & ")
                    .append(1L << bit)
                    .append(" <> 0) AS t")
                    .append(bit);
        }
        perCell.append(" FROM ")
                .append(from(search))
                .append(" WHERE ")
                .append(tsqOnce(search.base()))
                .append(" GROUP BY r.facet_cell");
        String sql = "SELECT f.type, f.programming_language, f.level, f.content_language, f.free, c.* FROM (" + perCell
                + ") AS c JOIN training_resource_facet_cell f ON f.id = c.facet_cell";
        return aside(sql, search.params(), rows -> {
            List<FacetCells.Cell> cells = new ArrayList<>();
            while (rows.next()) {
                Map<String, Long> topics = new LinkedHashMap<>();
                int column = 8;
                for (int bit : bits.used()) {
                    topics.put(bits.topic(bit), rows.getLong(column++));
                }
                cells.add(new FacetCells.Cell(
                        ResourceType.valueOf(rows.getString(1)),
                        ProgrammingLanguage.valueOf(rows.getString(2)),
                        ResourceLevel.valueOf(rows.getString(3)),
                        ContentLanguage.valueOf(rows.getString(4)),
                        rows.getBoolean(5),
                        rows.getLong(7),
                        topics));
            }
            return new FacetCells(cells, query);
        });
    }

    /** The skills' bits in {@code training_resource_search.topic_bits}: skills come only with migrations. */
    private TopicBits topicBits() {
        TopicBits bits = topicBits;
        if (bits == null) {
            bits = TopicBits.read(dataSource);
            topicBits = bits;
        }
        return bits;
    }

    /** Reads what a result set holds. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** Runs a read-only statement of this class on a pooled connection of its own, beside the caller's. */
    private <T> CompletableFuture<T> aside(String namedSql, Map<String, Object> params, Reader<T> reader) {
        List<Object> values = new ArrayList<>();
        String sql = positional(namedSql, params, values);
        return CompletableFuture.supplyAsync(
                () -> {
                    try (Connection connection = dataSource.getConnection();
                            PreparedStatement statement = connection.prepareStatement(sql)) {
                        for (int i = 0; i < values.size(); i++) {
                            statement.setObject(i + 1, values.get(i));
                        }
                        try (ResultSet rows = statement.executeQuery()) {
                            return reader.read(rows);
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException("Library facet count failed", e);
                    }
                },
                counting);
    }

    /** The SQL with JDBC's {@code ?} for each named parameter (one per element of a list), and their values. */
    static String positional(String namedSql, Map<String, Object> params, List<Object> values) {
        Matcher parameter = PARAMETER.matcher(namedSql);
        StringBuilder sql = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name);
            }
            Object value = params.get(name);
            if (value instanceof Collection<?> list) {
                parameter.appendReplacement(sql, String.join(", ", Collections.nCopies(list.size(), "?")));
                values.addAll(list);
            } else {
                parameter.appendReplacement(sql, "?");
                values.add(value);
            }
        }
        parameter.appendTail(sql);
        return sql.toString();
    }

    private static boolean present(List<?> values) {
        return values != null && values.stream().anyMatch(java.util.Objects::nonNull);
    }

    private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
        return values.stream()
                .filter(java.util.Objects::nonNull)
                .map(Enum::name)
                .distinct()
                .toList();
    }
}
