package fr.spyrales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A search text as the database compares it: without case or accents, and its wildcards taken literally. */
class LikePatternTest {
    @ParameterizedTest(name = "«{0}» searches for {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Éric                | %eric%
            "  Hélène Lefèvre " | %helene lefevre%
            ÇA                  | %ca%
            100%                | %100\\%%
            data_gouv           | %data\\_gouv%
            C:\\temp            | %c:\\\\temp%
            """)
    void searchesAnywhereWithoutCaseAccentsOrWildcards(String text, String pattern) {
        assertEquals(pattern, LikePattern.containing(text));
    }
}
