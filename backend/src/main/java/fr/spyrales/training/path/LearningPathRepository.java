package fr.spyrales.training.path;

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

@ApplicationScoped
public class LearningPathRepository implements PanacheRepositoryBase<LearningPath, UUID> {
    /**
     * Locks the path: every change to it or to its steps takes this lock first, so that two moves of its steps are
     * numbered one after the other (the step ceiling's trigger takes the same lock).
     */
    Optional<LearningPath> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    Optional<LearningPath> findForShare(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    /** The page's paths, kept in the page's order. */
    List<LearningPath> loadInOrder(List<UUID> ids) {
        Map<UUID, LearningPath> byId =
                list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<LearningPath> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    /** The number of steps of each path. */
    Map<UUID, Integer> stepCounts(Collection<UUID> pathIds) {
        return counts(
                "SELECT s.path_id, count(*) FROM learning_path_step s WHERE s.path_id IN (:ids) GROUP BY s.path_id",
                pathIds,
                null);
    }

    /** The number of members following each path. */
    Map<UUID, Integer> followerCounts(Collection<UUID> pathIds) {
        return counts(
                "SELECT f.path_id, count(*) FROM learning_path_follow f WHERE f.path_id IN (:ids) GROUP BY f.path_id",
                pathIds,
                null);
    }

    /** The number of steps of each path this member ticked. */
    Map<UUID, Integer> doneCounts(Collection<UUID> pathIds, UUID memberId) {
        return counts(
                "SELECT s.path_id, count(*) FROM learning_path_step_done d JOIN learning_path_step s ON s.id = d.step_id"
                        + " WHERE s.path_id IN (:ids) AND d.member_id = :member GROUP BY s.path_id",
                pathIds,
                memberId);
    }

    /** Paths written by this member, newest change first. */
    List<LearningPath> authoredBy(UUID memberId) {
        return list("authorId = ?1 order by updatedAt desc", memberId);
    }

    private Map<UUID, Integer> counts(String sql, Collection<UUID> pathIds, UUID memberId) {
        if (pathIds.isEmpty()) {
            return Map.of();
        }
        var query = getEntityManager().createNativeQuery(sql, Object[].class).setParameter("ids", pathIds);
        if (memberId != null) {
            query.setParameter("member", memberId);
        }
        Map<UUID, Integer> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((UUID) columns[0], ((Number) columns[1]).intValue());
        }
        return counts;
    }
}
