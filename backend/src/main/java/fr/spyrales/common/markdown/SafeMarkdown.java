package fr.spyrales.common.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown written by members, rendered to HTML that a page may show as it is. Two locks, so that one mistake is
 * not enough: the renderer escapes any raw HTML and drops unsafe link targets, then the sanitiser keeps only the
 * elements Markdown produces, links to http(s) and mail addresses (with rel="nofollow noopener"), and no attribute
 * that runs code.
 *
 * <p>The text is shown under the page's title (h1) and a section heading (h2), so its headings start at h3 and never
 * skip a level, whatever the writer typed: the levels the text uses, in order, become h3, h4, h5 and h6 (« ## Objectif »
 * alone is h3; « # A » then « ### B » are h3 then h4), keeping the page's outline whole for screen readers.
 */
public final class SafeMarkdown {
    /** The level of the text's highest heading. */
    static final int TOP_HEADING_LEVEL = 3;

    private static final Parser PARSER = Parser.builder()
            .postProcessor(document -> {
                SortedSet<Integer> used = new TreeSet<>();
                document.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Heading heading) {
                        used.add(heading.getLevel());
                        visitChildren(heading);
                    }
                });
                List<Integer> ranks = new ArrayList<>(used);
                document.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Heading heading) {
                        heading.setLevel(Math.min(6, TOP_HEADING_LEVEL + ranks.indexOf(heading.getLevel())));
                        visitChildren(heading);
                    }
                });
                return document;
            })
            .build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
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
