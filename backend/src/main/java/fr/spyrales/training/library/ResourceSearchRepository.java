package fr.spyrales.training.library;

import fr.spyrales.common.IdPage;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The library search: published resources filtered in SQL and ranked by PostgreSQL full-text search (French
 * stemming, accents ignored, prefix matching), with the facet counts. Each facet is counted under the search and
 * every other filter, in one pass over the matching rows for the fixed lists and one for the topics.
 *
 * <p>A broad search reads tens of thousands of matches in each of its three statements (the page, the fixed counts,
 * the topic counts), so the two counts run on connections of their own, beside the page, and the answer waits for the
 * slowest of the three instead of their sum (bench/README.md). They only read published resources, so they need
 * nothing the caller's transaction may have written.
 */
@ApplicationScoped
class ResourceSearchRepository {
    /** A named parameter of the native SQL built here (never a {@code ::} cast). */
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([A-Za-z]\\w*)");

    private final EntityManager em;
    private final AgroalDataSource dataSource;
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

    static Search search(ResourceQuery query, String tsQuery) {
        Map<String, Object> params = new LinkedHashMap<>();
        String base = "r.status = 'PUBLISHED'";
        if (tsQuery != null) {
            base += " AND r.search_vector @@ " + IdPage.TS_QUERY;
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
            filters.put(Facet.TOPIC, "r.topics && CAST(ARRAY[:topic] AS text[])");
            params.put("topic", topics);
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
        return search.ranked() ? "training_resource r, " + IdPage.TS_QUERY + " AS tsq" : "training_resource r";
    }

    private static String tsqOnce(String where) {
        return where.replace(IdPage.TS_QUERY, "tsq");
    }

    /** One page of the matching resources' ids in the sort's order. */
    List<UUID> page(Search search, ResourceSort sort, int size, long offset) {
        Query page = em.createNativeQuery(
                "SELECT r.id FROM " + from(search) + " WHERE " + tsqOnce(search.where()) + " ORDER BY "
                        + sort.orderBy(search.ranked()) + " LIMIT :limit OFFSET :offset",
                UUID.class);
        search.params().forEach(page::setParameter);
        page.setParameter("limit", size).setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<UUID> ids = page.getResultList();
        return ids;
    }

    /** The counts of the fixed facets, and the total under every filter, in one pass, on a connection of its own. */
    CompletableFuture<FixedCounts> fixedCounts(Search search) {
        List<String> columns = new ArrayList<>();
        columns.add("count(*) FILTER (WHERE " + filtersOnly(search, null) + ")");
        for (ResourceType type : ResourceType.values()) {
            columns.add(count(search, Facet.TYPE, "r.type = '" + type.name() + "'"));
        }
        for (ProgrammingLanguage language : ProgrammingLanguage.values()) {
            String values = names(matchingLanguages(List.of(language))).stream()
                    .map(v -> "'" + v + "'")
                    .collect(Collectors.joining(", "));
            columns.add(count(search, Facet.PROGRAMMING_LANGUAGE, "r.programming_language IN (" + values + ")"));
        }
        for (ResourceLevel level : ResourceLevel.values()) {
            columns.add(count(search, Facet.LEVEL, "r.level = '" + level.name() + "'"));
        }
        for (ContentLanguage language : ContentLanguage.values()) {
            columns.add(count(search, Facet.CONTENT_LANGUAGE, "r.content_language = '" + language.name() + "'"));
        }
        columns.add(count(search, Facet.FREE, "r.free"));
        columns.add(count(search, Facet.FREE, "NOT r.free"));
        String sql =
                "SELECT " + String.join(", ", columns) + " FROM " + from(search) + " WHERE " + tsqOnce(search.base());
        return aside(sql, search.params(), rows -> {
            rows.next();
            long[] counts = new long[columns.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = rows.getLong(i + 1);
            }
            return new FixedCounts(counts);
        });
    }

    /** The topics' counts under the search and the other filters, most frequent first, on a connection of its own. */
    CompletableFuture<Map<String, Long>> topicCounts(Search search) {
        String sql = "SELECT t.topic, count(*) FROM " + from(search) + ", unnest(r.topics) AS t(topic) WHERE "
                + tsqOnce(search.whereWithout(Facet.TOPIC)) + " GROUP BY t.topic ORDER BY count(*) DESC, t.topic";
        return aside(sql, search.params(), rows -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
            return counts;
        });
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

    /**
     * The columns of {@link #fixedCounts}: the total, then the types, the programming languages, the levels and the
     * content languages in their enums' order, then free and not free.
     */
    record FixedCounts(long[] counts) {
        long total() {
            return counts[0];
        }
    }

    private static String count(Search search, Facet facet, String value) {
        return "count(*) FILTER (WHERE " + filtersOnly(search, facet) + " AND " + value + ")";
    }

    /** The filters other than {@code left}, without the base condition (which the query's WHERE holds). */
    private static String filtersOnly(Search search, Facet left) {
        String conditions = search.filters().entrySet().stream()
                .filter(e -> e.getKey() != left)
                .map(Map.Entry::getValue)
                .collect(Collectors.joining(" AND "));
        return conditions.isEmpty() ? "true" : conditions;
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
