package fr.spyrales.training.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The door the learning paths read resources through: many ids in one call, whatever their state. */
@QuarkusTest
class ResourceCatalogTest {
    @Inject
    LibraryFixtures fixtures;

    @Inject
    ResourceCatalog catalog;

    @Test
    void readsManyResourcesWithTheirStateAndTheMembersDoneMarks() {
        UUID published = fixtures.published(Map.of("title", "Une ressource publiée"));
        UUID withdrawn = fixtures.published(Map.of());
        fixtures.withdraw(fixtures.animateur("Karim"), withdrawn);
        UUID unknown = UUID.randomUUID();
        Map<UUID, ResourceCatalog.CatalogEntry> found = catalog.byIds(List.of(published, withdrawn, unknown));
        assertEquals(Set.of(published, withdrawn), found.keySet());
        assertEquals("Une ressource publiée", found.get(published).title());
        assertEquals(ResourceStatus.WITHDRAWN, found.get(withdrawn).status());
        assertEquals(true, found.get(published).published());
        assertEquals(
                ResourceStatus.PUBLISHED,
                QuarkusTransaction.requiringNew()
                        .call(() -> catalog.byIdsLockedForShare(List.of(published)))
                        .get(published)
                        .status());

        Account lea = fixtures.member("Léa");
        lea.as()
                .put(LibraryFixtures.RESOURCES + "/" + withdrawn + "/done")
                .then()
                .statusCode(204);
        assertEquals(Set.of(withdrawn), catalog.doneBy(lea.id(), List.of(published, withdrawn)));
    }
}
