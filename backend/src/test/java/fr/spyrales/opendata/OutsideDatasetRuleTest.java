package fr.spyrales.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Example;

/** Datasets published outside data.gouv.fr, without the application. */
class OutsideDatasetRuleTest {
    private static final List<String> OPEN = List.of("lov2", "cc-by");
    private static final String URL = "https://ec.europa.eu/eurostat/databrowser/view/tps00001/default/table";

    @Example
    void aCompleteDatasetUnderAnOpenLicenceWaitsForAnAnimateur() {
        DatasetCheck check = OutsideDatasetRule.check(" Population au 1er janvier ", "Eurostat", URL, "cc-by", OPEN);

        assertEquals(DatasetVerdict.TO_REVIEW, check.verdict());
        assertNull(check.refusal());
        assertTrue(check.reason().startsWith("À vérifier"));
        assertEquals("Population au 1er janvier", check.title());
        assertEquals("Eurostat", check.producer());
        assertEquals("cc-by", check.licence());
        assertEquals(URL, check.url());
        assertNull(check.datagouvId());
    }

    @Example
    void anHttpAddressIsRefused() {
        assertEquals(
                DatasetRefusal.NOT_HTTPS,
                OutsideDatasetRule.check("Population", "Eurostat", "http://ec.europa.eu/eurostat", "cc-by", OPEN)
                        .refusal());
        assertEquals(
                DatasetRefusal.NOT_HTTPS,
                OutsideDatasetRule.check("Population", "Eurostat", "https:///sans-hote", "cc-by", OPEN)
                        .refusal());
        assertEquals(
                DatasetRefusal.NOT_HTTPS,
                OutsideDatasetRule.check("Population", "Eurostat", "javascript:alert(1)", "cc-by", OPEN)
                        .refusal());
    }

    @Example
    void aLicenceOutsideTheConfiguredListIsRefused() {
        DatasetCheck check = OutsideDatasetRule.check("Population", "Eurostat", URL, "tous-droits-reserves", OPEN);

        assertEquals(DatasetRefusal.OUTSIDE_LICENCE_NOT_OPEN, check.refusal());
        assertTrue(check.reason().startsWith("Seules les données ouvertes sont acceptées"));
    }

    @Example
    void everyFactIsNeeded() {
        assertEquals(
                DatasetRefusal.INCOMPLETE,
                OutsideDatasetRule.check(" ", "Eurostat", URL, "cc-by", OPEN).refusal());
        assertEquals(
                DatasetRefusal.INCOMPLETE,
                OutsideDatasetRule.check("Population", null, URL, "cc-by", OPEN).refusal());
        assertEquals(
                DatasetRefusal.INCOMPLETE,
                OutsideDatasetRule.check("Population", "Eurostat", "", "cc-by", OPEN)
                        .refusal());
        assertEquals(
                DatasetRefusal.INCOMPLETE,
                OutsideDatasetRule.check("Population", "Eurostat", URL, null, OPEN)
                        .refusal());
    }
}
