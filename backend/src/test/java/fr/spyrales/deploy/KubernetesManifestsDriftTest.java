package fr.spyrales.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes.yml is what the build generates (quarkus-kubernetes writes it in the package phase, in production
 * mode only): regenerate it with `make manifests`. This class runs in the package phase right after the Quarkus build
 * (the kubernetes-manifests-drift execution in pom.xml), never with the other tests. Documents are compared parsed and
 * by kind and name, like OpenApiContractTest compares the contract: comments, key order and layout do not count.
 */
class KubernetesManifestsDriftTest {

    @Test
    void committedManifestIsWhatTheBuildGenerates() throws IOException {
        Path generated =
                Path.of(System.getProperty("spyrales.kubernetes.generated", "target/kubernetes/kubernetes.yml"));
        assertTrue(
                Files.exists(generated),
                generated + " is missing: it is written by the Quarkus build (mvn package), before this test runs.");
        assertEquals(
                byKindAndName(Manifests.documents(generated)),
                byKindAndName(Manifests.documents(Manifests.DEPLOY.resolve("kubernetes.yml"))),
                "deploy/kubernetes.yml differs from what the build generates: run `make manifests` and commit it.");
    }

    private static Map<String, JsonNode> byKindAndName(List<JsonNode> documents) {
        Map<String, JsonNode> keyed = new TreeMap<>();
        for (JsonNode document : documents) {
            String key = Manifests.typeOf(document) + " "
                    + document.path("metadata").path("name").asText();
            assertEquals(null, keyed.put(key, document), "two documents are " + key);
        }
        return keyed;
    }
}
