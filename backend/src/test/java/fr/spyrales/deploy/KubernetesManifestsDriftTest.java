package fr.spyrales.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes.yml is what the build generates (quarkus-kubernetes writes it in the package phase, in production
 * mode only): regenerate it with `make manifests`. This class runs in the package phase right after the Quarkus build
 * (the kubernetes-manifests-drift execution in pom.xml), never with the other tests. Documents are compared parsed and
 * by kind and name, like OpenApiContractTest compares the contract: comments, key order, layout and the order of a
 * container's variables do not count.
 */
class KubernetesManifestsDriftTest {

    @Test
    void committedManifestIsWhatTheBuildGenerates() throws IOException {
        Path generated =
                Path.of(System.getProperty("spyrales.kubernetes.generated", "target/kubernetes/kubernetes.yml"));
        assertTrue(
                Files.exists(generated),
                generated + " is missing: it is written by the Quarkus build (mvn package), before this test runs.");
        Map<String, JsonNode> built = byKindAndName(Manifests.documents(generated));
        Map<String, JsonNode> committed =
                byKindAndName(Manifests.documents(Manifests.DEPLOY.resolve("kubernetes.yml")));
        Set<String> keys = new TreeSet<>(built.keySet());
        keys.addAll(committed.keySet());
        List<String> differing = keys.stream()
                .filter(key -> !Objects.equals(built.get(key), committed.get(key)))
                .toList();
        assertEquals(
                List.of(),
                differing,
                "deploy/kubernetes.yml differs from what the build generates (" + generated
                        + ") in these documents: run `make manifests` and commit it.");
    }

    private static Map<String, JsonNode> byKindAndName(List<JsonNode> documents) {
        Map<String, JsonNode> keyed = new TreeMap<>();
        for (JsonNode document : documents) {
            String key = Manifests.typeOf(document) + " "
                    + document.path("metadata").path("name").asText();
            assertEquals(null, keyed.put(key, sortNamedLists(document)), "two documents are " + key);
        }
        return keyed;
    }

    /**
     * The order of a container's variables and ports is not stable from one build to the next (the Flyway Job's own
     * variables come from a Map.of; the http and management ports come out in either order), and means nothing here
     * since no variable refers to another: both are compared by name.
     */
    private static final Set<String> UNORDERED = Set.of("env", "ports");

    private static JsonNode sortNamedLists(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                sortNamedLists(field.getValue());
                if (UNORDERED.contains(field.getKey()) && field.getValue() instanceof ArrayNode list) {
                    List<JsonNode> variables = new ArrayList<>();
                    list.forEach(variables::add);
                    variables.sort(Comparator.comparing(v -> v.path("name").asText()));
                    list.removeAll();
                    list.addAll(variables);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(KubernetesManifestsDriftTest::sortNamedLists);
        }
        return node;
    }
}
