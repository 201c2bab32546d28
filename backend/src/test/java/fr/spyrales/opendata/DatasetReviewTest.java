package fr.spyrales.opendata;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.spyrales.project.ProjectFixtures.COVID_ID;
import static fr.spyrales.project.ProjectFixtures.OTHER_OPEN;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import fr.spyrales.common.security.Roles;
import fr.spyrales.mail.DeliveredMails;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.notification.Inbox;
import fr.spyrales.project.ProjectFixtures;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The preview of a check, the animateurs' review queue, and re-checks: a dataset stored while data.gouv.fr did not
 * answer is never verified until data.gouv.fr says so, by hand or by the job.
 */
@QuarkusTest
class DatasetReviewTest {
    private static final String CHECK = "/api/v1/datasets/check";
    private static final String REVIEWS = "/api/v1/datasets/reviews";

    @Inject
    ProjectFixtures projects;

    @Inject
    TestAccounts accounts;

    @Inject
    Inbox inbox;

    @Inject
    DatasetReviews reviews;

    @Inject
    EntityManager em;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @ConfigProperty(name = "spyrales.opendata.datagouv.base-url")
    String stubUrl;

    @ConfigProperty(name = "spyrales.opendata.checks-per-member")
    int checksPerMember;

    @Inject
    OpenDataGuard guard;

    @BeforeEach
    @AfterEach
    void closeTheCircuitBreakers() {
        circuitBreakers.resetAll();
    }

    @Test
    void aCheckShowsWhatTheGuardFoundWithoutStoringAnythingARefusalIncluded() {
        Account member = projects.member("Léa");
        long before = storedDatasets();

        member.as()
                .body(Map.of("reference", COVID_ID))
                .post(CHECK)
                .then()
                .statusCode(200)
                .body("verdict", equalTo("VERIFIED"))
                .body("title", equalTo("Données hospitalières relatives à l'épidémie de COVID-19"))
                .body("producer", equalTo("Santé publique France"))
                .body("licenceTitle", equalTo("Licence Ouverte / Open Licence version 2.0"));
        member.as()
                .body(Map.of("reference", "tableaux-de-bord-internes"))
                .post(CHECK)
                .then()
                .statusCode(200)
                .body("verdict", equalTo("REFUSED"))
                .body("reason", containsString("Seules les données ouvertes sont acceptées"));
        member.as()
                .body(Map.of("reference", OTHER_OPEN))
                .post(CHECK)
                .then()
                .statusCode(200)
                .body("verdict", equalTo("TO_REVIEW"))
                .body("pending", equalTo("LICENCE"));
        member.as()
                .body(Map.of("title", "Séries", "producer", "Insee", "url", "http://insee.fr/x", "licence", "lov2"))
                .post(CHECK)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("url"));
        member.as().body(Map.of()).post(CHECK).then().statusCode(400).body("errors[0].field", equalTo("reference"));

        assertEquals(before, storedDatasets());
    }

    @Test
    void anAnimateurConfirmsOrRefusesADatasetOnceAndTheLeadsHearOfIt() {
        Account lead = projects.member("Nadia");
        UUID project = projects.create(lead, Map.of("title", "Décisions de justice"));
        UUID confirmed = projects.addDataset(lead, project, OTHER_OPEN);
        UUID refused = addOutside(lead, project);
        Account animateur = animateur();

        animateur
                .as()
                .get(REVIEWS + "?size=100")
                .then()
                .statusCode(200)
                .body("items.dataset.id", hasItem(confirmed.toString()))
                .body(
                        "items.find { it.dataset.id == '" + confirmed + "' }.usedBy[0].ownerTitle",
                        equalTo("Décisions de justice"))
                .body("items.find { it.dataset.id == '" + confirmed + "' }.usedBy[0].kind", equalTo("PROJECT"));

        animateur
                .as()
                .body(Map.of("decision", "CONFIRM"))
                .post("/api/v1/datasets/" + confirmed + "/review")
                .then()
                .statusCode(200)
                .body("state", equalTo("VERIFIED"))
                .body("pending", nullValue())
                .body("reviewedAt", notNullValue());
        animateur
                .as()
                .body(Map.of("decision", "REFUSE"))
                .post("/api/v1/datasets/" + refused + "/review")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("note"));
        animateur
                .as()
                .body(Map.of("decision", "REFUSE", "note", "Ce portail publie des données sous accès restreint."))
                .post("/api/v1/datasets/" + refused + "/review")
                .then()
                .statusCode(200)
                .body("state", equalTo("REFUSED"))
                .body("reviewNote", equalTo("Ce portail publie des données sous accès restreint."));

        animateur
                .as()
                .body(Map.of("decision", "REFUSE", "note", "Finalement non."))
                .post("/api/v1/datasets/" + confirmed + "/review")
                .then()
                .statusCode(409);
        animateur
                .as()
                .body(Map.of("decision", "CONFIRM"))
                .post("/api/v1/datasets/" + refused + "/review")
                .then()
                .statusCode(409);
        projects.member("Paul")
                .as()
                .body(Map.of("decision", "CONFIRM"))
                .post("/api/v1/datasets/" + confirmed + "/review")
                .then()
                .statusCode(403);

        lead.as()
                .get("/api/v1/projects/" + project)
                .then()
                .body("datasets.state", equalTo(List.of("VERIFIED", "REFUSED")));
        assertEquals(2, inbox.count(lead, NotificationKind.PROJECT_DATASET_REVIEWED));
        List<Mail> mails = await().atMost(DeliveredMails.PATIENCE)
                .until(
                        () -> inbox.mailsWithSubject(lead, "Un jeu de données de « Décisions de justice »"),
                        found -> found.size() == 2);
        assertTrue(
                mails.stream()
                        .anyMatch(m -> m.getText().contains("« Ce portail publie des données sous accès restreint. »")),
                mails.get(0).getText());
    }

    @Test
    void whenDataGouvDoesNotAnswerTheDatasetWaitsAndARecheckAfterTheOutageVerifiesIt() {
        String slug = "panne-puis-retour-" + UUID.randomUUID();
        stub().register(get(urlPathEqualTo(DataGouvStub.datasetPathOf(slug)))
                .willReturn(aResponse().withStatus(503)));
        Account lead = projects.member("Nadia");
        UUID project = projects.create(lead);

        UUID dataset = UUID.fromString(lead.as()
                .body(Map.of("reference", slug))
                .post("/api/v1/projects/" + project + "/datasets")
                .then()
                .statusCode(201)
                .body("state", equalTo("TO_REVIEW"))
                .body("pending", equalTo("UNREACHABLE"))
                .body("reason", containsString("data.gouv.fr ne répond pas pour le moment"))
                .extract()
                .path("id"));
        lead.as()
                .post("/api/v1/datasets/" + dataset + "/recheck")
                .then()
                .statusCode(200)
                .body("state", equalTo("TO_REVIEW"))
                .body("pending", equalTo("UNREACHABLE"));
        projects.member("Paul")
                .as()
                .post("/api/v1/datasets/" + dataset + "/recheck")
                .then()
                .statusCode(403);

        stub().register(get(urlPathEqualTo(DataGouvStub.datasetPathOf(slug)))
                .willReturn(okJson(DataGouvStub.fixture("covid-hospital.json"))));
        lead.as()
                .post("/api/v1/datasets/" + dataset + "/recheck")
                .then()
                .statusCode(200)
                .body("state", equalTo("VERIFIED"))
                .body("pending", nullValue())
                .body("datagouvId", equalTo(COVID_ID))
                .body("title", equalTo("Données hospitalières relatives à l'épidémie de COVID-19"));
        // Its data.gouv.fr id is now known: the project cannot declare it a second time.
        lead.as()
                .body(Map.of("reference", COVID_ID))
                .post("/api/v1/projects/" + project + "/datasets")
                .then()
                .statusCode(409);
    }

    @Test
    void theRecheckJobAsksAgainAboutTheDatasetsStoredDuringAnOutageOnceDataGouvAnswers() {
        String slug = "panne-longue-" + UUID.randomUUID();
        stub().register(get(urlPathEqualTo(DataGouvStub.datasetPathOf(slug)))
                .willReturn(aResponse().withStatus(503)));
        Account lead = projects.member("Nadia");
        UUID project = projects.create(lead);
        UUID dataset = projects.addDataset(lead, project, slug);

        // The job leaves a dataset alone for a while after its last check (here it was just checked).
        reviews.recheckUnreachable();
        assertEquals("TO_REVIEW", state(dataset));

        stub().register(get(urlPathEqualTo(DataGouvStub.datasetPathOf(slug)))
                .willReturn(okJson(DataGouvStub.fixture("licence-other-open.json"))));
        checkedLongAgo(dataset);
        reviews.recheckUnreachable();

        // data.gouv.fr answered: the licence is now what a person must read.
        lead.as()
                .get("/api/v1/projects/" + project + "/datasets")
                .then()
                .body("[0].state", equalTo("TO_REVIEW"))
                .body("[0].pending", equalTo("LICENCE"))
                .body("[0].licence", equalTo("other-open"));
    }

    @Test
    void aDatasetPublishedElsewhereIsNotRecheckedOnDataGouv() {
        Account lead = projects.member("Nadia");
        UUID project = projects.create(lead);
        UUID outside = addOutside(lead, project);

        animateur().as().post("/api/v1/datasets/" + outside + "/recheck").then().statusCode(409);
        animateur()
                .as()
                .post("/api/v1/datasets/" + UUID.randomUUID() + "/recheck")
                .then()
                .statusCode(404);
    }

    @Test
    void aRecheckRefusesADatasetThatBecamePrivateButNotAnAnimateursRefusal() {
        String slug = "devenu-prive-" + UUID.randomUUID();
        stub().register(get(urlPathEqualTo(DataGouvStub.datasetPathOf(slug)))
                .willReturn(okJson(DataGouvStub.fixture("covid-hospital.json"))));
        Account lead = projects.member("Nadia");
        UUID project = projects.create(lead);
        UUID dataset = projects.addDataset(lead, project, slug);
        assertEquals("VERIFIED", state(dataset));

        stub().register(get(urlPathEqualTo("/api/1/datasets/" + COVID_ID + "/"))
                .willReturn(okJson(DataGouvStub.fixture("private.json"))));
        try {
            animateur()
                    .as()
                    .post("/api/v1/datasets/" + dataset + "/recheck")
                    .then()
                    .statusCode(200)
                    .body("state", equalTo("REFUSED"))
                    .body("reason", containsString("privé"));
        } finally {
            stub().register(get(urlPathEqualTo("/api/1/datasets/" + COVID_ID + "/"))
                    .willReturn(okJson(DataGouvStub.fixture("covid-hospital.json"))));
        }
        assertEquals(1, inbox.count(lead, NotificationKind.PROJECT_DATASET_REVIEWED));
    }

    @Test
    void aMemberWhoAskedForTooManyChecksIsToldToWaitBeforeDataGouvIsAsked() {
        Account member = projects.member("Léa");
        guard.throttle(member.id(), checksPerMember);

        member.as()
                .body(Map.of("reference", COVID_ID))
                .post(CHECK)
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("Réessayez"));
        projects.member("Paul")
                .as()
                .body(Map.of("reference", COVID_ID))
                .post(CHECK)
                .then()
                .statusCode(200);
    }

    private UUID addOutside(Account lead, UUID project) {
        return UUID.fromString(lead.as()
                .body(Map.of(
                        "title", "Statistiques d'un portail ministériel",
                        "producer", "Un ministère",
                        "url", "https://data.exemple.gouv.fr/jeux/" + UUID.randomUUID(),
                        "licence", "lov2"))
                .post("/api/v1/projects/" + project + "/datasets")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    private Account animateur() {
        return accounts.quickMember("Karim", "Animateur", m -> m.extraRoles.add(Roles.ANIMATEUR));
    }

    private WireMock stub() {
        URI address = URI.create(stubUrl);
        return new WireMock(address.getHost(), address.getPort());
    }

    private String state(UUID dataset) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT state FROM dataset WHERE id = :id")
                        .setParameter("id", dataset)
                        .getSingleResult());
    }

    private void checkedLongAgo(UUID dataset) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE dataset SET checked_at = '2000-01-01T00:00:00Z' WHERE id = :id")
                        .setParameter("id", dataset)
                        .executeUpdate());
    }

    private long storedDatasets() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM dataset")
                                .getSingleResult())
                        .longValue());
    }
}
