package fr.spyrales.challenge;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Comments on entries; deleted ones stay, recorded, and are never shown. */
@ApplicationScoped
public class EntryCommentRepository implements PanacheRepositoryBase<EntryComment, UUID> {
    /** A page of the entry's live comments, the oldest first, and their total. */
    PanacheQuery<EntryComment> liveOf(UUID entryId, int page, int size) {
        return find("entryId = ?1 and deletedAt is null order by createdAt, id", entryId)
                .page(Page.of(page, size));
    }

    Optional<EntryComment> liveInEntryForUpdate(UUID entryId, UUID commentId) {
        return findByIdOptional(commentId, LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> c.entryId.equals(entryId) && c.deletedAt == null);
    }

    /** The live comments of each of these entries (absent when none). */
    Map<UUID, Long> counts(Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery(
                        "select c.entryId, count(c) from EntryComment c where c.entryId in :ids and c.deletedAt is null"
                                + " group by c.entryId",
                        Object[].class)
                .setParameter("ids", entryIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).longValue()));
    }

    List<EntryComment> ofAuthor(UUID memberId) {
        return list("authorId = ?1 order by createdAt, id", memberId);
    }

    void deleteAllOf(UUID memberId) {
        delete("authorId", memberId);
    }
}
