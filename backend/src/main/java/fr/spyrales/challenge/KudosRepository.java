package fr.spyrales.challenge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Kudos to entries: one per member and entry, the table's key. */
@ApplicationScoped
public class KudosRepository implements PanacheRepositoryBase<Kudos, Kudos.Key> {
    /**
     * Gives the member's kudos, once: a second one (even at the same instant, from another request) is a no-op that
     * the key absorbs, so that giving kudos twice answers as giving them once.
     */
    void give(UUID entryId, UUID memberId) {
        getEntityManager()
                .createNativeQuery("INSERT INTO challenge_kudos (entry_id, member_id) VALUES (:entry, :member)"
                        + " ON CONFLICT (entry_id, member_id) DO NOTHING")
                .setParameter("entry", entryId)
                .setParameter("member", memberId)
                .executeUpdate();
    }

    void takeBack(UUID entryId, UUID memberId) {
        delete("key.entryId = ?1 and key.memberId = ?2", entryId, memberId);
    }

    /** The kudos of each of these entries (absent when none). */
    Map<UUID, Long> counts(Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery(
                        "select k.key.entryId, count(k) from Kudos k where k.key.entryId in :ids group by k.key.entryId",
                        Object[].class)
                .setParameter("ids", entryIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).longValue()));
    }

    /** Which of these entries the member gave kudos to. */
    Set<UUID> givenBy(UUID memberId, Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager()
                .createQuery(
                        "select k.key.entryId from Kudos k where k.key.memberId = :member and k.key.entryId in :ids",
                        UUID.class)
                .setParameter("member", memberId)
                .setParameter("ids", entryIds)
                .getResultList());
    }

    List<Kudos> ofMember(UUID memberId) {
        return list("key.memberId = ?1 order by givenAt", memberId);
    }

    void deleteAllOf(UUID memberId) {
        delete("key.memberId", memberId);
    }
}
