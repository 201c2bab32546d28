package fr.spyrales.training.path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Who follows which path (table learning_path_follow). */
@ApplicationScoped
class PathFollowRepository {
    private final EntityManager em;

    PathFollowRepository(EntityManager em) {
        this.em = em;
    }

    /** Following a path twice changes nothing. */
    void follow(UUID pathId, UUID memberId) {
        em.createNativeQuery("INSERT INTO learning_path_follow (path_id, member_id) VALUES (:path, :member)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter("path", pathId)
                .setParameter("member", memberId)
                .executeUpdate();
    }

    void unfollow(UUID pathId, UUID memberId) {
        em.createNativeQuery("DELETE FROM learning_path_follow WHERE path_id = :path AND member_id = :member")
                .setParameter("path", pathId)
                .setParameter("member", memberId)
                .executeUpdate();
    }

    boolean follows(UUID pathId, UUID memberId) {
        return !em.createNativeQuery("SELECT 1 FROM learning_path_follow WHERE path_id = :path AND member_id = :member")
                .setParameter("path", pathId)
                .setParameter("member", memberId)
                .getResultList()
                .isEmpty();
    }

    /** Which of these paths the member follows. */
    Set<UUID> followedAmong(List<UUID> pathIds, UUID memberId) {
        if (pathIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "SELECT path_id FROM learning_path_follow WHERE path_id IN (:ids) AND member_id = :member",
                        UUID.class)
                .setParameter("ids", pathIds)
                .setParameter("member", memberId)
                .getResultList();
        return new HashSet<>(ids);
    }

    /** The member's follows: path id, title and when, oldest first. */
    List<Object[]> followsOf(UUID memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT p.id, p.title, f.followed_at FROM learning_path_follow f JOIN learning_path p"
                                + " ON p.id = f.path_id WHERE f.member_id = :member ORDER BY f.followed_at, p.id",
                        Object[].class)
                .setParameter("member", memberId)
                .getResultList();
        return rows;
    }

    void forgetFollowsOf(UUID memberId) {
        em.createNativeQuery("DELETE FROM learning_path_follow WHERE member_id = :member")
                .setParameter("member", memberId)
                .executeUpdate();
    }

    static OffsetDateTime time(Object value) {
        return value instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC) : (OffsetDateTime) value;
    }
}
