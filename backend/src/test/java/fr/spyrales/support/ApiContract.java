package fr.spyrales.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The committed contract ({@code ../openapi.yaml}) read as a list of operations, for the harnesses that
 * walk every operation (authorisation matrix, contract fuzzer, contract test). It reads the file, never
 * the code under test, so an operation added to the code shows up here once `make openapi` is run.
 */
public final class ApiContract {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static volatile ApiContract committed;

    private final JsonNode document;
    private final List<Operation> operations;

    private ApiContract(JsonNode document) {
        this.document = document;
        List<Operation> ops = new ArrayList<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
                    if (Set.of("get", "post", "put", "patch", "delete").contains(entry.getKey())) {
                        ops.add(operation(path.getKey(), entry.getKey(), entry.getValue()));
                    }
                }));
        this.operations = List.copyOf(ops);
    }

    /** The contract committed at the repository root. */
    public static ApiContract committed() {
        if (committed == null) {
            try {
                committed = new ApiContract(YAML.readTree(Files.readString(Path.of("../openapi.yaml"))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read ../openapi.yaml", e);
            }
        }
        return committed;
    }

    public static ApiContract parse(String yaml) {
        try {
            return new ApiContract(YAML.readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    public List<Operation> operations() {
        return operations;
    }

    public Operation operation(String operationId) {
        return operations.stream()
                .filter(o -> o.id().equals(operationId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + operationId + " in openapi.yaml"));
    }

    /** Follows {@code $ref}s to {@code #/components/...}, so callers always see the schema itself. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("external $ref " + ref);
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    /**
     * Whether the contract tells clients about this status for this operation: an answer that is not
     * documented is a contract break, even when it is the right answer.
     */
    public boolean documents(Operation op, int status) {
        return op.statuses().contains(String.valueOf(status))
                || op.statuses().contains(status / 100 + "XX")
                || op.statuses().contains("default");
    }

    private Operation operation(String path, String method, JsonNode op) {
        List<Parameter> params = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode resolved = resolve(p);
            params.add(new Parameter(
                    resolved.path("name").asText(),
                    resolved.path("in").asText(),
                    resolved.path("required").asBoolean(false),
                    resolve(resolved.path("schema"))));
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        JsonNode content = op.path("requestBody").path("content");
        for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext(); ) {
            var media = it.next();
            bodies.put(media.getKey(), media.getValue().path("schema"));
        }
        Set<String> statuses = new TreeSet<>();
        op.path("responses").fieldNames().forEachRemaining(statuses::add);
        boolean secured = op.has("security")
                ? !op.get("security").isEmpty()
                : document.has("security") && !document.get("security").isEmpty();
        Set<String> roles = new TreeSet<>();
        for (JsonNode requirement : op.path("security")) {
            requirement.fields().forEachRemaining(s -> s.getValue().forEach(r -> roles.add(r.asText())));
        }
        return new Operation(
                op.path("operationId").asText(null),
                method.toUpperCase(),
                path,
                secured,
                Set.copyOf(roles),
                List.copyOf(params),
                bodies,
                op.path("requestBody").path("required").asBoolean(false),
                statuses);
    }

    /**
     * One operation of the contract.
     *
     * @param bodies request body schemas by media type (unresolved: pass them to {@link #resolve})
     * @param statuses the documented response codes ("200", "404", …)
     */
    public record Operation(
            String id,
            String method,
            String path,
            boolean secured,
            Set<String> roles,
            List<Parameter> parameters,
            Map<String, JsonNode> bodies,
            boolean bodyRequired,
            Set<String> statuses) {

        public List<Parameter> in(String location) {
            return parameters.stream().filter(p -> p.in().equals(location)).toList();
        }

        public Optional<JsonNode> jsonBody() {
            return Optional.ofNullable(bodies.get("application/json"));
        }

        /** The path with its parameters filled: {@code /api/v1/mentorships/{id}} with id → value. */
        public String pathWith(Map<String, ?> values) {
            String filled = path;
            for (var e : values.entrySet()) {
                filled = filled.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
            }
            if (filled.contains("{")) {
                throw new IllegalArgumentException("unfilled parameter in " + filled);
            }
            return filled;
        }

        @Override
        public String toString() {
            return id + " (" + method + " " + path + ")";
        }
    }

    /** @param schema already resolved */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {}
}
