package fr.spyrales.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.spyrales.support.ApiContract;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/** Walks a resolved schema of the committed contract down to a property or an array's items. */
final class FuzzSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FuzzSchemas() {}

    static JsonNode property(JsonNode schema, String name) {
        JsonNode property = concrete(schema).path("properties").get(name);
        return property == null ? null : concrete(property);
    }

    static JsonNode items(JsonNode schema) {
        JsonNode items = concrete(schema).get("items");
        return items == null ? null : concrete(items);
    }

    /** Follows $refs, and the non-null branch of a nullable anyOf. */
    static JsonNode concrete(JsonNode schema) {
        ApiContract contract = ApiContract.committed();
        JsonNode resolved = contract.resolve(schema);
        for (JsonNode alternative : resolved.path("anyOf")) {
            JsonNode branch = contract.resolve(alternative);
            if (!"null".equals(branch.path("type").asText())) {
                return concrete(branch);
            }
        }
        return resolved;
    }

    static boolean requires(JsonNode objectSchema, String field) {
        for (JsonNode required : concrete(objectSchema).path("required")) {
            if (required.asText().equals(field)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasProperty(JsonNode objectSchema, String field) {
        return concrete(objectSchema).path("properties").has(field);
    }

    /** The JSON types a schema takes ("integer" also stands for a number without fraction). */
    static Set<String> jsonTypes(JsonNode schema) {
        ApiContract contract = ApiContract.committed();
        JsonNode resolved = contract.resolve(schema);
        Set<String> types = new HashSet<>();
        for (JsonNode alternative : resolved.path("anyOf")) {
            types.addAll(jsonTypes(alternative));
        }
        JsonNode type = resolved.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        }
        type.forEach(t -> types.add(t.asText()));
        if (resolved.has("enum")) {
            types.add("string");
        }
        if (types.contains("number")) {
            types.add("integer");
        }
        return types;
    }

    /** The JSON type of a raw value, or null when it is not JSON at all. */
    static String jsonTypeOf(String raw) {
        try {
            JsonNode value = JSON.readTree(raw);
            return value == null
                    ? null
                    : value.isTextual()
                            ? "string"
                            : value.isIntegralNumber()
                                    ? "integer"
                                    : value.isNumber()
                                            ? "number"
                                            : value.isBoolean()
                                                    ? "boolean"
                                                    : value.isNull() ? "null" : value.isArray() ? "array" : "object";
        } catch (java.io.IOException notJson) {
            return null;
        }
    }

    /**
     * Why a raw JSON value breaks a schema, or null when the contract lets it through (the server may still refuse
     * it for a rule the contract does not state). Checks syntax, type, integer bounds, text length (in characters,
     * as JSON Schema counts), pattern (with ECMAScript's idea of a space), enum values, uuid and date formats.
     */
    static String violation(JsonNode schema, String raw) {
        if (schema == null) {
            return null;
        }
        String type = jsonTypeOf(raw);
        if (type == null) {
            return "it is not JSON";
        }
        Set<String> allowed = jsonTypes(schema);
        if (type.equals("null") || allowed.isEmpty()) {
            // null often means "leave unchanged" in a PATCH body: not a plain contract break.
            return null;
        }
        if (!allowed.contains(type)) {
            return "a " + type + " where the contract says " + allowed;
        }
        JsonNode value;
        try {
            value = JSON.readTree(raw);
        } catch (java.io.IOException e) {
            return "it is not JSON";
        }
        JsonNode s = concrete(schema);
        if (value.isIntegralNumber()) {
            java.math.BigInteger n = value.bigIntegerValue();
            if (s.has("minimum") && n.compareTo(s.get("minimum").bigIntegerValue()) < 0
                    || s.has("maximum") && n.compareTo(s.get("maximum").bigIntegerValue()) > 0
                    || "int32".equals(s.path("format").asText()) && n.bitLength() > 31) {
                return n + " is out of the range the contract gives";
            }
        }
        if (value.isArray()
                && (s.has("maxItems") && value.size() > s.get("maxItems").asInt()
                        || s.has("minItems") && value.size() < s.get("minItems").asInt())) {
            return value.size() + " items, outside the contract's size";
        }
        if (value.isObject()) {
            for (JsonNode required : s.path("required")) {
                if (!value.has(required.asText())) {
                    return "required " + required.asText() + " is missing";
                }
            }
        }
        return value.isTextual() ? textViolation(s, value.asText()) : null;
    }

    private static String textViolation(JsonNode s, String text) {
        int length = text.codePointCount(0, text.length());
        if (s.has("maxLength") && length > s.get("maxLength").asInt()
                || s.has("minLength") && length < s.get("minLength").asInt()) {
            return length + " characters, outside the contract's length";
        }
        if (s.has("pattern")
                && !Pattern.compile(ecmaSpaces(s.get("pattern").asText()))
                        .matcher(text)
                        .find()) {
            return "the text does not match " + s.get("pattern").asText();
        }
        if (s.has("enum")
                && !StreamSupport.stream(s.get("enum").spliterator(), false)
                        .anyMatch(e -> e.asText().equals(text))) {
            return "\"" + text + "\" is not one of the contract's values";
        }
        String format = s.path("format").asText("");
        if (format.equals("uuid")
                && !text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return "\"" + text + "\" is not a uuid";
        }
        if (format.equals("date")) {
            try {
                java.time.LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                return "\"" + text + "\" is not a date";
            }
        }
        return null;
    }

    /** {@code \s} and {@code \S} as ECMAScript (and so JSON Schema) read them: no-break spaces, line separators and BOM are spaces. */
    private static String ecmaSpaces(String pattern) {
        String spaces = "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
        return pattern.replace("\\S", "[^" + spaces + "]").replace("\\s", "[" + spaces + "]");
    }

    static boolean isString(JsonNode schema) {
        return schema != null && (schema.path("type").asText().equals("string") || schema.has("enum"));
    }

    static int maxLength(JsonNode schema) {
        return schema == null ? Integer.MAX_VALUE : schema.path("maxLength").asInt(Integer.MAX_VALUE);
    }
}
