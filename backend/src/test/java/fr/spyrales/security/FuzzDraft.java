package fr.spyrales.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fr.spyrales.support.ApiContract;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A valid request for an operation, built from its parameter and body schemas, that one attack then breaks.
 * Path and query values are kept percent-encoded; the body is kept as a tree, where a part can be replaced by raw
 * bytes (a number JSON cannot hold in a tree, a lone surrogate, bytes that are not UTF-8).
 */
final class FuzzDraft {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\"\uE000(\\d+)\uE000\"");

    final ApiContract.Operation operation;
    final Map<String, String> pathValues = new LinkedHashMap<>();
    final List<String[]> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    private final JsonNode bodySchema;
    private JsonNode body;
    private final List<byte[]> rawParts = new ArrayList<>();
    private byte[] wholeBody;
    private boolean bodyRemoved;
    String attack = "none (valid request)";
    /** Set when the attack makes the request address another route, whose statuses are not the operation's. */
    boolean leavesOperation;
    /** Why the request breaks its contract so plainly that any 2xx answer is a bug; null when it may be accepted. */
    String mustRefuse;

    /** A part of the body: the root (no parent), an object's field or an array's item, and where it sits. */
    record Slot(JsonNode parent, String field, int index, String pointer, JsonNode schema, boolean required) {
        JsonNode value() {
            return parent == null ? null : field != null ? parent.get(field) : parent.get(index);
        }
    }

    private FuzzDraft(ApiContract.Operation operation, JsonNode bodySchema) {
        this.operation = operation;
        this.bodySchema = bodySchema;
    }

    static FuzzDraft valid(
            ApiContract contract, ApiContract.Operation operation, FuzzCaller caller, FuzzWorld world, Random random) {
        FuzzValidInput valid = new FuzzValidInput(contract, world, random);
        FuzzDraft draft = new FuzzDraft(
                operation, operation.jsonBody().map(contract::resolve).orElse(null));
        for (ApiContract.Parameter p : operation.in("path")) {
            draft.pathValues.put(p.name(), encode(valid.parameter(p, collectionOf(operation.path(), p.name()))));
        }
        for (ApiContract.Parameter p : operation.in("query")) {
            if (p.required() || random.nextInt(3) == 0) {
                draft.query.add(new String[] {p.name(), encode(valid.parameter(p, null))});
            }
        }
        if (draft.bodySchema != null) {
            draft.body = valid.value(null, draft.bodySchema);
            draft.headers.put(
                    "Content-Type",
                    operation.bodies().containsKey("application/merge-patch+json") && random.nextInt(4) == 0
                            ? "application/merge-patch+json"
                            : "application/json");
        }
        world.account(caller).ifPresent(a -> draft.headers.put("Authorization", "Bearer " + a.accessToken()));
        // Every request its own client address: throttling per address never turns the run into a wall of 429s.
        draft.headers.put(
                "X-Forwarded-For",
                "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254)));
        return draft;
    }

    /** The path segment before a parameter names what it identifies: /mentorships/{id}/goals/{goalId} → goals. */
    static String collectionOf(String path, String parameter) {
        String before = path.substring(0, path.indexOf("{" + parameter + "}") - 1);
        return before.substring(before.lastIndexOf('/') + 1);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The body's tree, while no whole-body attack replaced it. */
    JsonNode root() {
        return hasBody() ? body : null;
    }

    boolean hasBody() {
        return body != null && wholeBody == null && !bodyRemoved;
    }

    /** Every part of the body, the root first. */
    List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        if (hasBody()) {
            slots.add(new Slot(null, null, -1, "$", bodySchema, true));
            collect(body, "$", bodySchema, slots);
        }
        return slots;
    }

    private void collect(JsonNode node, String pointer, JsonNode schema, List<Slot> slots) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                JsonNode child = schema == null ? null : FuzzSchemas.property(schema, e.getKey());
                Slot slot = new Slot(
                        node,
                        e.getKey(),
                        -1,
                        pointer + "." + e.getKey(),
                        child,
                        schema != null && FuzzSchemas.requires(schema, e.getKey()));
                slots.add(slot);
                collect(e.getValue(), slot.pointer(), child, slots);
            });
        } else if (node.isArray()) {
            JsonNode items = schema == null ? null : FuzzSchemas.items(schema);
            for (int i = 0; i < node.size(); i++) {
                Slot slot = new Slot(node, null, i, pointer + "[" + i + "]", items, false);
                slots.add(slot);
                collect(node.get(i), slot.pointer(), items, slots);
            }
        }
    }

    void replace(Slot slot, JsonNode value) {
        if (slot.parent() == null) {
            body = value;
        } else if (slot.field() != null) {
            ((ObjectNode) slot.parent()).set(slot.field(), value);
        } else {
            ((ArrayNode) slot.parent()).set(slot.index(), value);
        }
    }

    /** Puts raw bytes where the slot's value was: they are spliced into the serialised body. */
    void replaceRaw(Slot slot, byte[] raw) {
        rawParts.add(raw);
        replace(slot, TextNode.valueOf("\uE000" + (rawParts.size() - 1) + "\uE000"));
    }

    void replaceRaw(Slot slot, String rawJson) {
        replaceRaw(slot, rawJson.getBytes(StandardCharsets.UTF_8));
    }

    /** Notes that the value put in this slot (raw JSON) breaks its schema, when it does. */
    void breaksIfInvalid(Slot slot, String rawValue) {
        String why = FuzzSchemas.violation(slot.schema(), rawValue);
        if (why != null) {
            mustRefuse = slot.pointer() + ": " + why;
        }
    }

    void remove(Slot slot) {
        if (slot.field() != null) {
            ((ObjectNode) slot.parent()).remove(slot.field());
        } else {
            ((ArrayNode) slot.parent()).remove(slot.index());
        }
    }

    /** The body as the operation would get it before the whole-body attacks: valid JSON, with its spliced parts. */
    byte[] serialisedBody() {
        if (body == null) {
            return null;
        }
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            out.writeBytes(text.substring(last, m.start()).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(rawParts.get(Integer.parseInt(m.group(1))));
            last = m.end();
        }
        out.writeBytes(text.substring(last).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    void replaceWholeBody(byte[] bytes) {
        wholeBody = bytes;
    }

    void removeBody() {
        bodyRemoved = true;
    }

    FuzzRequest build() {
        String path = operation.path();
        for (var e : pathValues.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", e.getValue());
        }
        StringBuilder q = new StringBuilder();
        for (String[] parameter : query) {
            q.append(q.length() == 0 ? "" : "&")
                    .append(parameter[0])
                    .append(parameter.length > 1 ? "=" + parameter[1] : "");
        }
        byte[] bytes = bodyRemoved ? null : wholeBody != null ? wholeBody : serialisedBody();
        return new FuzzRequest(
                operation.method(),
                path,
                q.toString(),
                Map.copyOf(headers),
                bytes,
                attack,
                leavesOperation,
                mustRefuse);
    }

    /**
     * The generator of request number {@code index}: its own, so that a request can be replayed alone, and mixed
     * (java.util.Random's first draws from neighbouring seeds are nearly the same).
     */
    static Random seeded(long seed, int index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }
}
