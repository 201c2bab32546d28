package fr.spyrales.training.path;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PathStepRepository implements PanacheRepositoryBase<LearningPathStep, UUID> {
    /** The path's steps, in order. */
    List<LearningPathStep> stepsOf(UUID pathId) {
        return list("pathId = ?1 order by position", pathId);
    }

    Optional<LearningPathStep> findInPath(UUID pathId, UUID stepId) {
        return find("id = ?1 and pathId = ?2", stepId, pathId).firstResultOptional();
    }

    /** The steps of the path this member ticked. */
    Set<UUID> doneIn(UUID pathId, UUID memberId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery(
                        "SELECT d.step_id FROM learning_path_step_done d JOIN learning_path_step s ON s.id = d.step_id"
                                + " WHERE s.path_id = :path AND d.member_id = :member",
                        UUID.class)
                .setParameter("path", pathId)
                .setParameter("member", memberId)
                .getResultList();
        return new HashSet<>(ids);
    }

    /** Ticks the step for the member; ticking it again changes nothing. */
    void markDone(UUID stepId, UUID memberId) {
        getEntityManager()
                .createNativeQuery("INSERT INTO learning_path_step_done (step_id, member_id) VALUES (:step, :member)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter("step", stepId)
                .setParameter("member", memberId)
                .executeUpdate();
    }

    void unmarkDone(UUID stepId, UUID memberId) {
        getEntityManager()
                .createNativeQuery("DELETE FROM learning_path_step_done WHERE step_id = :step AND member_id = :member")
                .setParameter("step", stepId)
                .setParameter("member", memberId)
                .executeUpdate();
    }

    /** Forgets every step the member ticked. */
    void forgetDoneBy(UUID memberId) {
        getEntityManager()
                .createNativeQuery("DELETE FROM learning_path_step_done WHERE member_id = :member")
                .setParameter("member", memberId)
                .executeUpdate();
    }

    /** What the member ticked: the path, its title, the step's position and resource, and when. */
    List<Object[]> doneBy(UUID memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(
                        "SELECT p.id, p.title, s.id, s.position, s.resource_id, d.done_at FROM learning_path_step_done d"
                                + " JOIN learning_path_step s ON s.id = d.step_id JOIN learning_path p ON p.id ="
                                + " s.path_id WHERE d.member_id = :member ORDER BY d.done_at, s.id",
                        Object[].class)
                .setParameter("member", memberId)
                .getResultList();
        return rows;
    }
}
