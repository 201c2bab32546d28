package fr.spyrales.opendata;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DatasetRepository implements PanacheRepositoryBase<Dataset, UUID> {
    List<Dataset> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    Optional<Dataset> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The review queue's page: datasets « à vérifier », oldest declaration first. */
    List<Dataset> toReview(int page, int size) {
        return find("state = ?1 order by declaredAt, id", DatasetState.TO_REVIEW)
                .page(Page.of(page, size))
                .list();
    }

    long countToReview() {
        return count("state", DatasetState.TO_REVIEW);
    }

    /**
     * Claims up to {@code batch} datasets stored while data.gouv.fr did not answer and not asked about for
     * {@code after}, the longest waiting first: their checked_at moves to now, so that another instance (or the next
     * run) leaves them alone for {@code after}; rows another instance holds are skipped.
     */
    List<UUID> claimUnreachable(int batch, Duration after) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery("""
                        UPDATE dataset d SET checked_at = now()
                         WHERE d.id IN (SELECT id FROM dataset
                                         WHERE pending = 'UNREACHABLE'
                                           AND checked_at <= now() - make_interval(secs => :after)
                                         ORDER BY checked_at, id
                                         LIMIT :batch
                                           FOR UPDATE SKIP LOCKED)
                        RETURNING d.id""")
                .setParameter("after", (double) after.toMillis() / 1000)
                .setParameter("batch", batch)
                .getResultList();
        return ids;
    }
}
