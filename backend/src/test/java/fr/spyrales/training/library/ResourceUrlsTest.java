package fr.spyrales.training.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The address compared for duplicates, without the Quarkus app. */
class ResourceUrlsTest {
    private static String normalized(String url) {
        return ResourceUrls.normalize(url).orElseThrow();
    }

    @Test
    void schemeAndHostInLowerCaseWithoutDefaultPortTrailingSlashOrFragment() {
        assertEquals(
                "https://www.insee.fr/fr/Statistiques",
                normalized("HTTPS://WWW.Insee.FR:443/fr/Statistiques/#section-2"));
        assertEquals("https://example.fr", normalized("https://example.fr/"));
        assertEquals("https://example.fr:8443/a", normalized("https://example.fr:8443/a/"));
    }

    @Test
    void trackingParametersGoAndTheOthersAreSorted() {
        assertEquals(
                "https://example.fr/cours?lang=fr&page=2",
                normalized("https://example.fr/cours?utm_source=tchap&page=2&fbclid=abc&lang=fr&gclid=x&UTM_Medium=m"));
        assertEquals(normalized("https://example.fr/v?b=2&a=1"), normalized("https://example.fr/v/?a=1&b=2#t=10"));
    }

    @Test
    void whatIsNotAnAbsoluteWebAddressIsRefused() {
        for (String bad : new String[] {
            "", "   ", "pas une adresse", "ftp://example.fr/x", "https://", "https:///x", "https://exa mple.fr"
        }) {
            assertTrue(ResourceUrls.normalize(bad).isEmpty(), bad);
        }
    }
}
