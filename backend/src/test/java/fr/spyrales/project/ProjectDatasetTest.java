package fr.spyrales.project;

import static fr.spyrales.project.ProjectFixtures.COVID_ID;
import static fr.spyrales.project.ProjectFixtures.OTHER_OPEN;
import static fr.spyrales.project.ProjectFixtures.PROJECTS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.opendata.DataGouvStub;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The datasets a project declares: only open data gets in, through the API, and only its leads change them. */
@QuarkusTest
class ProjectDatasetTest {
    private static final String COVID_TITLE = "Données hospitalières relatives à l'épidémie de COVID-19";

    @Inject
    ProjectFixtures fixtures;

    @Inject
    EntityManager em;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    @AfterEach
    void closeTheCircuitBreakers() {
        circuitBreakers.resetAll();
    }

    @Test
    void aLeadDeclaresTheCovidHospitalDataWhichTheProjectPageAndItsListShowVerified() {
        Account lead = fixtures.member("Nadia");
        UUID project = fixtures.create(lead);

        String location = lead.as()
                .body(
                        Map.of(
                                "reference",
                                "https://www.data.gouv.fr/fr/datasets/donnees-hospitalieres-relatives-a-lepidemie-de-covid-19/"))
                .post(datasets(project))
                .then()
                .statusCode(201)
                .body("state", equalTo("VERIFIED"))
                .body("pending", nullValue())
                .body("datagouvId", equalTo(COVID_ID))
                .body("title", equalTo(COVID_TITLE))
                .body("producer", equalTo("Santé publique France"))
                .body("licence", equalTo("lov2"))
                .body("reason", equalTo("Licence ouverte reconnue par data.gouv.fr."))
                .extract()
                .header("Location");

        Account anyone = fixtures.member("Paul");
        anyone.as()
                .get(datasets(project))
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].title", equalTo(COVID_TITLE));
        anyone.as()
                .get(PROJECTS + "/" + project)
                .then()
                .statusCode(200)
                .body("datasets", hasSize(1))
                .body("datasets[0].state", equalTo("VERIFIED"));
        String id = anyone.as().get(datasets(project)).then().extract().path("[0].id");
        org.hamcrest.MatcherAssert.assertThat(location, endsWith("/datasets/" + id));
    }

    @Test
    void datasetsThatAreNotOpenDataAreRefusedWith422AndNothingIsStored() {
        Account lead = fixtures.member("Nadia");
        UUID project = fixtures.create(lead);
        long before = storedDatasets();

        for (String notOpen : List.of(
                "tableaux-de-bord-internes", // licence notspecified
                "jeu-sans-licence", // no licence at all
                "brouillon-prive", // private
                "jeu-supprime", // deleted (still served, flagged)
                DataGouvStub.GONE)) { // deleted (410)
            lead.as()
                    .body(Map.of("reference", notOpen))
                    .post(datasets(project))
                    .then()
                    .statusCode(422)
                    .body("type", equalTo("urn:spyrales:problem:open-data-only"))
                    .body("detail", containsString("Seules les données ouvertes sont acceptées"))
                    .body("errors[0].field", equalTo("reference"));
        }

        lead.as().get(datasets(project)).then().statusCode(200).body("", hasSize(0));
        assertEquals(before, storedDatasets());
    }

    @Test
    void httpAddressesAndInputsNamingNoDatasetAreRefusedWith400() {
        Account lead = fixtures.member("Nadia");
        UUID project = fixtures.create(lead);

        lead.as()
                .body(Map.of(
                        "title", "Statistiques",
                        "producer", "Un ministère",
                        "url", "http://www.example.gouv.fr/donnees",
                        "licence", "lov2"))
                .post(datasets(project))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("url"))
                .body("detail", containsString("https://"));
        lead.as()
                .body(Map.of("reference", "http://example.org/un-fichier.csv"))
                .post(datasets(project))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reference"));
        lead.as().body(Map.of()).post(datasets(project)).then().statusCode(400);
        lead.as()
                .body(Map.of("reference", COVID_ID, "title", "Et un titre"))
                .post(datasets(project))
                .then()
                .statusCode(400);
        lead.as().get(datasets(project)).then().body("", hasSize(0));
    }

    @Test
    void aProducersOwnLicenceAndADatasetPublishedElsewhereWaitForAnAnimateur() {
        Account lead = fixtures.member("Nadia");
        UUID project = fixtures.create(lead, Map.of("title", "Justice et décisions anonymisées"));

        lead.as()
                .body(Map.of("reference", OTHER_OPEN))
                .post(datasets(project))
                .then()
                .statusCode(201)
                .body("state", equalTo("TO_REVIEW"))
                .body("pending", equalTo("LICENCE"))
                .body("reason", containsString("À vérifier"));
        lead.as()
                .body(Map.of(
                        "title", "Recensement de la population",
                        "producer", "Insee",
                        "url", "https://www.insee.fr/fr/statistiques/8200811",
                        "licence", "lov2"))
                .post(datasets(project))
                .then()
                .statusCode(201)
                .body("state", equalTo("TO_REVIEW"))
                .body("pending", equalTo("OUTSIDE"));

        lead.as()
                .get(PROJECTS + "?q=anonymisées")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + project + "' }.datasetsToReview", equalTo(2));
    }

    @Test
    void onlyTheLeadsAddAndRemoveDatasets() {
        ProjectFixtures.Team team = fixtures.team(1, Map.of());
        Account teamMember = team.members().get(0);
        Account stranger = fixtures.member("Paul");
        UUID dataset = fixtures.addDataset(team.lead(), team.project(), COVID_ID);

        for (Account notLead : List.of(teamMember, stranger)) {
            notLead.as()
                    .body(Map.of("reference", OTHER_OPEN))
                    .post(datasets(team.project()))
                    .then()
                    .statusCode(403);
            notLead.as().delete(datasets(team.project()) + "/" + dataset).then().statusCode(403);
        }
        team.lead().as().get(datasets(team.project())).then().body("", hasSize(1));

        team.lead().as().delete(datasets(team.project()) + "/" + dataset).then().statusCode(204);
        team.lead().as().get(datasets(team.project())).then().body("", hasSize(0));
        team.lead().as().delete(datasets(team.project()) + "/" + dataset).then().statusCode(404);
        assertEquals(0L, count("SELECT count(*) FROM dataset WHERE id = '" + dataset + "'"));
    }

    @Test
    void theSameDataGouvDatasetIsDeclaredOncePerProjectEvenByTwoLeadsAtOnce() throws Exception {
        ProjectFixtures.Team team = fixtures.team(1, Map.of());
        Account coLead = team.members().get(0);
        fixtures.promote(team.lead(), team.project(), coLead);

        List<Integer> statuses = Race.of(List.<Callable<Integer>>of(
                () -> add(team.lead(), team.project(), COVID_ID).statusCode(),
                () -> add(coLead, team.project(), "donnees-hospitalieres-relatives-a-lepidemie-de-covid-19")
                        .statusCode()));

        assertEquals(List.of(201, 409), statuses.stream().sorted().toList());
        add(team.lead(), team.project(), COVID_ID)
                .then()
                .statusCode(409)
                .body("detail", equalTo("Ce projet déclare déjà ce jeu de données de data.gouv.fr."));
        team.lead().as().get(datasets(team.project())).then().body("", hasSize(1));
        // Another project declares it as well: its own declaration.
        fixtures.addDataset(team.lead(), fixtures.create(team.lead()), COVID_ID);
    }

    @Test
    void aProjectDeclaresAtMostTwentyDatasets() {
        Account lead = fixtures.member("Nadia");
        UUID project = fixtures.create(lead);
        for (int i = 0; i < ProjectDatasets.MAX_DATASETS; i++) {
            outside(lead, project, i).then().statusCode(201);
        }

        outside(lead, project, 99).then().statusCode(409).body("detail", containsString("au plus 20 jeux de données"));
        lead.as().get(datasets(project)).then().body("", hasSize(ProjectDatasets.MAX_DATASETS));
    }

    @Test
    void aProjectCreatedWithItsDatasetsShowsThemAndOneRefusedDatasetCreatesNothing() {
        Account lead = fixtures.member("Nadia");
        long projectsBefore = count("SELECT count(*) FROM project WHERE created_by = '" + lead.id() + "'");
        long datasetsBefore = storedDatasets();

        lead.as()
                .body(ProjectFixtures.body(Map.of(
                        "datasets",
                        List.of(
                                Map.of("reference", COVID_ID),
                                Map.of("reference", "tableaux-de-bord-internes"),
                                Map.of("reference", OTHER_OPEN),
                                Map.of("reference", "brouillon-prive")))))
                .post(PROJECTS)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("datasets[1]", "datasets[3]")));
        assertEquals(projectsBefore, count("SELECT count(*) FROM project WHERE created_by = '" + lead.id() + "'"));
        assertEquals(datasetsBefore, storedDatasets());

        lead.as()
                .body(ProjectFixtures.body(
                        Map.of("datasets", List.of(Map.of("reference", COVID_ID), Map.of("reference", OTHER_OPEN)))))
                .post(PROJECTS)
                .then()
                .statusCode(201)
                .body("datasets.state", equalTo(List.of("VERIFIED", "TO_REVIEW")))
                .body("datasets[1].pending", equalTo("LICENCE"));
    }

    @Test
    void aDeletedProjectHasNoDatasetsToShowNorToChange() {
        Account lead = fixtures.member("Nadia");
        UUID project = fixtures.create(lead);
        UUID dataset = fixtures.addDataset(lead, project, COVID_ID);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE project SET deleted_at = now(), deleted_by = created_by WHERE id = :id")
                        .setParameter("id", project)
                        .executeUpdate());

        lead.as().get(datasets(project)).then().statusCode(404);
        lead.as()
                .body(Map.of("reference", OTHER_OPEN))
                .post(datasets(project))
                .then()
                .statusCode(404);
        lead.as().delete(datasets(project) + "/" + dataset).then().statusCode(404);
    }

    private static Response add(Account lead, UUID project, String reference) {
        return lead.as().body(Map.of("reference", reference)).post(datasets(project));
    }

    private static Response outside(Account lead, UUID project, int i) {
        return lead.as()
                .body(Map.of(
                        "title",
                        "Série statistique " + i,
                        "producer",
                        "Insee",
                        "url",
                        "https://www.insee.fr/fr/statistiques/" + (1000 + i),
                        "licence",
                        "lov2"))
                .post(datasets(project));
    }

    private static String datasets(UUID project) {
        return PROJECTS + "/" + project + "/datasets";
    }

    private long storedDatasets() {
        return count("SELECT count(*) FROM dataset");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
