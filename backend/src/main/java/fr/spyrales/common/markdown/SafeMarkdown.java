package fr.spyrales.common.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown written by members, rendered to HTML that a page may show as it is. Two locks, so that one mistake is
 * not enough: the renderer escapes any raw HTML and drops unsafe link targets, then the sanitiser keeps only the
 * elements Markdown produces, links to http(s) and mail addresses (with rel="nofollow noopener"), and no attribute
 * that runs code.
 */
public final class SafeMarkdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "em",
                    "strong",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "a")
            .allowAttributes("start")
            .matching(true, "^[0-9]{1,6}$")
            .onElements("ol")
            .allowAttributes("href")
            .onElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private SafeMarkdown() {}

    /** The Markdown as safe HTML; an empty text for none. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
