package fr.spyrales.project;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** How what members type is normalised before it is stored or searched. */
final class ProjectInput {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ProjectInput() {}

    /** A topic as stored: trimmed, lower case. */
    static String topic(String topic) {
        return topic.strip().toLowerCase(Locale.ROOT);
    }

    /** The topics as stored, without duplicates, in the order given. */
    static String[] topics(List<String> topics) {
        return topics == null
                ? new String[0]
                : topics.stream().map(ProjectInput::topic).distinct().toArray(String[]::new);
    }

    static List<String> topics(String[] topics) {
        return Arrays.asList(Objects.requireNonNullElse(topics, new String[0]));
    }

    /** "COVID-19, hôpital" → "COVID 19 hôpital": the words of the search, of which {@code directory_tsquery} makes prefix terms. */
    static String searchWords(String q) {
        if (q == null) {
            return null;
        }
        List<String> words = WORD.matcher(q).results().map(MatchResult::group).toList();
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /** An optional address as stored: absent when blank. */
    static String url(String url) {
        return url == null || url.isBlank() ? null : url.strip();
    }
}
