package fr.spyrales.training.library;

import fr.spyrales.common.IdPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The library search: published resources filtered in SQL and ranked by PostgreSQL full-text search (French
 * stemming, accents ignored, prefix matching), with the facet counts. Each facet is counted under the search and
 * every other filter, in one pass over the matching rows for the fixed lists and one for the topics.
 */
@ApplicationScoped
class ResourceSearchRepository {
    private final EntityManager em;

    ResourceSearchRepository(EntityManager em) {
        this.em = em;
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

    /** The counts of the fixed facets, and the total under every filter, in one pass. */
    FixedCounts fixedCounts(Search search) {
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
        Query query = em.createNativeQuery(
                "SELECT " + String.join(", ", columns) + " FROM " + from(search) + " WHERE " + tsqOnce(search.base()));
        search.params().forEach(query::setParameter);
        Object[] row = (Object[]) query.getSingleResult();
        long[] counts = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            counts[i] = ((Number) row[i]).longValue();
        }
        return new FixedCounts(counts);
    }

    /** The topics' counts under the search and the other filters, most frequent first. */
    Map<String, Long> topicCounts(Search search) {
        Query query = em.createNativeQuery("SELECT t.topic, count(*) FROM " + from(search) + ", unnest(r.topics) AS"
                + " t(topic) WHERE " + tsqOnce(search.whereWithout(Facet.TOPIC)) + " GROUP BY t.topic ORDER BY"
                + " count(*) DESC, t.topic");
        search.params().forEach((name, value) -> {
            if (!name.equals("topic")) {
                query.setParameter(name, value);
            }
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
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
