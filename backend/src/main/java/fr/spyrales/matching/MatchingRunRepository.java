package fr.spyrales.matching;

import fr.spyrales.common.PageQuery;
import fr.spyrales.matching.MatchingDtos.RunStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MatchingRunRepository implements PanacheRepositoryBase<MatchingRun, UUID> {

    /** Runs start one at a time: each start waits here for the one before it to commit. */
    void waitForOtherStarts() {
        getEntityManager()
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended('spyrales.matching-run.start', 0))")
                .getSingleResult();
    }

    Optional<UUID> findRunningId() {
        return idsIn(RunStatus.RUNNING).stream().findFirst();
    }

    List<UUID> idsIn(RunStatus status) {
        return getEntityManager()
                .createQuery("select r.id from MatchingRun r where r.status = :status", UUID.class)
                .setParameter("status", status)
                .getResultList();
    }

    Optional<MatchingRun> findLocked(UUID id, LockModeType mode) {
        return findByIdOptional(id, mode);
    }

    /** Newest first, with who started each. */
    List<MatchingRun> newestFirst(PageQuery page) {
        return getEntityManager()
                .createQuery(
                        "select r from MatchingRun r join fetch r.startedBy order by r.startedAt desc, r.id",
                        MatchingRun.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size)
                .getResultList();
    }

    List<MatchingRun> byIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    /** The runs a member started or confirmed, oldest first. */
    List<MatchingRun> ledBy(UUID memberId) {
        return list("startedBy.id = ?1 or confirmedBy.id = ?1 order by startedAt, id", memberId);
    }
}
