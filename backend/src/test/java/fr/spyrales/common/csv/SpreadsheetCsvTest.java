package fr.spyrales.common.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** What every export (registrants, pairings, audit log) writes: a file French Excel opens without a surprise. */
class SpreadsheetCsvTest {
    @Test
    void cellsAreQuotedWhenTheyHoldASeparatorAQuoteOrALineBreakAndNeverRunAsAFormula() {
        assertEquals("", SpreadsheetCsv.cell(null));
        assertEquals("Hélène", SpreadsheetCsv.cell("Hélène"));
        assertEquals("\"a;b\"", SpreadsheetCsv.cell("a;b"));
        assertEquals("\"Dupont \"\"Jo\"\"\"", SpreadsheetCsv.cell("Dupont \"Jo\""));
        assertEquals("\"deux\nlignes\"", SpreadsheetCsv.cell("deux\nlignes"));
        assertEquals("'=SOMME(A1)", SpreadsheetCsv.cell("=SOMME(A1)"));
        assertEquals("'@SUM(A1)", SpreadsheetCsv.cell("@SUM(A1)"));
        assertEquals("\"'=1+1;2\"", SpreadsheetCsv.cell("=1+1;2"));
        assertEquals("'\t=1+1", SpreadsheetCsv.cell("\t=1+1"), "a leading tab");
        assertEquals("\"'\r=1+1\"", SpreadsheetCsv.cell("\r=1+1"), "a leading carriage return, quoted as a line break");
    }

    @Test
    void aFileStartsWithItsByteOrderMarkAndHeaderAndEndsEachLineWithCrlfAtParisTime() {
        String text = SpreadsheetCsv.withHeader("nom;inscrit le")
                .line("Zoé L'Hôte", SpreadsheetCsv.minute(OffsetDateTime.parse("2026-07-01T12:30:00Z")))
                .line("Ana; Bé", null)
                .text();
        assertEquals("\uFEFFnom;inscrit le\r\nZoé L'Hôte;01/07/2026 14:30\r\n\"Ana; Bé\";\r\n", text);
    }
}
