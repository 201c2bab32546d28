package fr.spyrales.security;

import static fr.spyrales.security.FuzzHostileValues.pick;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.spyrales.security.FuzzDraft.Slot;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** Attacks on one part of a valid body: its type, its presence, its text, its size, its bytes. */
final class FuzzBodyAttacks {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FuzzBodyAttacks() {}

    static boolean wrongType(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = innerSlot(draft, random);
        if (slot == null) {
            return false;
        }
        String raw = random.nextBoolean()
                ? pick(FuzzHostileValues.RAW_OTHER_TYPES, random)
                : slot.value() != null && slot.value().isTextual()
                        ? pick(FuzzHostileValues.RAW_NUMBERS, random)
                        : "\"" + pick(List.of("texte", "1", "true", "2026-03-19"), random) + "\"";
        draft.replaceRaw(slot, raw);
        draft.breaksIfInvalid(slot, raw);
        draft.attack = "wrong type at " + slot.pointer() + ": " + raw;
        return true;
    }

    static boolean missingField(FuzzDraft draft, Random random, FuzzWorld world) {
        List<Slot> fields = draft.slots().stream()
                .filter(s -> s.field() != null || s.index() >= 0)
                .toList();
        if (fields.isEmpty()) {
            return false;
        }
        Slot slot = fields.get(random.nextInt(fields.size()));
        draft.remove(slot);
        if (slot.required()) {
            draft.mustRefuse = "required " + slot.pointer() + " is missing";
        }
        draft.attack = "missing " + slot.pointer();
        return true;
    }

    /** null where a value was: "absent", "erase" or a NullPointerException, depending on the code behind. */
    static boolean nullValue(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = innerSlot(draft, random);
        if (slot == null) {
            return false;
        }
        draft.replace(slot, NODES.nullNode());
        draft.attack = "null at " + slot.pointer();
        return true;
    }

    static boolean extraField(FuzzDraft draft, Random random, FuzzWorld world) {
        List<Slot> objects = draft.slots().stream()
                .filter(s ->
                        s.parent() == null || s.value() != null && s.value().isObject())
                .toList();
        if (objects.isEmpty()) {
            return false;
        }
        Slot slot = objects.get(random.nextInt(objects.size()));
        JsonNode target = slot.parent() == null ? draft.root() : slot.value();
        if (!(target instanceof ObjectNode object)) {
            return false;
        }
        String name = pick(
                List.of(
                        "role",
                        "roles",
                        "admin",
                        "id",
                        "memberId",
                        "status",
                        "__proto__",
                        "constructor",
                        "",
                        "a\u0000b",
                        "x".repeat(5_000),
                        "emailVerifiedAt",
                        "erasedAt",
                        "mentorCapacity ",
                        "MENTORID"),
                random);
        object.set(name, random.nextBoolean() ? NODES.booleanNode(true) : NODES.textNode("admin"));
        draft.attack = "extra field " + FuzzRequest.escape(name.length() > 40 ? name.substring(0, 40) + "…" : name)
                + " in " + slot.pointer();
        return true;
    }

    static boolean hostileString(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = slotWhere(
                draft,
                random,
                s -> FuzzSchemas.isString(s.schema())
                        || s.value() != null && s.value().isTextual());
        if (slot == null) {
            return false;
        }
        if (random.nextInt(4) == 0) {
            String raw = pick(FuzzHostileValues.RAW_STRINGS, random);
            draft.replaceRaw(slot, raw);
            draft.breaksIfInvalid(slot, raw);
            draft.attack = "escaped text at " + slot.pointer() + ": " + raw;
            return true;
        }
        String hostile = pick(FuzzHostileValues.STRINGS, random);
        String value = slot.value() != null && slot.value().isTextual() && random.nextBoolean()
                ? slot.value().asText() + hostile
                : hostile;
        draft.replace(slot, NODES.textNode(value));
        draft.breaksIfInvalid(slot, NODES.textNode(value).toString());
        draft.attack = "hostile text at " + slot.pointer() + ": \"" + FuzzRequest.escape(value) + "\"";
        return true;
    }

    static boolean longString(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = slotWhere(
                draft,
                random,
                s -> FuzzSchemas.isString(s.schema())
                        || s.value() != null && s.value().isTextual());
        if (slot == null) {
            return false;
        }
        String value = FuzzHostileValues.longString(FuzzSchemas.maxLength(slot.schema()), random);
        draft.replace(slot, NODES.textNode(value));
        draft.breaksIfInvalid(slot, NODES.textNode(value).toString());
        draft.attack =
                "long text at " + slot.pointer() + ": " + value.length() + " characters of '" + value.charAt(0) + "'";
        return true;
    }

    /** A number, date, identifier or enum value outside what the field takes. */
    static boolean hostileScalar(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = innerSlot(draft, random);
        if (slot == null) {
            return false;
        }
        JsonNode schema = slot.schema();
        String format = schema == null ? "" : schema.path("format").asText("");
        List<String> values = format.equals("date")
                ? FuzzHostileValues.RAW_DATES
                : format.equals("uuid")
                        ? FuzzRequestAttacks.uuidLike(world)
                        : schema != null && schema.has("enum")
                                ? FuzzHostileValues.RAW_ENUMS
                                : FuzzHostileValues.RAW_NUMBERS;
        String raw = pick(values, random);
        draft.replaceRaw(slot, raw);
        draft.breaksIfInvalid(slot, raw);
        draft.attack = "hostile value at " + slot.pointer() + ": " + raw;
        return true;
    }

    static boolean deepNesting(FuzzDraft draft, Random random, FuzzWorld world) {
        List<Slot> slots = draft.slots();
        if (slots.isEmpty()) {
            return false;
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        String nested = FuzzHostileValues.deepNesting(random);
        draft.replaceRaw(slot, nested);
        draft.attack = "nesting "
                + nested.chars().filter(c -> c == '[' || c == '{').count() + " levels deep at " + slot.pointer();
        return true;
    }

    static boolean bigArray(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = innerSlot(draft, random);
        if (slot == null) {
            return false;
        }
        int size = random.nextBoolean() ? 31 + random.nextInt(71) : 10_000 + random.nextInt(90_000);
        JsonNode item =
                slot.value() != null && slot.value().isArray() && !slot.value().isEmpty()
                        ? slot.value().get(0)
                        : NODES.textNode("r");
        StringBuilder raw = new StringBuilder("[");
        String itemText = item.toString();
        for (int i = 0; i < size; i++) {
            raw.append(i == 0 ? "" : ",").append(itemText);
        }
        draft.replaceRaw(slot, raw.append(']').toString());
        draft.breaksIfInvalid(slot, raw.toString());
        draft.attack = "array of " + size + " × " + FuzzRequest.escape(itemText) + " at " + slot.pointer();
        return true;
    }

    /** The same item twice in a list that stays within its size: the same skill, goal or notification kind. */
    static boolean duplicateItem(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = slotWhere(
                draft,
                random,
                s -> s.value() != null && s.value().isArray() && !s.value().isEmpty());
        if (slot == null) {
            return false;
        }
        ArrayNode list = (ArrayNode) slot.value();
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
        draft.breaksIfInvalid(slot, list.toString());
        draft.attack = "item repeated in " + slot.pointer() + ": " + FuzzRequest.escape(item.toString());
        return true;
    }

    static boolean invalidUtf8(FuzzDraft draft, Random random, FuzzWorld world) {
        Slot slot = slotWhere(draft, random, s -> s.value() != null && s.value().isTextual());
        if (slot == null) {
            return false;
        }
        byte[] bad = FuzzHostileValues.invalidUtf8(random);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes(("\"" + slot.value().asText().replace("\\", "\\\\").replace("\"", "\\\""))
                .getBytes(StandardCharsets.UTF_8));
        raw.writeBytes(bad);
        raw.write('"');
        draft.replaceRaw(slot, raw.toByteArray());
        draft.mustRefuse = "bytes that are not UTF-8";
        draft.attack = "invalid UTF-8 bytes " + FuzzPayloadAttacks.hex(bad) + " at the end of " + slot.pointer();
        return true;
    }

    private static Slot innerSlot(FuzzDraft draft, Random random) {
        return slotWhere(draft, random, s -> s.parent() != null);
    }

    private static Slot slotWhere(FuzzDraft draft, Random random, Predicate<Slot> filter) {
        List<Slot> slots = draft.slots().stream().filter(filter).toList();
        return slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
    }
}
