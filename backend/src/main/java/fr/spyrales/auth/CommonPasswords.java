package fr.spyrales.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The most common passwords (SecLists' top 10,000 and a few French ones; sources in
 * {@code auth/common-passwords.NOTICE.txt}). Compared without case or accents, and also without the digits and
 * symbols that end them: « Azertyuiop2026! » is « azertyuiop » with a suffix people add to meet a length rule.
 */
final class CommonPasswords {
    static final List<String> LISTS = List.of("auth/common-passwords.txt", "auth/common-passwords-fr.txt");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TRAILING_NON_LETTERS = Pattern.compile("[^\\p{L}]+$");

    private final Set<String> known;

    private CommonPasswords(Set<String> known) {
        this.known = known;
    }

    static CommonPasswords load() {
        Set<String> known = new HashSet<>();
        for (String list : LISTS) {
            for (String entry : read(list)) {
                known.add(normalise(entry));
                known.add(withoutSuffix(entry));
            }
        }
        known.remove("");
        return new CommonPasswords(Set.copyOf(known));
    }

    boolean contains(String password) {
        return known.contains(normalise(password)) || known.contains(withoutSuffix(password));
    }

    private static String normalise(String password) {
        String decomposed = Normalizer.normalize(password, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String withoutSuffix(String password) {
        return TRAILING_NON_LETTERS.matcher(normalise(password)).replaceAll("");
    }

    private static List<String> read(String resource) {
        InputStream stream = CommonPasswords.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing password list " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
