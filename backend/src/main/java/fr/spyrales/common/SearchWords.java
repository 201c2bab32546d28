package fr.spyrales.common;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The words of a free-text search, joined by spaces, of which the database's {@code directory_tsquery} makes
 * prefix terms: "Élodie, stat" → "Élodie stat", "COVID-19, hôpital" → "COVID 19 hôpital". Punctuation never
 * reaches the query parser.
 */
public final class SearchWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchWords() {}

    /** @return the words, or null when the search has none */
    public static String of(String q) {
        if (q == null) {
            return null;
        }
        List<String> words = WORD.matcher(q).results().map(MatchResult::group).toList();
        return words.isEmpty() ? null : String.join(" ", words);
    }
}
