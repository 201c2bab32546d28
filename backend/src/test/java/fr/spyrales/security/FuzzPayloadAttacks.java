package fr.spyrales.security;

import static fr.spyrales.security.FuzzHostileValues.pick;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Attacks on the body as a whole: its syntax, its encoding, its announced type, its absence or presence. */
final class FuzzPayloadAttacks {
    private FuzzPayloadAttacks() {}

    static boolean duplicateKey(FuzzDraft draft, Random random, FuzzWorld world) {
        byte[] body = draft.hasBody() ? draft.serialisedBody() : null;
        if (body == null || body.length < 3 || body[0] != '{' || body[1] == '}') {
            return false;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        int colon = text.indexOf("\":");
        String firstKey = text.substring(1, colon + 1);
        String duplicated = "{" + firstKey + ":" + pick(List.of("null", "\"autre\"", "1", "{}", "true"), random) + ","
                + text.substring(1);
        draft.replaceWholeBody(duplicated.getBytes(StandardCharsets.UTF_8));
        draft.mustRefuse = "a key appears twice: which value was meant?";
        draft.attack = "duplicate key " + firstKey;
        return true;
    }

    static boolean rawBody(FuzzDraft draft, Random random, FuzzWorld world) {
        if (!draft.hasBody()) {
            return false;
        }
        String raw = pick(FuzzHostileValues.RAW_BODIES, random);
        if (!raw.isBlank()) {
            draft.breaksIfInvalid(draft.slots().get(0), raw);
        }
        draft.replaceWholeBody(raw.getBytes(StandardCharsets.UTF_8));
        draft.attack = "body replaced by '" + FuzzRequest.escape(raw) + "'";
        return true;
    }

    static boolean trailingOrTruncated(FuzzDraft draft, Random random, FuzzWorld world) {
        if (!draft.hasBody()) {
            return false;
        }
        byte[] valid = draft.serialisedBody();
        if (random.nextBoolean()) {
            String tail =
                    pick(List.of(" {}", "x", "]", "}", "\u0000", " null", ",", "\n{\"a\":1}", "\"", " 1"), random);
            draft.replaceWholeBody(concat(valid, tail.getBytes(StandardCharsets.UTF_8)));
            draft.mustRefuse = "something follows the JSON document";
            draft.attack = "trailing '" + FuzzRequest.escape(tail) + "' after the JSON";
        } else {
            int cut = random.nextInt(Math.max(1, valid.length));
            draft.replaceWholeBody(Arrays.copyOf(valid, cut));
            if (cut > 0) {
                draft.mustRefuse = "the JSON document is cut short";
            }
            draft.attack = "body cut after " + cut + " of " + valid.length + " bytes";
        }
        return true;
    }

    static boolean strangeEncoding(FuzzDraft draft, Random random, FuzzWorld world) {
        if (!draft.hasBody()) {
            return false;
        }
        String valid = new String(draft.serialisedBody(), StandardCharsets.UTF_8);
        switch (random.nextInt(5)) {
            case 0 -> {
                draft.replaceWholeBody(concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid.getBytes(StandardCharsets.UTF_8)));
                draft.attack = "UTF-8 byte order mark before the JSON";
            }
            case 1 -> {
                draft.replaceWholeBody(valid.getBytes(StandardCharsets.UTF_16));
                draft.attack = "body in UTF-16";
            }
            case 2 -> {
                draft.replaceWholeBody(valid.getBytes(StandardCharsets.ISO_8859_1));
                draft.headers.put("Content-Type", "application/json; charset=ISO-8859-1");
                draft.attack = "body in ISO-8859-1, said so";
            }
            case 3 -> {
                draft.replaceWholeBody(concat(
                        valid.getBytes(StandardCharsets.UTF_8),
                        " ".repeat(1_000_000).getBytes(StandardCharsets.UTF_8)));
                draft.attack = "JSON followed by 1 MB of spaces";
            }
            default -> {
                byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
                int at = random.nextInt(bytes.length + 1);
                byte[] bad = FuzzHostileValues.invalidUtf8(random);
                draft.replaceWholeBody(
                        concat(concat(Arrays.copyOf(bytes, at), bad), Arrays.copyOfRange(bytes, at, bytes.length)));
                draft.mustRefuse = "bytes that are not UTF-8";
                draft.attack = "invalid UTF-8 bytes " + hex(bad) + " at byte " + at;
            }
        }
        return true;
    }

    static boolean contentType(FuzzDraft draft, Random random, FuzzWorld world) {
        if (!draft.hasBody()) {
            return false;
        }
        if (random.nextInt(5) == 0) {
            draft.headers.remove("Content-Type");
            draft.attack = "no Content-Type";
        } else {
            String type = pick(FuzzHostileValues.CONTENT_TYPES, random);
            draft.headers.put("Content-Type", type);
            draft.attack = "Content-Type: " + (type.length() > 60 ? type.substring(0, 60) + "…" : type);
        }
        return true;
    }

    static boolean noBody(FuzzDraft draft, Random random, FuzzWorld world) {
        if (!draft.hasBody()) {
            return false;
        }
        draft.removeBody();
        draft.attack = "no body";
        return true;
    }

    static boolean unexpectedBody(FuzzDraft draft, Random random, FuzzWorld world) {
        if (!draft.operation.bodies().isEmpty()) {
            return false;
        }
        String body = pick(List.of("{\"role\":\"admin\"}", "{}", "[]", "null", "x", ""), random);
        draft.replaceWholeBody(body.getBytes(StandardCharsets.UTF_8));
        draft.headers.put("Content-Type", pick(List.of("application/json", "text/plain", "application/xml"), random));
        draft.attack = "unexpected body '" + body + "' (" + draft.headers.get("Content-Type") + ")";
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02X ", b));
        }
        return out.toString().trim();
    }
}
