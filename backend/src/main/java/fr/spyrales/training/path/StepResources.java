package fr.spyrales.training.path;

import fr.spyrales.training.library.ResourceCatalog;
import fr.spyrales.training.library.ResourceCatalog.CatalogEntry;
import fr.spyrales.training.path.PathDtos.StepResource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The library's resources as the steps of a path show them, read through the library's door by ids. */
@ApplicationScoped
class StepResources {
    private final ResourceCatalog catalog;

    StepResources(ResourceCatalog catalog) {
        this.catalog = catalog;
    }

    Map<UUID, StepResource> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : shown(catalog.byIds(ids));
    }

    /**
     * Share-locked until the transaction ends: a resource checked published when it becomes a step, or when its path
     * is published, cannot be withdrawn meanwhile.
     */
    Map<UUID, StepResource> byIdsLockedForShare(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : shown(catalog.byIdsLockedForShare(ids));
    }

    Optional<StepResource> byId(UUID id) {
        return Optional.ofNullable(byIds(List.of(id)).get(id));
    }

    Optional<StepResource> byIdLockedForShare(UUID id) {
        return Optional.ofNullable(byIdsLockedForShare(List.of(id)).get(id));
    }

    private static Map<UUID, StepResource> shown(Map<UUID, CatalogEntry> entries) {
        return entries.values().stream()
                .collect(Collectors.toMap(
                        CatalogEntry::id,
                        e -> new StepResource(
                                e.id(),
                                e.title(),
                                e.url(),
                                e.type(),
                                e.level(),
                                e.programmingLanguage(),
                                e.durationMinutes(),
                                e.status())));
    }
}
