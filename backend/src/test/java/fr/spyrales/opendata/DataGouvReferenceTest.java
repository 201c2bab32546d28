package fr.spyrales.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What a member may type to name a data.gouv.fr dataset, without the application. */
class DataGouvReferenceTest {
    private static final String SLUG = "donnees-hospitalieres-relatives-a-lepidemie-de-covid-19";
    private static final String ID = "5e7e104ace2080d9162b61d8";

    @Example
    void aDatasetPageNamesItsSlug() {
        assertNames(SLUG, "https://www.data.gouv.fr/fr/datasets/" + SLUG + "/");
    }

    @Example
    void thePageMayComeWithoutLanguageOrFinalSlashOrWithAQueryAndAFragment() {
        assertNames(SLUG, "https://www.data.gouv.fr/datasets/" + SLUG);
        assertNames(SLUG, "https://www.data.gouv.fr/en/datasets/" + SLUG + "/?tab=resources#community");
        assertNames(ID, "https://data.gouv.fr/es/datasets/" + ID);
        assertNames(SLUG, "  www.data.gouv.fr/fr/datasets/" + SLUG + "/  ");
        assertNames(SLUG, "HTTPS://WWW.DATA.GOUV.FR/fr/datasets/" + SLUG + "/");
    }

    @Example
    void aBareIdOrSlugNamesItself() {
        assertNames(ID, ID);
        assertNames(SLUG, " " + SLUG + "\n");
    }

    @Example
    void otherAddressesNameNoDataGouvDataset() {
        assertNothing("https://www.insee.fr/fr/statistiques/serie/001688370");
        assertNothing("https://www.data.gouv.fr.example.org/fr/datasets/" + SLUG + "/");
        assertNothing("https://static.data.gouv.fr/resources/" + SLUG + "/donnees.csv");
        assertNothing("https://www.data.gouv.fr/fr/datasets/r/63352e38-d353-4b54-bfd1-f1b3ee1cabd7");
        assertNothing("https://www.data.gouv.fr/fr/reuses/" + SLUG + "/");
        assertNothing("https://www.data.gouv.fr/fr/datasets/");
        assertNothing("https://www.data.gouv.fr/fr/organizations/sante-publique-france/datasets/x/");
        assertNothing("ftp://www.data.gouv.fr/fr/datasets/" + SLUG + "/");
    }

    @Example
    void textThatCannotBeAnIdOrASlugIsNoReference() {
        assertNothing(null);
        assertNothing("");
        assertNothing("   ");
        assertNothing("données hospitalières");
        assertNothing("../../api/1/me");
        assertNothing("covid.csv");
        assertNothing("-commence-par-un-tiret");
    }

    @Property
    void anIdOrSlugIsFoundInEveryShapeOfItsPage(
            @ForAll("idsOrSlugs") String idOrSlug,
            @ForAll("languages") String language,
            @ForAll boolean finalSlash,
            @ForAll("tails") String tail) {
        String page = "https://www.data.gouv.fr" + language + "/datasets/" + idOrSlug + (finalSlash ? "/" : "") + tail;

        assertNames(idOrSlug, page);
        assertNames(idOrSlug, idOrSlug);
    }

    @Property
    void whatIsFoundIsAlwaysASinglePathSegment(@ForAll String typed) {
        DataGouvReference.parse(typed)
                .ifPresent(reference ->
                        assertTrue(reference.idOrSlug().matches("[A-Za-z0-9][A-Za-z0-9_-]*"), reference.idOrSlug()));
    }

    @Provide
    Arbitrary<String> idsOrSlugs() {
        Arbitrary<String> ids =
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(24);
        Arbitrary<String> slugs = Arbitraries.strings()
                .withCharRange('a', 'z')
                .numeric()
                .ofMinLength(1)
                .ofMaxLength(12)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(words -> String.join("-", words));
        return Arbitraries.oneOf(ids, slugs);
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("", "/fr", "/en", "/es", "/de", "/pt");
    }

    @Provide
    Arbitrary<String> tails() {
        return Arbitraries.of("", "?tab=resources", "#discussions", "?page=2#resources");
    }

    private static void assertNames(String expected, String typed) {
        assertEquals(Optional.of(new DataGouvReference(expected)), DataGouvReference.parse(typed), typed);
    }

    private static void assertNothing(String typed) {
        assertEquals(Optional.empty(), DataGouvReference.parse(typed), typed);
    }
}
