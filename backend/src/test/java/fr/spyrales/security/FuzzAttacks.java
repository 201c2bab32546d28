package fr.spyrales.security;

import static fr.spyrales.security.FuzzHostileValues.pick;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.spyrales.security.FuzzDraft.Slot;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The ways the fuzzer breaks a valid request: in the body (one part of it, or the whole of it), in the path and
 * query, in the headers. Each attack says what it did in {@link FuzzDraft#attack}, and declines (returns false)
 * when the request has nothing it could break.
 */
final class FuzzAttacks {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    interface Attack {
        boolean apply(FuzzDraft draft, Random random, FuzzWorld world);
    }

    private record Weighted(int weight, Attack attack) {}

    private static final List<Weighted> ATTACKS = List.of(
            new Weighted(12, FuzzAttacks::valid),
            new Weighted(8, FuzzAttacks::wrongType),
            new Weighted(5, FuzzAttacks::missingField),
            new Weighted(3, FuzzAttacks::nullValue),
            new Weighted(4, FuzzAttacks::extraField),
            new Weighted(8, FuzzAttacks::hostileString),
            new Weighted(5, FuzzAttacks::longString),
            new Weighted(5, FuzzAttacks::hostileScalar),
            new Weighted(3, FuzzAttacks::deepNesting),
            new Weighted(3, FuzzAttacks::bigArray),
            new Weighted(3, FuzzAttacks::duplicateItem),
            new Weighted(4, FuzzAttacks::invalidUtf8),
            new Weighted(3, FuzzAttacks::duplicateKey),
            new Weighted(6, FuzzAttacks::rawBody),
            new Weighted(3, FuzzAttacks::trailingOrTruncated),
            new Weighted(3, FuzzAttacks::strangeEncoding),
            new Weighted(5, FuzzAttacks::contentType),
            new Weighted(2, FuzzAttacks::noBody),
            new Weighted(10, FuzzAttacks::pathId),
            new Weighted(8, FuzzAttacks::queryValue),
            new Weighted(3, FuzzAttacks::queryShape),
            new Weighted(4, FuzzAttacks::authorization),
            new Weighted(1, FuzzAttacks::forwardedFor),
            new Weighted(2, FuzzAttacks::cookie),
            new Weighted(3, FuzzAttacks::unexpectedBody));
    private static final int TOTAL = ATTACKS.stream().mapToInt(Weighted::weight).sum();

    private FuzzAttacks() {}

    /** One attack that applies to this request (a valid request when none does). */
    static void applyOne(FuzzDraft draft, Random random, FuzzWorld world) {
        for (int tries = 0; tries < 30; tries++) {
            int draw = random.nextInt(TOTAL);
            for (Weighted w : ATTACKS) {
                draw -= w.weight();
                if (draw < 0) {
                    if (w.attack().apply(draft, random, world)) {
                        return;
                    }
                    break;
                }
            }
        }
    }

    private static boolean valid(FuzzDraft draft, Random random, FuzzWorld world) {
        return true;
    }

    // ---- one part of the body ----

    private static boolean wrongType(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = innerSlot(draft, random);
        if (slot == null) {
            return false;
        }
        String raw = random.nextBoolean() ? pick(FuzzHostileValues.RAW_OTHER_TYPES, random)
                : slot.value() != null && slot.value().isTextual() ? pick(FuzzHostileValues.RAW_NUMBERS, random)
                : "\"" + pick(List.of("texte", "1", "true", "2026-03-19"), random) + "\"";
        draft.replaceRaw(slot, raw);
        draft.attack = "wrong type at " + slot.pointer() + ": " + raw;
        return true;
    }

    private static boolean missingField(FuzzDraft draft, Random random, FuzzWorld world) {
        List<Slot> fields = draft.slots().stream().filter(s -> s.field() != null || s.index() >= 0).toList();
        if (fields.isEmpty()) {
            return false;
        }
        Slot slot = fields.get(random.nextInt(fields.size()));
        draft.remove(slot);
        draft.attack = "missing " + slot.pointer();
        return true;
    }

    /** null where a value was: "absent", "erase" or a NullPointerException, depending on the code behind. */
    private static boolean nullValue(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = innerSlot(draft, random);
        if (slot == null) {
            return false;
        }
        draft.replace(slot, NODES.nullNode());
        draft.attack = "null at " + slot.pointer();
        return true;
    }

    private static boolean extraField(FuzzDraft draft, Random random, FuzzWorld world) {
        List<Slot> objects = draft.slots().stream().filter(s -> s.parent() == null || s.value() != null && s.value().isObject()).toList();
        if (objects.isEmpty()) {
            return false;
        }
        Slot slot = objects.get(random.nextInt(objects.size()));
        JsonNode target = slot.parent() == null ? draft.root() : slot.value();
        if (!(target instanceof ObjectNode object)) {
            return false;
        }
        String name = pick(List.of("role", "roles", "admin", "id", "memberId", "status", "__proto__", "constructor", "", "a\u0000b",
                "x".repeat(5_000), "emailVerifiedAt", "erasedAt", "mentorCapacity ", "MENTORID"), random);
        object.set(name, random.nextBoolean() ? NODES.booleanNode(true) : NODES.textNode("admin"));
        draft.attack = "extra field " + FuzzRequest.escape(name.length() > 40 ? name.substring(0, 40) + "…" : name) + " in " + slot.pointer();
        return true;
    }

    private static boolean hostileString(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = slotWhere(draft, random, s -> FuzzSchemas.isString(s.schema()) || s.value() != null && s.value().isTextual());
        if (slot == null) {
            return false;
        }
        if (random.nextInt(4) == 0) {
            String raw = pick(FuzzHostileValues.RAW_STRINGS, random);
            draft.replaceRaw(slot, raw);
            draft.attack = "escaped text at " + slot.pointer() + ": " + raw;
            return true;
        }
        String hostile = pick(FuzzHostileValues.STRINGS, random);
        String value = slot.value() != null && slot.value().isTextual() && random.nextBoolean()
                ? slot.value().asText() + hostile : hostile;
        draft.replace(slot, NODES.textNode(value));
        draft.attack = "hostile text at " + slot.pointer() + ": \"" + FuzzRequest.escape(value) + "\"";
        return true;
    }

    private static boolean longString(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = slotWhere(draft, random, s -> FuzzSchemas.isString(s.schema()) || s.value() != null && s.value().isTextual());
        if (slot == null) {
            return false;
        }
        String value = FuzzHostileValues.longString(FuzzSchemas.maxLength(slot.schema()), random);
        draft.replace(slot, NODES.textNode(value));
        draft.attack = "long text at " + slot.pointer() + ": " + value.length() + " characters of '" + value.charAt(0) + "'";
        return true;
    }

    /** A number, date, identifier or enum value outside what the field takes. */
    private static boolean hostileScalar(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = innerSlot(draft, random);
        if (slot == null) {
            return false;
        }
        JsonNode schema = slot.schema();
        String format = schema == null ? "" : schema.path("format").asText("");
        List<String> values = format.equals("date") ? FuzzHostileValues.RAW_DATES
                : format.equals("uuid") ? uuidLike(world)
                : schema != null && schema.has("enum") ? FuzzHostileValues.RAW_ENUMS
                : FuzzHostileValues.RAW_NUMBERS;
        String raw = pick(values, random);
        draft.replaceRaw(slot, raw);
        draft.attack = "hostile value at " + slot.pointer() + ": " + raw;
        return true;
    }

    private static boolean deepNesting(FuzzDraft draft, Random random, FuzzWorld world) {
        List<Slot> slots = draft.slots();
        if (slots.isEmpty()) {
            return false;
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        String nested = FuzzHostileValues.deepNesting(random);
        draft.replaceRaw(slot, nested);
        draft.attack = "nesting " + nested.chars().filter(c -> c == '[' || c == '{').count() + " levels deep at " + slot.pointer();
        return true;
    }

    private static boolean bigArray(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = innerSlot(draft, random);
        if (slot == null) {
            return false;
        }
        int size = random.nextBoolean() ? 31 + random.nextInt(71) : 10_000 + random.nextInt(90_000);
        JsonNode item = slot.value() != null && slot.value().isArray() && !slot.value().isEmpty() ? slot.value().get(0)
                : NODES.textNode("r");
        StringBuilder raw = new StringBuilder("[");
        String itemText = item.toString();
        for (int i = 0; i < size; i++) {
            raw.append(i == 0 ? "" : ",").append(itemText);
        }
        draft.replaceRaw(slot, raw.append(']').toString());
        draft.attack = "array of " + size + " × " + FuzzRequest.escape(itemText) + " at " + slot.pointer();
        return true;
    }

    /** The same item twice in a list that stays within its size: the same skill, goal or notification kind. */
    private static boolean duplicateItem(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = slotWhere(draft, random, s -> s.value() != null && s.value().isArray() && !s.value().isEmpty());
        if (slot == null) {
            return false;
        }
        com.fasterxml.jackson.databind.node.ArrayNode list = (com.fasterxml.jackson.databind.node.ArrayNode) slot.value();
        JsonNode item = list.get(random.nextInt(list.size())).deepCopy();
        if (item.isObject() && random.nextBoolean()) {
            // Same key, other value: {"code":"r","level":2} then {"code":"r","level":4}.
            item.fields().forEachRemaining(e -> {
                if (e.getValue().isInt()) {
                    e.setValue(NODES.numberNode(e.getValue().asInt() % 4 + 1));
                }
            });
        }
        list.add(item);
        draft.attack = "item repeated in " + slot.pointer() + ": " + FuzzRequest.escape(item.toString());
        return true;
    }

    private static boolean invalidUtf8(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = slotWhere(draft, random, s -> s.value() != null && s.value().isTextual());
        if (slot == null) {
            return false;
        }
        byte[] bad = FuzzHostileValues.invalidUtf8(random);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes(("\"" + slot.value().asText().replace("\\", "\\\\").replace("\"", "\\\"")).getBytes(StandardCharsets.UTF_8));
        raw.writeBytes(bad);
        raw.write('"');
        draft.replaceRaw(slot, raw.toByteArray());
        draft.attack = "invalid UTF-8 bytes " + hex(bad) + " at the end of " + slot.pointer();
        return true;
    }

    private static boolean duplicateKey(FuzzDraft draft, Random random, FuzzWorld world) {
        byte[] body = draft.hasBody() ? draft.serialisedBody() : null;
        if (body == null || body.length < 3 || body[0] != '{' || body[1] == '}') {
            return false;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        int colon = text.indexOf("\":");
        String firstKey = text.substring(1, colon + 1);
        String duplicated = "{" + firstKey + ":" + pick(List.of("null", "\"autre\"", "1", "{}", "true"), random) + "," + text.substring(1);
        draft.replaceWholeBody(duplicated.getBytes(StandardCharsets.UTF_8));
        draft.attack = "duplicate key " + firstKey;
        return true;
    }

    // ---- the whole body ----

    private static boolean rawBody(FuzzDraft draft, Random random, FuzzWorld world) {
        if (!draft.hasBody()) {
            return false;
        }
        String raw = pick(FuzzHostileValues.RAW_BODIES, random);
        draft.replaceWholeBody(raw.getBytes(StandardCharsets.UTF_8));
        draft.attack = "body replaced by '" + FuzzRequest.escape(raw) + "'";
        return true;
    }

    private static boolean trailingOrTruncated(FuzzDraft draft, Random random, FuzzWorld world) {
        if (!draft.hasBody()) {
            return false;
        }
        byte[] valid = draft.serialisedBody();
        if (random.nextBoolean()) {
            String tail = pick(List.of(" {}", "x", "]", "}", "\u0000", " null", ",", "\n{\"a\":1}", "\"", " 1"), random);
            draft.replaceWholeBody(concat(valid, tail.getBytes(StandardCharsets.UTF_8)));
            draft.attack = "trailing '" + FuzzRequest.escape(tail) + "' after the JSON";
        } else {
            int cut = random.nextInt(Math.max(1, valid.length));
            draft.replaceWholeBody(Arrays.copyOf(valid, cut));
            draft.attack = "body cut after " + cut + " of " + valid.length + " bytes";
        }
        return true;
    }

    private static boolean strangeEncoding(FuzzDraft draft, Random random, FuzzWorld world) {
        if (!draft.hasBody()) {
            return false;
        }
        String valid = new String(draft.serialisedBody(), StandardCharsets.UTF_8);
        switch (random.nextInt(5)) {
            case 0 -> {
                draft.replaceWholeBody(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid.getBytes(StandardCharsets.UTF_8)));
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
                draft.replaceWholeBody(concat(valid.getBytes(StandardCharsets.UTF_8), " ".repeat(1_000_000).getBytes(StandardCharsets.UTF_8)));
                draft.attack = "JSON followed by 1 MB of spaces";
            }
            default -> {
                byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
                int at = random.nextInt(bytes.length + 1);
                byte[] bad = FuzzHostileValues.invalidUtf8(random);
                draft.replaceWholeBody(concat(concat(Arrays.copyOf(bytes, at), bad), Arrays.copyOfRange(bytes, at, bytes.length)));
                draft.attack = "invalid UTF-8 bytes " + hex(bad) + " at byte " + at;
            }
        }
        return true;
    }

    private static boolean contentType(FuzzDraft draft, Random random, FuzzWorld world) {
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

    private static boolean noBody(FuzzDraft draft, Random random, FuzzWorld world) {
        if (!draft.hasBody()) {
            return false;
        }
        draft.removeBody();
        draft.attack = "no body";
        return true;
    }

    // ---- path and query ----

    private static boolean pathId(FuzzDraft draft, Random random, FuzzWorld world) {
        if (draft.pathValues.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>(draft.pathValues.keySet());
        String name = names.get(random.nextInt(names.size()));
        String value = switch (random.nextInt(4)) {
            case 0 -> FuzzValidInput.uuid(random).toString();
            case 1 -> pick(uuidLike(world), random).replace("\"", "");
            default -> pick(FuzzHostileValues.IDS, random);
        };
        draft.pathValues.put(name, value);
        draft.leavesOperation = FuzzHostileValues.leavesRoute(value);
        draft.attack = "path " + name + " = " + value;
        return true;
    }

    private static boolean queryValue(FuzzDraft draft, Random random, FuzzWorld world) {
        List<String> names = draft.operation.in("query").stream().map(p -> p.name()).toList();
        if (names.isEmpty()) {
            return false;
        }
        String name = names.get(random.nextInt(names.size()));
        String value = switch (random.nextInt(6)) {
            case 0 -> FuzzDraft.encode(pick(FuzzHostileValues.STRINGS, random));
            case 1 -> pick(FuzzHostileValues.IDS, random);
            case 2 -> FuzzHostileValues.withinUrlLimit(FuzzDraft.encode(
                    FuzzHostileValues.longString(List.of(10, 40, 100, 200, 3_000).get(random.nextInt(5)), random)));
            default -> pick(FuzzHostileValues.QUERY_SCALARS, random);
        };
        draft.query.removeIf(p -> p[0].equals(name));
        draft.query.add(new String[] {name, value});
        draft.attack = "query " + name + " = " + (value.length() > 80 ? value.substring(0, 80) + "… (" + value.length() + ")" : value);
        return true;
    }

    private static boolean queryShape(FuzzDraft draft, Random random, FuzzWorld world) {
        switch (random.nextInt(4)) {
            case 0 -> {
                if (draft.query.isEmpty()) {
                    return false;
                }
                String[] first = draft.query.get(0);
                draft.query.add(new String[] {first[0], pick(FuzzHostileValues.QUERY_SCALARS, random)});
                draft.attack = "query " + first[0] + " repeated";
            }
            case 1 -> {
                if (draft.query.isEmpty()) {
                    return false;
                }
                String[] dropped = draft.query.remove(random.nextInt(draft.query.size()));
                draft.attack = "query " + dropped[0] + " left out";
            }
            case 2 -> {
                if (draft.query.isEmpty()) {
                    return false;
                }
                String name = draft.query.get(0)[0];
                draft.query.set(0, new String[] {name});
                draft.attack = "query " + name + " without a value";
            }
            default -> {
                String[] extra = pick(List.of("foo=bar", "page[]=1", "__proto__=x", "%00=1", "=1", "a=%00", "size=1&size=100",
                        "sort=" + "x".repeat(500), "id=1", "role=admin"), random).split("=", 2);
                draft.query.add(extra);
                draft.attack = "extra query " + String.join("=", extra);
            }
        }
        return true;
    }

    // ---- headers ----

    private static boolean authorization(FuzzDraft draft, Random random, FuzzWorld world) {
        String current = draft.headers.get("Authorization");
        String value;
        if (current != null && random.nextBoolean()) {
            char[] token = current.toCharArray();
            int at = current.length() - 1 - random.nextInt(20);
            token[at] = token[at] == 'A' ? 'B' : 'A';
            value = new String(token);
        } else {
            value = pick(FuzzHostileValues.AUTHORIZATIONS, random);
        }
        draft.headers.put("Authorization", value);
        draft.attack = "Authorization: " + (value.length() > 60 ? value.substring(0, 60) + "…" : value);
        return true;
    }

    private static boolean forwardedFor(FuzzDraft draft, Random random, FuzzWorld world) {
        String value = pick(FuzzHostileValues.FORWARDED_FOR, random);
        draft.headers.put("X-Forwarded-For", value);
        draft.attack = "X-Forwarded-For: " + (value.length() > 60 ? value.substring(0, 60) + "…" : value);
        return true;
    }

    private static boolean cookie(FuzzDraft draft, Random random, FuzzWorld world) {
        String value = pick(List.of("spyrales_refresh=", "spyrales_refresh=x", "spyrales_refresh=" + "a".repeat(5_000),
                "spyrales_refresh=%00", "spyrales_refresh=a; spyrales_refresh=b", "=;;=", "spyrales_refresh=\"x\""), random);
        draft.headers.put("Cookie", value);
        draft.attack = "Cookie: " + (value.length() > 60 ? value.substring(0, 60) + "…" : value);
        return true;
    }

    private static boolean unexpectedBody(FuzzDraft draft, Random random, FuzzWorld world) {
        if (!draft.operation.bodies().isEmpty()) {
            return false;
        }
        String body = pick(List.of("{\"role\":\"admin\"}", "{}", "[]", "null", "x", ""), random);
        draft.replaceWholeBody(body.getBytes(StandardCharsets.UTF_8));
        draft.headers.put("Content-Type", pick(List.of("application/json", "text/plain", "application/xml"), random));
        draft.attack = "unexpected body '" + body + "' (" + draft.headers.get("Content-Type") + ")";
        return true;
    }

    // ---- helpers ----

    private static Slot innerSlot(FuzzDraft draft, Random random) {
        return slotWhere(draft, random, s -> s.parent() != null);
    }

    private static Slot slotWhere(FuzzDraft draft, Random random, java.util.function.Predicate<Slot> filter) {
        List<Slot> slots = draft.slots().stream().filter(filter).toList();
        return slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
    }

    /** Identifiers that parse, or almost: of another kind of thing, all zeros, one character short. */
    private static List<String> uuidLike(FuzzWorld world) {
        List<String> values = new ArrayList<>();
        world.ids().values().forEach(ids -> ids.forEach(id -> values.add("\"" + id + "\"")));
        values.add("\"00000000-0000-0000-0000-000000000000\"");
        values.add("\"" + UUID.nameUUIDFromBytes(new byte[0]).toString().substring(1) + "\"");
        values.add("\"" + UUID.nameUUIDFromBytes(new byte[0]).toString().toUpperCase() + "\"");
        values.add("\"not-a-uuid\"");
        values.add("\"\"");
        return values;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02X ", b));
        }
        return out.toString().trim();
    }
}
