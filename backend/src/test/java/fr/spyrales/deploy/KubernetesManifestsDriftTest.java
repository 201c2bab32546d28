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
            assertEquals(null, keyed.put(key, sortEnvironments(document)), "two documents are " + key);
        }
        return keyed;
    }

    /**
     * The order of a container's variables is not stable from one build to the next (the Flyway Job's own variables
     * come from a Map.of), and means nothing here since no variable refers to another: they are compared by name.
     */
    private static JsonNode sortEnvironments(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                sortEnvironments(field.getValue());
                if (field.getKey().equals("env") && field.getValue() instanceof ArrayNode env) {
                    List<JsonNode> variables = new ArrayList<>();
                    env.forEach(variables::add);
                    variables.sort(Comparator.comparing(v -> v.path("name").asText()));
                    env.removeAll();
                    env.addAll(variables);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(KubernetesManifestsDriftTest::sortEnvironments);
        }
        return node;
    }
}
