package fr.spyrales.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SearchWordsTest {
    @Test
    void keepsTheWordsWithTheirAccentsAndDropsThePunctuation() {
        assertEquals("Élodie stat", SearchWords.of("Élodie, stat"));
        assertEquals("COVID 19 hôpital", SearchWords.of("  COVID-19, hôpital ! "));
    }

    @Test
    void aSearchWithoutWordsSearchesNothing() {
        assertNull(SearchWords.of(null));
        assertNull(SearchWords.of(""));
        assertNull(SearchWords.of(" ' & | ! :* "));
    }
}
