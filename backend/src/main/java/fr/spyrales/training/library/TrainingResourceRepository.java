package fr.spyrales.training.library;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class TrainingResourceRepository implements PanacheRepositoryBase<TrainingResource, UUID> {
    /** Locks the resource: every change of its state or its ratings takes this lock first. */
    Optional<TrainingResource> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The resource that holds this normalised address, unless it was rejected (then the address is free). */
    Optional<TrainingResource> findLiveByNormalizedUrl(String normalizedUrl) {
        return find("normalizedUrl = ?1 and status <> ?2", normalizedUrl, ResourceStatus.REJECTED)
                .firstResultOptional();
    }

    /** The resources with these ids, kept in the given order (missing ones left out). */
    List<TrainingResource> loadInOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, TrainingResource> byId =
                list("id in ?1", ids).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<TrainingResource> ordered = new ArrayList<>(ids.size());
        ids.stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(ordered::add);
        return ordered;
    }

    List<TrainingResource> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** The resources with these ids, share-locked: none can change state until the caller's transaction ends. */
    List<TrainingResource> byIdsLockedForShare(Collection<UUID> ids) {
        return ids.isEmpty()
                ? List.of()
                : find("id in ?1 order by id", ids)
                        .withLock(LockModeType.PESSIMISTIC_READ)
                        .list();
    }

    List<TrainingResource> proposedBy(UUID memberId) {
        return list("proposedBy = ?1 order by proposedAt", memberId);
    }

    /** The proposer's resources, locked for their erasure. */
    List<TrainingResource> lockProposedBy(UUID memberId) {
        return find("proposedBy = ?1 order by id", memberId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }
}
