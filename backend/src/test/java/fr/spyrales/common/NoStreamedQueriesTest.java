package fr.spyrales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Queries are read as lists, never as streams: Hibernate scrolls a stream and, with a collection fetch, takes
 * each run of adjacent rows of an entity as the whole entity, so a member's skills were lost whenever the
 * database interleaved the rows (pages of 17 members and more in the directory). A list reads every row first.
 */
class NoStreamedQueriesTest {
    private static final Pattern STREAMED = Pattern.compile("getResultStream\\(|\\bstreamAll\\(|\\.stream\\(\\s*\"");

    @Test
    void noQueryOfTheApplicationIsReadAsAStream() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(f -> f.toString().endsWith(".java")).flatMap(NoStreamedQueriesTest::streamedQueries).toList();
        }
        assertEquals(List.of(), offenders, "read these queries with getResultList() or list()");
    }

    private static Stream<String> streamedQueries(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> STREAMED.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).trim());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
