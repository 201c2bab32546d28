package fr.spyrales.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.spyrales.support.ApiContract;
import fr.spyrales.support.TestAccounts;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A valid value for a schema of the contract, the starting point of every mutation: a body refused only for the one
 * thing the fuzzer broke reaches the deep validation and the business rules, not only the JSON parser. Schemas say
 * the shape; a few field names say more (a real mentor, today's date, the member's own address), from the world.
 */
final class FuzzValidInput {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ApiContract contract;
    private final FuzzWorld world;
    private final Random random;

    FuzzValidInput(ApiContract contract, FuzzWorld world, Random random) {
        this.contract = contract;
        this.world = world;
        this.random = random;
    }

    JsonNode value(String name, JsonNode schemaOrRef) {
        JsonNode schema = contract.resolve(schemaOrRef);
        JsonNode known = known(name);
        if (known != null) {
            return known;
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (schema.has(choice)) {
                for (JsonNode alternative : schema.get(choice)) {
                    if (!"null"
                            .equals(contract.resolve(alternative).path("type").asText())) {
                        return value(name, alternative);
                    }
                }
            }
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        return switch (type(schema)) {
            case "object" -> object(schema);
            case "array" -> array(name, schema);
            case "integer" -> JSON.numberNode(integer(schema));
            case "number" -> JSON.numberNode(integer(schema));
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            default -> JSON.textNode(string(schema));
        };
    }

    /** A query or path parameter, as the text a client would send. */
    String parameter(ApiContract.Parameter parameter, String collection) {
        if (parameter.in().equals("path")) {
            List<UUID> ids = world.ids(collection);
            return ids.isEmpty() || random.nextInt(5) == 0
                    ? uuid(random).toString()
                    : ids.get(random.nextInt(ids.size())).toString();
        }
        return switch (parameter.name()) {
            case "page" -> String.valueOf(random.nextInt(3));
            case "size" -> String.valueOf(1 + random.nextInt(100));
            default -> {
                JsonNode value = value(parameter.name(), parameter.schema());
                yield value.isArray() ? (value.isEmpty() ? "" : value.get(0).asText()) : value.asText();
            }
        };
    }

    /** Field names whose valid values the schema cannot tell. */
    private JsonNode known(String name) {
        return switch (name == null ? "" : name) {
            case "email" ->
                JSON.textNode(
                        random.nextInt(4) == 0
                                ? world.member().email()
                                : "agent.fuzz." + HexFormat.of().toHexDigits(random.nextInt()) + "@insee.fr");
            case "password" -> JSON.textNode(TestAccounts.PASSWORD);
            case "refreshToken" ->
                JSON.textNode(
                        random.nextBoolean() && world.member().refreshToken() != null
                                ? world.member().refreshToken()
                                : token());
            case "token" ->
                JSON.textNode(
                        random.nextBoolean()
                                ? world.emailTokens()
                                        .get(random.nextInt(world.emailTokens().size()))
                                : token());
            case "mentorId" -> JSON.textNode(pick(world.ids("mentors")).toString());
            case "targetId" -> JSON.textNode(pick(world.ids("mentorships")).toString());
            case "resourceId" -> JSON.textNode(pick(world.ids("pathResources")).toString());
            case "pathId" -> JSON.textNode(world.ids("paths").get(0).toString());
            case "organizationId", "organization" ->
                JSON.textNode(world.organizationId().toString());
            case "heldOn" ->
                JSON.textNode(LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString());
            case "closesAt" ->
                JSON.textNode(
                        OffsetDateTime.now().plusDays(1 + random.nextInt(30)).toString());
            case "plannedEndDate" ->
                JSON.textNode(LocalDate.now().plusDays(7 + random.nextInt(300)).toString());
            case "skill", "code" -> JSON.textNode(random.nextBoolean() ? "r" : "python");
            case "q" -> JSON.textNode(random.nextBoolean() ? "Fuzz" : "data");
            case "url" ->
                JSON.textNode(
                        "https://fuzz.example.fr/ressource/" + HexFormat.of().toHexDigits(random.nextInt()));
            case "topics" -> {
                ArrayNode topics = JSON.arrayNode();
                topics.add("econometrie");
                if (random.nextBoolean()) {
                    topics.add("r");
                }
                yield topics;
            }
            case "topic" -> JSON.textNode(random.nextBoolean() ? "r" : "econometrie");
            // An event: ten days ahead, between half a day and a day and a half long.
            case "startsAt" ->
                JSON.textNode(OffsetDateTime.now()
                        .plusDays(10)
                        .plusMinutes(random.nextInt(720))
                        .toString());
            case "endsAt" ->
                JSON.textNode(OffsetDateTime.now()
                        .plusDays(11)
                        .plusMinutes(random.nextInt(720))
                        .toString());
            case "onlineUrl", "replayUrl", "slidesUrl" ->
                JSON.textNode("https://visio.fuzz.example.fr/" + HexFormat.of().toHexDigits(random.nextInt()));
            case "projectId" -> JSON.textNode(pick(world.ids("projects")).toString());
            case "speakers" -> {
                ArrayNode speakers = JSON.arrayNode();
                if (random.nextBoolean()) {
                    speakers.addObject().put("name", "Intervenante du fuzzer");
                }
                if (random.nextBoolean()) {
                    speakers.addObject()
                            .put("memberId", pick(world.ids("mentors")).toString());
                }
                yield speakers;
            }
            default -> null;
        };
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = JSON.objectNode();
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(property -> {
            if (required.contains(property.getKey()) || random.nextBoolean()) {
                object.set(property.getKey(), value(property.getKey(), property.getValue()));
            }
        });
        return object;
    }

    private ArrayNode array(String name, JsonNode schema) {
        JsonNode example = schema.path("examples").path(0);
        if (example.isArray() && random.nextBoolean()) {
            return (ArrayNode) example.deepCopy();
        }
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(3), min + 2);
        ArrayNode array = JSON.arrayNode();
        for (int i = 0, n = min + random.nextInt(max - min + 1); i < n; i++) {
            array.add(value(name, schema.path("items")));
        }
        return array;
    }

    private long integer(JsonNode schema) {
        JsonNode example = schema.path("examples").path(0);
        if (example.isIntegralNumber() && random.nextBoolean()) {
            return example.asLong();
        }
        long min = schema.path("minimum").asLong(0);
        long max = schema.path("maximum").asLong(Math.max(min, 100));
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid" -> {
                return uuid(random).toString();
            }
            case "date" -> {
                return LocalDate.now().toString();
            }
            case "date-time" -> {
                return OffsetDateTime.now().toString();
            }
            default -> {}
        }
        JsonNode example = schema.path("examples").path(0);
        String text = example.isTextual() ? example.asText() : "Texte de test";
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        int min = schema.path("minLength").asInt(0);
        text = text.length() > max ? text.substring(0, max) : text;
        return text.length() < min ? text + "x".repeat(min - text.length()) : text;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.isTextual() ? type.asText() : schema.has("properties") ? "object" : "string";
    }

    /** A version 4 identifier drawn from the seed, so that a replay sends the same one. */
    static UUID uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000000000000000L)) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private UUID pick(List<UUID> ids) {
        return ids.get(random.nextInt(ids.size()));
    }
}
