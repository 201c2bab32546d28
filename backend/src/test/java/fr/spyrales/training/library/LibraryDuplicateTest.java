package fr.spyrales.training.library;

import static fr.spyrales.training.library.LibraryFixtures.RESOURCES;
import static fr.spyrales.training.library.LibraryFixtures.body;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** A resource is in the library once: its address is compared after normalisation, also under concurrent proposals. */
@QuarkusTest
class LibraryDuplicateTest {
    @Inject
    LibraryFixtures fixtures;

    @Test
    void theSameAddressWrittenOtherwiseIsRefusedAndTheExistingResourceNamed() {
        String path = "/cours/" + UUID.randomUUID();
        UUID existing = fixtures.published(Map.of(
                "title",
                "Statistiques descriptives",
                "url",
                "https://formation.example.fr" + path + "?chapitre=2&lang=fr"));
        Account lea = fixtures.member("Léa");
        lea.as()
                .body(body(Map.of(
                        "url",
                        "https://FORMATION.example.fr:443" + path
                                + "/?lang=fr&utm_source=tchap&chapitre=2&fbclid=xyz#exercices")))
                .post(RESOURCES)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo("Cette ressource est déjà dans la bibliothèque : « Statistiques descriptives »."))
                .body("existingResourceId", equalTo(existing.toString()));
        lea.as()
                .queryParam("url", "https://formation.example.fr" + path + "/?lang=fr&chapitre=2")
                .get(RESOURCES + "/url-check")
                .then()
                .statusCode(200)
                .body("normalizedUrl", equalTo("https://formation.example.fr" + path + "?chapitre=2&lang=fr"))
                .body("existing.id", equalTo(existing.toString()))
                .body("existing.status", equalTo("PUBLISHED"))
                .body("alreadyProposed", equalTo(true));
        lea.as().get("/api/v1/me/resources").then().body("total", equalTo(0));
    }

    @Test
    void anotherMembersPendingProposalIsNeitherNamedNorLinked() {
        String url = LibraryFixtures.uniqueUrl();
        var proposed = fixtures.proposed(Map.of("url", url, "title", "Une proposition encore privée"));
        Account paul = fixtures.member("Paul");
        paul.as()
                .body(body(Map.of("url", url)))
                .post(RESOURCES)
                .then()
                .statusCode(409)
                .body("detail", equalTo("Cette ressource est déjà proposée et en cours de relecture."))
                .body("existingResourceId", nullValue());
        paul.as()
                .queryParam("url", url)
                .get(RESOURCES + "/url-check")
                .then()
                .body("existing", nullValue())
                .body("alreadyProposed", equalTo(true));
        // The proposer is told it is theirs.
        proposed.proposer()
                .as()
                .body(body(Map.of("url", url)))
                .post(RESOURCES)
                .then()
                .statusCode(409)
                .body("existingResourceId", equalTo(proposed.resource().toString()));
    }

    @Test
    void aRejectedAddressMayBeProposedAgainButNotTwice() {
        String url = LibraryFixtures.uniqueUrl();
        var proposed = fixtures.proposed(Map.of("url", url));
        fixtures.reject(fixtures.animateur("Karim"), proposed.resource());
        fixtures.member("Paul")
                .as()
                .queryParam("url", url)
                .get(RESOURCES + "/url-check")
                .then()
                .body("alreadyProposed", equalTo(false));
        UUID again = fixtures.propose(fixtures.member("Paul"), Map.of("url", url));
        // The rejected one, edited, would go back to review at an address now taken: refused, nothing changes.
        proposed.proposer()
                .as()
                .body(Map.of("title", "Titre revu"))
                .patch(RESOURCES + "/" + proposed.resource())
                .then()
                .statusCode(409);
        proposed.proposer()
                .as()
                .get(RESOURCES + "/" + proposed.resource())
                .then()
                .body("status", equalTo("REJECTED"))
                .body("title", equalTo("Économétrie appliquée avec R"));
        fixtures.animateur("Karim").as().get(RESOURCES + "/" + again).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void changingTheAddressToOneAlreadyThereIsRefused() {
        UUID existing = fixtures.published(Map.of());
        String taken = fixtures.animateur("Karim")
                .as()
                .get(RESOURCES + "/" + existing)
                .then()
                .extract()
                .path("url");
        var proposed = fixtures.proposed(Map.of());
        proposed.proposer()
                .as()
                .body(Map.of("url", taken + "#debut"))
                .patch(RESOURCES + "/" + proposed.resource())
                .then()
                .statusCode(409)
                .body("existingResourceId", equalTo(existing.toString()));
    }

    @Test
    void twoConcurrentProposalsOfOneAddressMakeOneResource() throws Exception {
        String url = LibraryFixtures.uniqueUrl();
        Account lea = fixtures.member("Léa");
        Account paul = fixtures.member("Paul");
        List<Response> answers = Race.of(List.<Callable<Response>>of(
                () -> lea.as().body(body(Map.of("url", url))).post(RESOURCES),
                () -> paul.as().body(body(Map.of("url", url + "/"))).post(RESOURCES)));
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
        assertEquals(1, Collections.frequency(statuses, 409), statuses.toString());
        Response refused = answers.get(statuses.indexOf(409));
        assertEquals("Cette ressource est déjà proposée et en cours de relecture.", refused.path("detail"));
        long stored = lea.as().get("/api/v1/me/resources").<Integer>path("total")
                + paul.as().get("/api/v1/me/resources").<Integer>path("total");
        assertEquals(1, stored);
    }
}
