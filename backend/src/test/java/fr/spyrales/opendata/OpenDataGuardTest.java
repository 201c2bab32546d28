package fr.spyrales.opendata;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import fr.spyrales.common.ApiException;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guard against a local data.gouv.fr ({@link DataGouvStub}): what it asks, and what it decides. */
@QuarkusTest
class OpenDataGuardTest {
    private static final String COVID_ID = "5e7e104ace2080d9162b61d8";
    private static final String COVID_PAGE =
            "https://www.data.gouv.fr/fr/datasets/donnees-hospitalieres-relatives-a-lepidemie-de-covid-19/";

    @Inject
    OpenDataGuard guard;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @ConfigProperty(name = "spyrales.opendata.datagouv.base-url")
    String stubUrl;

    /** Failures of one test must not leave the breaker open for the next, here or in another class. */
    @BeforeEach
    @AfterEach
    void closeTheCircuitBreakers() {
        circuitBreakers.resetAll();
    }

    @Test
    void theCovidHospitalDataUnderLicenceOuverteAreVerifiedWithTheFactsToStore() {
        DatasetCheck check = guard.check(COVID_PAGE);

        assertAll(
                () -> assertEquals(DatasetVerdict.VERIFIED, check.verdict()),
                () -> assertNull(check.refusal()),
                () -> assertEquals(COVID_ID, check.datagouvId()),
                () -> assertEquals("Données hospitalières relatives à l'épidémie de COVID-19", check.title()),
                () -> assertEquals("Santé publique France", check.producer()),
                () -> assertEquals("lov2", check.licence()),
                () -> assertEquals("Licence Ouverte / Open Licence version 2.0", check.licenceTitle()),
                () -> assertEquals(COVID_PAGE, check.url()),
                () -> assertEquals(OffsetDateTime.parse("2023-07-03T18:05:06.451Z"), check.lastModified()),
                () -> assertFalse(check.archived()));
    }

    @Test
    void aSlugAndAnIdNameTheSameDatasetAndTheIdIsWhatIsStored() {
        DatasetCheck bySlug = guard.check("donnees-hospitalieres-relatives-a-lepidemie-de-covid-19");
        DatasetCheck byId = guard.check(COVID_ID);
        DatasetCheck byPageWithoutLanguage =
                guard.check("https://www.data.gouv.fr/datasets/" + COVID_ID + "?foo=bar#resources");

        assertEquals(COVID_ID, bySlug.datagouvId());
        assertEquals(bySlug, byId);
        assertEquals(bySlug, byPageWithoutLanguage);
    }

    @Test
    void datasetsWithoutAnOpenLicenceOrNotPublicAreRefusedWithTheRule() {
        assertRefused("tableaux-de-bord-internes", DatasetRefusal.NO_LICENCE);
        assertRefused("jeu-sans-licence", DatasetRefusal.NO_LICENCE);
        assertRefused("brouillon-prive", DatasetRefusal.PRIVATE);
        assertRefused("jeu-supprime", DatasetRefusal.DELETED);
        assertRefused(DataGouvStub.GONE, DatasetRefusal.DELETED);
        assertTrue(guard.check("brouillon-prive").reason().startsWith("Seules les données ouvertes sont acceptées"));
    }

    @Test
    void anUnknownDatasetIsRefusedAsNotFound() {
        DatasetCheck check = guard.check("https://www.data.gouv.fr/fr/datasets/ce-jeu-n-existe-pas/");

        assertEquals(DatasetVerdict.REFUSED, check.verdict());
        assertEquals(DatasetRefusal.NOT_FOUND, check.refusal());
        assertTrue(check.reason().contains("introuvable"));
    }

    @Test
    void aLicenceWrittenByItsProducerWaitsForAnAnimateur() {
        DatasetCheck check = guard.check("decisions-de-justice-anonymisees");

        assertEquals(DatasetVerdict.TO_REVIEW, check.verdict());
        assertEquals("other-open", check.licence());
        assertEquals("6411c9a5e1f6d7d0b8a7c3e5", check.datagouvId());
    }

    @Test
    void whenDataGouvFailsTheDatasetWaitsForAnAnimateurAfterABoundedRetry() {
        int before = requestsFor(DataGouvStub.FAILING);

        DatasetCheck check = guard.check(DataGouvStub.FAILING);

        assertUnreachable(check);
        assertEquals(stubUrl + "/fr/datasets/" + DataGouvStub.FAILING + "/", check.url());
        assertEquals(3, requestsFor(DataGouvStub.FAILING) - before, "the first attempt and two retries");
    }

    @Test
    void whenDataGouvIsTooSlowTheDatasetWaitsForAnAnimateur() {
        assertUnreachable(guard.check(DataGouvStub.SLOW));
    }

    @Test
    void whenDataGouvDropsTheConnectionTheDatasetWaitsForAnAnimateur() {
        assertUnreachable(guard.check(DataGouvStub.CUT));
    }

    @Test
    void onceDataGouvKeepsFailingTheGuardStopsAskingAndStillAcceptsNothing() {
        for (int check = 0; check < 4; check++) {
            guard.check(DataGouvStub.FAILING);
        }
        int before = requestsFor(COVID_ID);

        assertUnreachable(guard.check(COVID_ID));
        assertEquals(before, requestsFor(COVID_ID), "the open circuit breaker answers without data.gouv.fr");
    }

    @Test
    void theLicenceListIsAskedOnceAndKept() {
        guard.check(COVID_ID);
        guard.check("decisions-de-justice-anonymisees");

        stub().verifyThat(1, getRequestedFor(urlPathEqualTo("/api/1/datasets/licenses/")));
    }

    @Test
    void whatIsNotADataGouvDatasetIsABadRequest() {
        DatasetCheck check = guard.check("https://www.insee.fr/fr/statistiques/serie/001688370");

        assertEquals(DatasetRefusal.NOT_A_DATAGOUV_REFERENCE, check.refusal());
        ApiException refusal = assertThrows(ApiException.class, () -> check.unlessRefused("dataset"));
        assertEquals(400, refusal.type().status());
    }

    @Test
    void aRefusalBecomesA422ThatExplainsTheRule() {
        ApiException refusal = assertThrows(
                ApiException.class, () -> guard.check("jeu-sans-licence").unlessRefused("dataset"));

        assertEquals(422, refusal.type().status());
        assertTrue(refusal.getMessage().startsWith("Seules les données ouvertes sont acceptées"));
    }

    @Test
    void aDatasetPublishedElsewhereWaitsForAnAnimateur() {
        DatasetCheck check = guard.checkOutside(
                "Indice des prix à la consommation",
                "Insee",
                "https://www.insee.fr/fr/statistiques/serie/001688370",
                "lov2");

        assertEquals(DatasetVerdict.TO_REVIEW, check.verdict());
        assertTrue(check.reason().startsWith("À vérifier"));
        assertNull(check.datagouvId());
    }

    @Test
    void aDataGouvAddressGivenAsElsewhereIsCheckedOnDataGouv() {
        DatasetCheck check =
                guard.checkOutside("Brouillon", "Moi", "https://www.data.gouv.fr/fr/datasets/brouillon-prive/", "lov2");

        assertEquals(DatasetRefusal.PRIVATE, check.refusal());
    }

    private void assertRefused(String reference, DatasetRefusal expected) {
        DatasetCheck check = guard.check(reference);
        assertEquals(DatasetVerdict.REFUSED, check.verdict(), reference);
        assertEquals(expected, check.refusal(), reference);
        assertEquals(expected.explanation, check.reason(), reference);
    }

    private static void assertUnreachable(DatasetCheck check) {
        assertEquals(DatasetVerdict.TO_REVIEW, check.verdict());
        assertNull(check.refusal());
        assertTrue(check.reason().contains("data.gouv.fr ne répond pas"), check.reason());
    }

    private int requestsFor(String idOrSlug) {
        return stub().find(getRequestedFor(urlPathEqualTo(DataGouvStub.datasetPathOf(idOrSlug))))
                .size();
    }

    private WireMock stub() {
        URI address = URI.create(stubUrl);
        return new WireMock(address.getHost(), address.getPort());
    }
}
