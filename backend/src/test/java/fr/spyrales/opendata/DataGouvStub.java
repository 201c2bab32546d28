package fr.spyrales.opendata;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.UrlPathPattern;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * data.gouv.fr as the tests see it: a WireMock server on a free local port, started once for the whole suite
 * (global, so every test class shares one Quarkus application) and named as data.gouv.fr's address. It serves
 * the datasets of {@code src/test/resources/opendata/} by slug and by id, the licence list, and a few failures
 * under names of their own; any other dataset is unknown (404).
 */
@WithTestResource(value = DataGouvStub.class, scope = TestResourceScope.GLOBAL)
public class DataGouvStub implements QuarkusTestResourceLifecycleManager {
    static final List<String> DATASETS = List.of(
            "covid-hospital", "licence-not-specified", "licence-missing", "private", "deleted", "licence-other-open");

    /** Answers 503, as data.gouv.fr does during maintenance. */
    public static final String FAILING = "panne-de-data-gouv";

    /** Answers long after the read timeout. */
    static final String SLOW = "reponse-trop-lente";

    /** Drops the connection. */
    static final String CUT = "connexion-coupee";

    /** Answers 410, as data.gouv.fr does for a deleted dataset. */
    public static final String GONE = "jeu-efface";

    /** Longer than %test.spyrales.opendata.datagouv.read-timeout. */
    private static final int SLOW_ANSWER_MILLIS = 6_000;

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        for (String name : DATASETS) {
            String json = fixture(name + ".json");
            JsonNode dataset = read(json);
            server.stubFor(get(datasetPath(dataset.get("slug").asText())).willReturn(okJson(json)));
            server.stubFor(get(datasetPath(dataset.get("id").asText())).willReturn(okJson(json)));
        }
        server.stubFor(get("/api/1/datasets/licenses/").willReturn(okJson(fixture("licences.json"))));
        server.stubFor(get(datasetPath(FAILING)).willReturn(aResponse().withStatus(503)));
        server.stubFor(get(datasetPath(SLOW))
                .willReturn(okJson(fixture("covid-hospital.json")).withFixedDelay(SLOW_ANSWER_MILLIS)));
        server.stubFor(get(datasetPath(CUT)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get(datasetPath(GONE))
                .willReturn(aResponse()
                        .withStatus(410)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"Dataset has been deleted\", \"status\": 410}")));
        return Map.of("spyrales.opendata.datagouv.base-url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static String datasetPathOf(String idOrSlug) {
        return "/api/1/datasets/" + idOrSlug + "/";
    }

    private static UrlPathPattern datasetPath(String idOrSlug) {
        return urlPathEqualTo(datasetPathOf(idOrSlug));
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String fixture(String name) {
        try (InputStream in = DataGouvStub.class.getResourceAsStream("/opendata/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture opendata/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
