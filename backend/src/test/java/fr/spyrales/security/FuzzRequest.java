package fr.spyrales.security;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * One request as sent on the wire, and as printed in a finding so that it can be read and replayed.
 *
 * @param path already percent-encoded
 * @param query already percent-encoded, without "?", empty when none
 * @param body null when the request has none
 * @param leavesOperation whether the path was made to address another route (a dot segment)
 * @param mustRefuse why no 2xx answer is acceptable (a value of the wrong type, a required field missing…), or null
 */
record FuzzRequest(
        String method,
        String path,
        String query,
        Map<String, String> headers,
        byte[] body,
        String attack,
        boolean leavesOperation,
        String mustRefuse) {
    private static final int SHOWN_BODY = 300;

    HttpRequest toHttp(URI base) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return builder.build();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(method).append(' ').append(path);
        if (!query.isEmpty()) {
            out.append('?').append(shorten(query));
        }
        out.append("\n      attack: ").append(attack);
        headers.forEach((name, value) -> {
            if (!name.equals("X-Forwarded-For") || attack.contains("X-Forwarded-For")) {
                out.append("\n      ")
                        .append(name)
                        .append(": ")
                        .append(
                                name.equals("Authorization") && !attack.contains("Authorization")
                                        ? value.substring(0, Math.min(value.length(), 16)) + "…"
                                        : shorten(value));
            }
        });
        if (body != null) {
            out.append("\n      body (")
                    .append(body.length)
                    .append(" bytes): ")
                    .append(shorten(escape(new String(body, StandardCharsets.UTF_8))));
        }
        return out.toString();
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN_BODY
                ? text
                : text.substring(0, SHOWN_BODY) + "… (" + text.length() + " characters)";
    }

    /** Invisible characters shown as Java escapes, so that a printed body can be read and pasted into a test. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(SHOWN_BODY * 2L).forEach(c -> {
            int type = Character.getType(c);
            if (Character.isISOControl(c)
                    || type == Character.FORMAT
                    || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || c == 0xfffd) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
