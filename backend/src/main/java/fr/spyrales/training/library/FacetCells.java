package fr.spyrales.training.library;

import fr.spyrales.training.library.LibraryDtos.FacetCount;
import fr.spyrales.training.library.ResourceSearchRepository.Facet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The matches of a search grouped by the values of their fixed facets (type, programming language, level, content
 * language, free), one cell per combination present, each with its matches under the topic filter and its matches of
 * each topic. A facet's counts are the sums of the cells that pass the other filters, so every facet and the total
 * come from one grouping of the matches (bench/README.md).
 */
record FacetCells(List<Cell> cells, ResourceQuery query) {
    record Cell(
            ResourceType type,
            ProgrammingLanguage language,
            ResourceLevel level,
            ContentLanguage contentLanguage,
            boolean free,
            long count,
            Map<String, Long> topics) {}

    /** The matches under every filter. */
    long total() {
        return sum(null, cell -> true);
    }

    List<FacetCount> types() {
        return counts(ResourceType.values(), Facet.TYPE, value -> cell -> cell.type() == value);
    }

    /** PYTHON and R count the resources in both too, as their filters find them. */
    List<FacetCount> languages() {
        return counts(ProgrammingLanguage.values(), Facet.PROGRAMMING_LANGUAGE, value -> {
            Set<ProgrammingLanguage> matching = ResourceSearchRepository.matchingLanguages(List.of(value));
            return cell -> matching.contains(cell.language());
        });
    }

    List<FacetCount> levels() {
        return counts(ResourceLevel.values(), Facet.LEVEL, value -> cell -> cell.level() == value);
    }

    List<FacetCount> contentLanguages() {
        return counts(
                ContentLanguage.values(), Facet.CONTENT_LANGUAGE, value -> cell -> cell.contentLanguage() == value);
    }

    List<FacetCount> free() {
        return List.of(
                new FacetCount("true", sum(Facet.FREE, Cell::free)),
                new FacetCount("false", sum(Facet.FREE, cell -> !cell.free())));
    }

    /** The topics under the search and every fixed filter, the most frequent first, those without a match left out. */
    Map<String, Long> topics() {
        Map<String, Long> sums = new HashMap<>();
        for (Cell cell : cells) {
            if (passes(cell, null)) {
                cell.topics().forEach((topic, count) -> sums.merge(topic, count, Long::sum));
            }
        }
        Map<String, Long> topics = new LinkedHashMap<>();
        sums.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> topics.put(e.getKey(), e.getValue()));
        return topics;
    }

    private <E extends Enum<E>> List<FacetCount> counts(
            E[] values, Facet facet, java.util.function.Function<E, Predicate<Cell>> holding) {
        List<FacetCount> counts = new ArrayList<>(values.length);
        for (E value : values) {
            counts.add(new FacetCount(value.name(), sum(facet, holding.apply(value))));
        }
        return counts;
    }

    /** The matches in the cells that hold the value and pass every fixed filter but {@code left}'s. */
    private long sum(Facet left, Predicate<Cell> holding) {
        long sum = 0;
        for (Cell cell : cells) {
            if (holding.test(cell) && passes(cell, left)) {
                sum += cell.count();
            }
        }
        return sum;
    }

    private boolean passes(Cell cell, Facet left) {
        return (left == Facet.TYPE || allows(query.type, cell.type()))
                && (left == Facet.PROGRAMMING_LANGUAGE || allowsLanguage(cell.language()))
                && (left == Facet.LEVEL || allows(query.level, cell.level()))
                && (left == Facet.CONTENT_LANGUAGE || allows(query.contentLanguage, cell.contentLanguage()))
                && (left == Facet.FREE || !Boolean.TRUE.equals(query.freeOnly) || cell.free());
    }

    private boolean allowsLanguage(ProgrammingLanguage language) {
        return !chosen(query.programmingLanguage)
                || ResourceSearchRepository.matchingLanguages(query.programmingLanguage)
                        .contains(language);
    }

    /** No value chosen lets every cell through, as the SQL filters do. */
    private static <E> boolean allows(Collection<E> chosen, E value) {
        return !chosen(chosen) || chosen.contains(value);
    }

    private static boolean chosen(Collection<?> values) {
        return values != null && values.stream().anyMatch(Objects::nonNull);
    }
}
