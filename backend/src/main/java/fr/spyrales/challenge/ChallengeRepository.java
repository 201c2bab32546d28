package fr.spyrales.challenge;

import fr.spyrales.common.IdPage;
import fr.spyrales.common.ListCounting;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ChallengeRepository implements PanacheRepositoryBase<Challenge, UUID> {
    private final ListCounting counting;

    ChallengeRepository(ListCounting counting) {
        this.counting = counting;
    }

    /**
     * The database's clock, as the triggers of migration V15 read it: the start of the current transaction. Every
     * window (open, closed) is judged by it, so that the service and the database never disagree.
     */
    OffsetDateTime now() {
        return (OffsetDateTime) getEntityManager()
                .createNativeQuery("SELECT now()", OffsetDateTime.class)
                .getSingleResult();
    }

    /** A challenge nobody deleted. */
    Optional<Challenge> findLive(UUID id) {
        return findByIdOptional(id).filter(c -> !c.isDeleted());
    }

    /** Locks a live challenge for a change to it: its dates, its deletion. */
    Optional<Challenge> findLiveForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(c -> !c.isDeleted());
    }

    /**
     * Locks a live challenge against changes while an entry is written: a change of its dates waits for the entry,
     * and the entry is judged on the dates that stand (the database's trigger takes the same lock).
     */
    Optional<Challenge> findLiveForShare(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ).filter(c -> !c.isDeleted());
    }

    /** A page of live challenges of the period (all of them when null), by the database's clock. */
    IdPage page(ChallengePeriod period, int size, long offset) {
        String where = "c.deleted_at IS NULL";
        String order = "c.opens_at DESC, c.id";
        if (period != null) {
            switch (period) {
                case CURRENT -> {
                    where += " AND c.opens_at <= now() AND now() < c.closes_at";
                    order = "c.opens_at DESC, c.id";
                }
                case UPCOMING -> {
                    where += " AND now() < c.opens_at";
                    order = "c.opens_at, c.id";
                }
                case PAST -> {
                    where += " AND c.closes_at <= now()";
                    order = "c.closes_at DESC, c.id";
                }
            }
        }
        return IdPage.read(getEntityManager(), counting, "challenge c", where, Map.of(), false, order, size, offset);
    }

    /** These challenges, in this order. */
    List<Challenge> loadInOrder(List<UUID> ids) {
        Map<UUID, Challenge> byId =
                list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<Challenge> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    /** The live challenges that declare these datasets. */
    List<Challenge> liveDeclaring(java.util.Collection<UUID> datasetIds) {
        return list("datasetId in ?1 and deletedAt is null", datasetIds);
    }

    List<Challenge> createdBy(UUID memberId) {
        return list("createdBy = ?1 order by createdAt, id", memberId);
    }

    /** The titles of these challenges, deleted ones included. */
    Map<UUID, String> titles(java.util.Collection<UUID> ids) {
        return ids.isEmpty()
                ? Map.of()
                : list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, c -> c.title));
    }
}
