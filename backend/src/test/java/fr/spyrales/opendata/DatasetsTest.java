package fr.spyrales.opendata;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The door through which projects and challenges store the datasets they declare. */
@QuarkusTest
class DatasetsTest {
    private static final String COVID_ID = "5e7e104ace2080d9162b61d8";

    @Inject
    OpenDataGuard guard;

    @Inject
    Datasets datasets;

    @Inject
    TestAccounts accounts;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void closeTheCircuitBreakers() {
        circuitBreakers.resetAll();
    }

    @Test
    void aVerifiedAndAToReviewDatasetAreStoredWithTheirFactsAndReadBackInTheOrderAsked() {
        UUID member = accounts.quickMember("Déclarante", "Jeux", m -> {}).id();
        DatasetCheck covid = guard.check(COVID_ID);
        DatasetCheck otherOpen = guard.check("decisions-de-justice-anonymisees");
        DatasetCheck outside = guard.checkOutside(
                "Recensement de la population", "Insee", "https://www.insee.fr/fr/statistiques/1893198", "lov2");

        List<UUID> ids = QuarkusTransaction.requiringNew()
                .call(() -> List.of(
                        datasets.record(outside, member),
                        datasets.record(covid, member),
                        datasets.record(otherOpen, member)));
        List<DatasetView> views = datasets.views(List.of(ids.get(2), UUID.randomUUID(), ids.get(0), ids.get(1)));

        assertEquals(
                List.of(ids.get(2), ids.get(0), ids.get(1)),
                views.stream().map(DatasetView::id).toList());
        DatasetView verified = views.get(2);
        assertAll(
                () -> assertEquals(DatasetState.VERIFIED, verified.state()),
                () -> assertNull(verified.pending()),
                () -> assertEquals(COVID_ID, verified.datagouvId()),
                () -> assertEquals("Santé publique France", verified.producer()),
                () -> assertEquals("lov2", verified.licence()),
                () -> assertEquals(covid.reason(), verified.reason()),
                () -> assertEquals(
                        covid.lastModified().toInstant(),
                        verified.lastModified().toInstant()),
                () -> assertEquals(DatasetState.TO_REVIEW, views.get(0).state()),
                () -> assertEquals(DatasetPending.LICENCE, views.get(0).pending()),
                () -> assertEquals(DatasetState.TO_REVIEW, views.get(1).state()),
                () -> assertEquals(DatasetPending.OUTSIDE, views.get(1).pending()),
                () -> assertEquals("Insee", views.get(1).producer()));
        assertEquals(verified, datasets.view(ids.get(1)).orElseThrow());
    }

    @Test
    void whenDataGouvDoesNotAnswerTheDatasetIsStoredToReviewAndNeverVerified() {
        DatasetCheck unreachable = guard.check(DataGouvStub.FAILING);

        UUID id = QuarkusTransaction.requiringNew().call(() -> datasets.record(unreachable, null));

        DatasetView stored = datasets.view(id).orElseThrow();
        assertEquals(DatasetState.TO_REVIEW, stored.state());
        assertEquals(DatasetPending.UNREACHABLE, stored.pending());
        assertTrue(stored.reason().contains("data.gouv.fr ne répond pas"), stored.reason());
    }

    @Test
    void aRefusedCheckIsNeverStoredAndNothingIsStoredOutsideATransaction() {
        DatasetCheck refused = guard.check("tableaux-de-bord-internes");

        assertThrows(
                IllegalArgumentException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> datasets.record(refused, null)));
        assertThrows(TransactionalException.class, () -> datasets.record(guard.check(COVID_ID), null));
    }

    @Test
    void aDiscardedDatasetIsGone() {
        UUID id = QuarkusTransaction.requiringNew().call(() -> datasets.record(guard.check(COVID_ID), null));

        QuarkusTransaction.requiringNew().run(() -> datasets.discard(id));

        assertTrue(datasets.view(id).isEmpty());
    }
}
