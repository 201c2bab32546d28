package fr.spyrales.opendata;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A dataset of data.gouv.fr as a member names it: its page's address
 * ({@code https://www.data.gouv.fr/fr/datasets/<slug-or-id>/}, with any language prefix or none, with or without
 * the final slash, a query or a fragment) or its bare id or slug. Anything else names no data.gouv.fr dataset.
 */
public record DataGouvReference(String idOrSlug) {
    /** Ids are 24 hexadecimal digits, slugs words joined by hyphens: neither holds a slash, a dot or a space. */
    private static final Pattern ID_OR_SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,199}");

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    public static Optional<DataGouvReference> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("www.data.gouv.fr/") || lower.startsWith("data.gouv.fr/")) {
            return fromPage("https://" + text);
        }
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return fromPage(text);
        }
        return bare(text);
    }

    /**
     * The dataset a stored page address names: a data.gouv.fr page, or a page on the configured site (a stub in
     * tests) as {@link #pageOn(String)} wrote it when data.gouv.fr did not answer.
     */
    static Optional<DataGouvReference> ofStoredPage(String url, String baseUrl) {
        if (url == null) {
            return Optional.empty();
        }
        Optional<DataGouvReference> onDataGouv = parse(url);
        if (onDataGouv.isPresent()) {
            return onDataGouv;
        }
        String prefix = baseUrl.replaceAll("/+$", "") + "/fr/datasets/";
        return url.startsWith(prefix) ? bare(url.substring(prefix.length()).replaceFirst("/$", "")) : Optional.empty();
    }

    /** The dataset's page on a data.gouv.fr site whose address is {@code baseUrl}. */
    String pageOn(String baseUrl) {
        return baseUrl.replaceAll("/+$", "") + "/fr/datasets/" + idOrSlug + "/";
    }

    private static Optional<DataGouvReference> fromPage(String address) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!host.equals("www.data.gouv.fr") && !host.equals("data.gouv.fr") || uri.getPath() == null) {
            return Optional.empty();
        }
        String[] segments =
                uri.getPath().replaceFirst("^/", "").replaceFirst("/$", "").split("/", -1);
        int first = segments.length == 3 && LANGUAGE.matcher(segments[0]).matches() ? 1 : 0;
        if (segments.length - first != 2 || !segments[first].equals("datasets")) {
            return Optional.empty();
        }
        return bare(segments[first + 1]);
    }

    private static Optional<DataGouvReference> bare(String text) {
        return ID_OR_SLUG.matcher(text).matches() ? Optional.of(new DataGouvReference(text)) : Optional.empty();
    }
}
