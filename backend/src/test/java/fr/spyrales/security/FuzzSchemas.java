package fr.spyrales.security;

import com.fasterxml.jackson.databind.JsonNode;
import fr.spyrales.support.ApiContract;

/** Walks a resolved schema of the committed contract down to a property or an array's items. */
final class FuzzSchemas {
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

    static boolean isString(JsonNode schema) {
        return schema != null && (schema.path("type").asText().equals("string") || schema.has("enum"));
    }

    static int maxLength(JsonNode schema) {
        return schema == null ? Integer.MAX_VALUE : schema.path("maxLength").asInt(Integer.MAX_VALUE);
    }
}
