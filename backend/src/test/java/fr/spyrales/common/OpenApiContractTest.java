package fr.spyrales.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed contract is what the server serves: regenerate it with `make openapi`. */
@QuarkusTest
class OpenApiContractTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void committedContractMatchesTheServedOne() throws Exception {
        JsonNode committed = YAML.readTree(Files.readString(Path.of("../openapi.yaml")));
        JsonNode served = YAML.readTree(
                given().accept("application/yaml").get("/q/openapi").asString());
        assertEquals(
                served,
                committed,
                "openapi.yaml differs from the API the code serves: run `make openapi` and commit the result.");
    }

    /**
     * What the file alone can tell. Whether a secured operation answers 401 and every 4xx is problem+json cannot be
     * read here (OpenApiContractFilter writes both into every operation): AuthorisationMatrixTest checks them against
     * real answers, and fails on any status an operation returns that the contract does not document.
     */
    @Test
    void everyOperationHasAnIdASummaryAndItsSuccess() throws Exception {
        JsonNode served = YAML.readTree(
                given().accept("application/yaml").get("/q/openapi").asString());
        List<String> problems = new ArrayList<>();
        served.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    String name = op.getKey().toUpperCase() + " " + path.getKey();
                    JsonNode operation = op.getValue();
                    if (!operation.hasNonNull("operationId")) {
                        problems.add(name + ": no operationId");
                    }
                    if (!operation.hasNonNull("summary")) {
                        problems.add(name + ": no summary");
                    }
                    boolean documentsSuccess = false;
                    for (var codes = operation.get("responses").fieldNames(); codes.hasNext(); ) {
                        String code = codes.next();
                        // A page the browser opens (sign-in with ProConnect) answers with where to go next.
                        documentsSuccess |= code.startsWith("2") || code.equals("303");
                    }
                    if (!documentsSuccess) {
                        problems.add(name + ": no success response, so clients cannot type its answer");
                    }
                }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
