package fr.spyrales.challenge;

import fr.spyrales.common.IdPage;
import fr.spyrales.common.ListCounting;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The entries to challenges. */
@ApplicationScoped
public class EntryRepository implements PanacheRepositoryBase<ChallengeEntry, UUID> {
    private final ListCounting counting;

    EntryRepository(ListCounting counting) {
        this.counting = counting;
    }

    Optional<ChallengeEntry> mine(UUID challengeId, UUID memberId) {
        return find("challengeId = ?1 and memberId = ?2", challengeId, memberId).firstResultOptional();
    }

    Optional<ChallengeEntry> mineForUpdate(UUID challengeId, UUID memberId) {
        return find("challengeId = ?1 and memberId = ?2", challengeId, memberId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    Optional<ChallengeEntry> inChallenge(UUID challengeId, UUID entryId) {
        return findByIdOptional(entryId).filter(e -> e.challengeId.equals(challengeId));
    }

    Optional<ChallengeEntry> inChallengeForUpdate(UUID challengeId, UUID entryId) {
        return findByIdOptional(entryId, LockModeType.PESSIMISTIC_WRITE).filter(e -> e.challengeId.equals(challengeId));
    }

    long countIn(UUID challengeId) {
        return count("challengeId", challengeId);
    }

    /** The number of entries of each of these challenges (absent when none). */
    Map<UUID, Long> counts(Collection<UUID> challengeIds) {
        if (challengeIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery(
                        "select e.challengeId, count(e) from ChallengeEntry e where e.challengeId in :ids "
                                + "group by e.challengeId",
                        Object[].class)
                .setParameter("ids", challengeIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).longValue()));
    }

    /** Which of these challenges the member entered. */
    java.util.Set<UUID> enteredBy(UUID memberId, Collection<UUID> challengeIds) {
        if (challengeIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(getEntityManager()
                .createQuery(
                        "select e.challengeId from ChallengeEntry e where e.memberId = :member and e.challengeId in :ids",
                        UUID.class)
                .setParameter("member", memberId)
                .setParameter("ids", challengeIds)
                .getResultList());
    }

    /**
     * A page of a challenge's entries, highlighted first, then by kudos, then the first submitted; only the
     * author's own entry when {@code onlyOf} is given.
     */
    IdPage page(UUID challengeId, UUID onlyOf, int size, long offset) {
        Map<String, Object> params = new HashMap<>();
        params.put("challenge", challengeId);
        String where = "e.challenge_id = :challenge";
        if (onlyOf != null) {
            where += " AND e.member_id = :member";
            params.put("member", onlyOf);
        }
        return IdPage.read(
                getEntityManager(),
                counting,
                "challenge_entry e",
                where,
                params,
                false,
                "(e.highlighted_at IS NULL), (SELECT count(*) FROM challenge_kudos k WHERE k.entry_id = e.id) DESC,"
                        + " e.submitted_at, e.id",
                size,
                offset);
    }

    List<ChallengeEntry> loadInOrder(List<UUID> ids) {
        Map<UUID, ChallengeEntry> byId =
                list("id in ?1", ids).stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<ChallengeEntry> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    List<ChallengeEntry> ofMember(UUID memberId) {
        return list("memberId = ?1 order by submittedAt, id", memberId);
    }

    /** The member's entries, with (by cascade) the kudos and comments they received. */
    void deleteAllOf(UUID memberId) {
        delete("memberId", memberId);
    }
}
