package fr.spyrales.security;

import java.util.List;
import java.util.Random;

/** The catalogue of hostile values, as raw JSON texts (bodies) or as already percent-encoded texts (URLs). */
final class FuzzHostileValues {
    private FuzzHostileValues() {}

    /** Texts that a naive parser, a trim, a database or a template may choke on. */
    static final List<String> STRINGS = List.of(
            "",
            " ",
            "   \t ",
            "\n",
            "\u0000",
            "a\u0000b",
            "\u0001",
            "\u001f",
            "\u007f",
            "\u0085",
            "\u2028\u2029",
            "\u202eevil",
            "\ufeff",
            "\u200b",
            "😀",
            "e\u0301",
            "'; DROP TABLE member; --",
            "' OR '1'='1",
            "%",
            "_",
            "%_%",
            "\\",
            "\\u0000",
            "\"",
            "<script>alert(1)</script>",
            "${jndi:ldap://x/a}",
            "{{7*7}}",
            "#{1+1}",
            "../../etc/passwd",
            "null",
            "true",
            "0",
            "-1",
            "NaN",
            "2026-02-30",
            "00000000-0000-0000-0000-000000000000",
            "@",
            "a@",
            "@insee.fr",
            "agent@insee.fr\r\nBcc: x@y.fr",
            "ÉLODIE.MARTIN@INSEE.FR",
            "x@gmail.com",
            // Full-text search syntax, for the texts that end in a tsquery.
            "a & b",
            "!",
            "(",
            ")",
            "a:*",
            "<->",
            "a | | b",
            "'a' & 'b'",
            "\\:",
            "a:A",
            "!!!(((",
            "le la les",
            // Letters whose lower case is longer, or that fold to several letters.
            "İ".repeat(80),
            "ß".repeat(40),
            "ﬀ");

    /** JSON escapes that decode to what the texts above cannot hold: lone surrogates, escaped NUL. */
    static final List<String> RAW_STRINGS = List.of(
            "\"\\ud800\"",
            "\"\\udfff\"",
            "\"a\\ud83d\"",
            "\"\\u0000\"",
            "\"\\u0000abc\"",
            "\"\\uffff\"",
            "\"\\ufffe\"",
            "\"x\\u0008y\"");

    /** Numbers that overflow, underflow, or are not numbers JSON allows. */
    static final List<String> RAW_NUMBERS = List.of(
            "0",
            "-0",
            "-1",
            "1.5",
            "1e2",
            "1E400",
            "-1e400",
            "1e-400",
            "2147483647",
            "2147483648",
            "-2147483649",
            "32768",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "99999999999999999999999999999999999999",
            "0.0000001",
            "NaN",
            "Infinity",
            "-Infinity",
            "01",
            "+1",
            "0x10",
            "1_000",
            "1.",
            ".5",
            "-",
            "1e",
            "5.0");

    /** Values of every other JSON type. */
    static final List<String> RAW_OTHER_TYPES = List.of(
            "true",
            "false",
            "null",
            "[]",
            "{}",
            "[null]",
            "{\"\":\"\"}",
            "\"\"",
            "\"123\"",
            "[1,\"a\",{}]",
            "{\"$ref\":\"#\"}",
            "[[[]]]");

    static final List<String> RAW_DATES = List.of(
            "\"2026-02-30\"",
            "\"2026-13-01\"",
            "\"0000-01-01\"",
            "\"-999999999-01-01\"",
            "\"+1000000000-01-01\"",
            "\"9999-12-31\"",
            "\"1900-01-01\"",
            "\"1970-01-01\"",
            "\"2026-03-19T10:00:00Z\"",
            "\"19/03/2026\"",
            "\"2026-3-9\"",
            "\"today\"",
            "20260319",
            "\"2999-01-01\"",
            "\"2026-03-19 \"");

    /** Enum-like texts next to the real values. */
    static final List<String> RAW_ENUMS = List.of(
            "\"\"",
            "\"UNKNOWN\"",
            "\"member\"",
            "\"admin\"",
            "\"0\"",
            "0",
            "\"OTHER \"",
            "\"accepted\"",
            "\"ACCEPTED\"",
            "\"COMPLETED\"");

    /** Identifiers in a path or a query, already percent-encoded. */
    static final List<String> IDS = List.of(
            "not-a-uuid",
            "0",
            "-1",
            "1",
            "null",
            "undefined",
            "%00",
            "a%00b",
            "%C3%28",
            "%FF",
            "%C0%AF",
            "%E2%80%AE",
            "..",
            "%2e%2e",
            "%2F",
            "a%2Fb",
            "%20",
            "%0D%0ASet-Cookie:%20x=y",
            "%27%20OR%20%271%27=%271",
            "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "123e4567-e89b-12d3-a456-42661417400",
            "123e4567-e89b-12d3-a456-4266141740000",
            "123E4567-E89B-12D3-A456-426614174000",
            "%7B123e4567-e89b-12d3-a456-426614174000%7D",
            "123e4567e89b12d3a456426614174000",
            "123e4567-e89b-12d3-a456-42661417400g",
            "%F0%9F%98%80",
            "%C3%A9",
            "1-1-1-1-1",
            "0x1",
            "9999999999999999999999");

    /** Query values for numbers and booleans, already percent-encoded. */
    static final List<String> QUERY_SCALARS = List.of(
            "-1",
            "0",
            "1",
            "101",
            "100",
            "2147483647",
            "2147483648",
            "-2147483649",
            "10000000",
            "10000001",
            "99999999999999999999",
            "1.5",
            "1e3",
            "abc",
            "",
            "%201",
            "0x10",
            "+1",
            "%00",
            "1%00",
            "true",
            "false",
            "TRUE",
            "yes",
            "1%2C2",
            "%C3%28",
            "%FF",
            "NaN",
            "%E2%88%9E",
            "%20");

    /** Raw bodies that are not the JSON object the operation expects. */
    static final List<String> RAW_BODIES = List.of(
            "",
            " ",
            "null",
            "[]",
            "[{}]",
            "\"texte\"",
            "42",
            "true",
            "{",
            "}",
            "{}}",
            "{\"a\":}",
            "{'a':1}",
            "{a:1}",
            "{\"a\":1,}",
            "/* c */ {}",
            "{} // c",
            "<xml/>",
            "a=1&b=2",
            "\u0000",
            "{\"\u0000\":1}",
            "{\"a\":\"\\x\"}",
            "{\"a\":\"\\u12\"}",
            "\"\\ud800\"",
            "{\"a\":1}{\"a\":2}",
            "NaN",
            "[,]",
            "{\"a\" 1}");

    /**
     * Quarkus refuses a request line over 4 KB with a bare 414, in the HTTP codec, before any code of ours can answer
     * (quarkusio/quarkus#55082): long query values stay under that, the API's own limits are far below it.
     */
    static String withinUrlLimit(String encoded) {
        String cut = encoded.length() <= 3_000 ? encoded : encoded.substring(0, 3_000);
        int percent = cut.lastIndexOf('%');
        return percent >= 0 && percent > cut.length() - 3 ? cut.substring(0, percent) : cut;
    }

    /**
     * An empty segment (the doubled slash is merged), a dot segment or an encoded slash: the request then addresses
     * another route than the operation's, whose statuses are not the operation's.
     */
    static boolean leavesRoute(String encodedSegment) {
        String s = encodedSegment.toLowerCase(java.util.Locale.ROOT);
        return s.isEmpty()
                || s.equals("..")
                || s.equals(".")
                || s.equals("%2e%2e")
                || s.equals("%2e")
                || s.contains("%2f");
    }

    static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** Arrays or objects nested deeper than any parser should follow. */
    static String deepNesting(Random random) {
        int depth = List.of(200, 1_001, 5_000, 50_000).get(random.nextInt(4));
        return random.nextBoolean()
                ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** A long text: just over a limit, at a limit in multi-byte characters, or far over any limit. */
    static String longString(int maxLength, Random random) {
        int limit = maxLength == Integer.MAX_VALUE ? 2_000 : maxLength;
        return switch (random.nextInt(5)) {
            case 0 -> "x".repeat(limit + 1);
            case 1 -> "é".repeat(limit);
            case 2 -> "😀".repeat(limit);
            case 3 -> " ".repeat(limit) + "a";
            default -> "x".repeat(List.of(100_000, 1_000_000).get(random.nextInt(2)));
        };
    }

    /** Bytes that are not UTF-8: a lone continuation, an overlong form, a truncated sequence, an encoded surrogate. */
    static byte[] invalidUtf8(Random random) {
        return List.of(
                        new byte[] {(byte) 0x80},
                        new byte[] {(byte) 0xC3, 0x28},
                        new byte[] {(byte) 0xC0, (byte) 0xAF},
                        new byte[] {(byte) 0xE2, (byte) 0x82},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})
                .get(random.nextInt(7));
    }

    /** Content types other than the JSON the contract documents. */
    static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json; charset=latin-1",
            "application/json; charset=ISO-8859-1",
            "application/json; charset=utf-16",
            "application/json; charset=nope",
            "application/problem+json",
            "application/*",
            "*/*",
            "json",
            "application/json, text/plain",
            "application/json; charset=\"utf-8\"",
            "APPLICATION/JSON",
            "application/json;;",
            "application/jsonp",
            "text/json",
            "application/json; q=0.1; x",
            "application/" + "x".repeat(3_000),
            "application/merge-patch+json",
            "");

    /** Authorization headers that are not a valid bearer token of this service. */
    static final List<String> AUTHORIZATIONS = List.of(
            "Bearer",
            "Bearer ",
            "Bearer x",
            "Bearer x.y.z",
            "bearer x.y.z",
            "Basic dXNlcjpwYXNzd29yZA==",
            "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwiZ3JvdXBzIjpbImFkbWluIl19.",
            "Bearer " + "a".repeat(4_000),
            "Bearer ..",
            "Bearer %00",
            "Token abc",
            "Bearer \u00e9");

    /**
     * Client addresses a proxy could forward, well formed or not. Not an empty first address ("" or ", 1.2.3.4"):
     * Quarkus's forwarded-header parser answers those with an empty 400 before any code of ours runs; nor a port out
     * of range ("1.2.3.4:99999"), for which it logs an ERROR line per request (known, left to the reading of
     * X-Forwarded-For from trusted proxies only).
     */
    static final List<String> FORWARDED_FOR = List.of(
            "unknown",
            "1.2.3.4, 5.6.7.8",
            "::1",
            "[::1]:80",
            "999.1.1.1",
            "127.0.0.1",
            "_hidden",
            "a".repeat(2_000),
            "1.2.3.4,",
            "%00",
            "1.2.3.4:8080");
}
