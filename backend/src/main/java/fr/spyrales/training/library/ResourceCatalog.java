package fr.spyrales.training.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The library's door for the other parts of training (learning paths): a resource's facts and state by id, read in
 * one query for many ids. Everything else about resources stays behind the library's own services.
 */
@ApplicationScoped
public class ResourceCatalog {
    private final TrainingResourceRepository resources;
    private final ResourceMarkRepository marks;

    ResourceCatalog(TrainingResourceRepository resources, ResourceMarkRepository marks) {
        this.resources = resources;
        this.marks = marks;
    }

    /** What a path shows of a resource in one of its steps. */
    public record CatalogEntry(
            UUID id,
            String title,
            String url,
            ResourceType type,
            ResourceLevel level,
            ProgrammingLanguage programmingLanguage,
            Integer durationMinutes,
            ResourceStatus status) {
        public boolean published() {
            return status == ResourceStatus.PUBLISHED;
        }
    }

    /** The resources with these ids (unknown ids are left out), whatever their state. */
    @Transactional
    public Map<UUID, CatalogEntry> byIds(Collection<UUID> ids) {
        return index(resources.byIds(Set.copyOf(ids)));
    }

    /**
     * The resources with these ids, share-locked until the caller's transaction ends: a path that checks they are
     * all published before publishing itself cannot see one withdrawn under it. Call within a transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, CatalogEntry> byIdsLockedForShare(Collection<UUID> ids) {
        return index(resources.byIdsLockedForShare(Set.copyOf(ids)));
    }

    /** Among these resources, the ones the member marked done in the library. */
    @Transactional
    public Set<UUID> doneBy(UUID memberId, Collection<UUID> ids) {
        return marks.doneAmong(memberId, Set.copyOf(ids));
    }

    private static Map<UUID, CatalogEntry> index(List<TrainingResource> list) {
        return list.stream()
                .map(r -> new CatalogEntry(
                        r.id, r.title, r.url, r.type, r.level, r.programmingLanguage, r.durationMinutes, r.status))
                .collect(Collectors.toMap(CatalogEntry::id, Function.identity()));
    }
}
