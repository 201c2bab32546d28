package fr.spyrales.project;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** How what members type is normalised before it is stored or searched. */
final class ProjectInput {

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

    /** An optional address as stored: absent when blank. */
    static String url(String url) {
        return url == null || url.isBlank() ? null : url.strip();
    }
}
