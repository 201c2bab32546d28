package fr.spyrales.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A user's search text as a SQL LIKE pattern matching `lower(immutable_unaccent(column))`: lower case,
 * without accents, wildcards escaped (the default escape character is the backslash), anywhere in the value.
 */
public final class LikePattern {
    private LikePattern() {}

    public static String containing(String text) {
        String plain = Normalizer.normalize(text.trim(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
