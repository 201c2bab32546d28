package fr.spyrales.common.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SafeMarkdownTest {
    @Test
    void rendersTheMarkdownOfADescription() {
        String html = SafeMarkdown.toHtml(
                "# Suivi\n\nLes **données** de [data.gouv.fr](https://www.data.gouv.fr).\n\n- un\n- deux");
        assertTrue(html.contains("<h3>Suivi</h3>"), html);
        assertTrue(html.contains("<strong>données</strong>"), html);
        assertTrue(html.contains("<li>un</li>"), html);
        assertTrue(html.contains("href=\"https://www.data.gouv.fr\""), html);
    }

    @Test
    void headingsStartBelowThePageSectionsHeadingAndStopAtSix() {
        String html = SafeMarkdown.toHtml("# Un\n\n## Deux\n\n### Trois\n\n#### Quatre\n\n###### Six");
        assertEquals("<h3>Un</h3>\n<h4>Deux</h4>\n<h5>Trois</h5>\n<h6>Quatre</h6>\n<h6>Six</h6>\n", html);
    }

    @Test
    void headingsNeverSkipALevelWhateverTheWriterTyped() {
        assertEquals("<h3>Objectif</h3>\n<p>Une carte.</p>\n", SafeMarkdown.toHtml("## Objectif\n\nUne carte."));
        assertEquals(
                "<h3>Données</h3>\n<h4>Sources</h4>\n<h3>Méthode</h3>\n",
                SafeMarkdown.toHtml("# Données\n\n### Sources\n\n# Méthode"));
    }

    @Test
    void linksAreNofollowNoopener() {
        String html = SafeMarkdown.toHtml("[code](https://git.example.fr/projet)");
        java.util.regex.Matcher rel =
                java.util.regex.Pattern.compile("rel=\"([^\"]*)\"").matcher(html);
        assertTrue(rel.find(), html);
        // The sanitiser writes the two values in no fixed order.
        assertEquals(
                java.util.Set.of("nofollow", "noopener"),
                java.util.Set.of(rel.group(1).split(" ")),
                html);
    }

    @Test
    void aScriptComesOutAsText() {
        String html = SafeMarkdown.toHtml("Bonjour <script>alert('x')</script>\n\n<script>fetch('/api')</script>");
        assertHarmless(html);
    }

    @Test
    void anEventHandlerComesOutAsText() {
        assertHarmless(SafeMarkdown.toHtml("<img src=x onerror=alert(1)>"));
        assertHarmless(SafeMarkdown.toHtml("![x](https://example.fr/a.png\" onerror=\"alert(1))"));
        assertHarmless(SafeMarkdown.toHtml("<div onmouseover=\"alert(1)\">survol</div>"));
    }

    @Test
    void aJavascriptOrDataLinkLosesItsTarget() {
        assertHarmless(SafeMarkdown.toHtml("[clic](javascript:alert(1))"));
        assertHarmless(SafeMarkdown.toHtml("[clic](JaVaScRiPt:alert(1))"));
        assertHarmless(SafeMarkdown.toHtml("[clic](data:text/html;base64,PHNjcmlwdD4=)"));
        assertHarmless(SafeMarkdown.toHtml("<a href=\"javascript:alert(1)\">clic</a>"));
        assertHarmless(SafeMarkdown.toHtml("<javascript:alert(1)>"));
    }

    @Test
    void rawHtmlNeverBecomesAnElement() {
        String html = SafeMarkdown.toHtml("<iframe src=\"https://evil.example\"></iframe><b>gras</b>");
        assertFalse(html.contains("<iframe"), html);
        assertFalse(html.contains("<b>"), html);
    }

    @Test
    void nothingGivesNothing() {
        assertEquals("", SafeMarkdown.toHtml(null));
        assertEquals("", SafeMarkdown.toHtml("  "));
    }

    private static void assertHarmless(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), html);
        assertFalse(lower.contains("<img"), html);
        assertFalse(lower.contains("<div"), html);
        assertFalse(lower.matches("(?s).*<[^>]*\\son[a-z]+\\s*=.*"), html);
        assertFalse(lower.contains("href=\"javascript:"), html);
        assertFalse(lower.contains("href=\"data:"), html);
    }
}
