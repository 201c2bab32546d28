package fr.spyrales.mentorship.goal;

import fr.spyrales.mentorship.MentorshipGoal;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Goals are only ever looked up through their pairing: a goal of another pairing is not found. */
@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<MentorshipGoal, UUID> {

    public Optional<MentorshipGoal> findInPairing(UUID mentorshipId, UUID goalId) {
        return find("id = ?1 and mentorship.id = ?2", goalId, mentorshipId).firstResultOptional();
    }

    public List<MentorshipGoal> listInPairing(UUID mentorshipId) {
        return list(
                "from MentorshipGoal g left join fetch g.createdBy where g.mentorship.id = ?1 order by g.position, g.createdAt, g.id",
                mentorshipId);
    }

    public long countInPairing(UUID mentorshipId) {
        return count("mentorship.id", mentorshipId);
    }

    public int nextPosition(UUID mentorshipId) {
        Integer last = getEntityManager()
                .createQuery("select max(g.position) from MentorshipGoal g where g.mentorship.id = :id", Integer.class)
                .setParameter("id", mentorshipId)
                .getSingleResult();
        return last == null ? 0 : last + 1;
    }

    /** The comments of a pairing's goals, oldest first. */
    public List<GoalComment> commentsInPairing(UUID mentorshipId) {
        return getEntityManager()
                .createQuery("""
                        from GoalComment c left join fetch c.author
                        where c.goal.mentorship.id = :id order by c.createdAt, c.id""", GoalComment.class)
                .setParameter("id", mentorshipId)
                .getResultList();
    }

    public List<GoalComment> commentsOf(UUID goalId) {
        return getEntityManager()
                .createQuery(
                        "from GoalComment c left join fetch c.author where c.goal.id = :id order by c.createdAt, c.id",
                        GoalComment.class)
                .setParameter("id", goalId)
                .getResultList();
    }

    public long countComments(UUID goalId) {
        return getEntityManager()
                .createQuery("select count(c) from GoalComment c where c.goal.id = :id", Long.class)
                .setParameter("id", goalId)
                .getSingleResult();
    }

    public Optional<GoalComment> findComment(UUID goalId, UUID commentId) {
        return getEntityManager()
                .createQuery(
                        "from GoalComment c left join fetch c.author where c.id = :comment and c.goal.id = :goal",
                        GoalComment.class)
                .setParameter("comment", commentId)
                .setParameter("goal", goalId)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** Persists a new goal and reads back what the database sets (its creation time). */
    void persistCreated(MentorshipGoal goal) {
        persistAndFlush(goal);
        getEntityManager().refresh(goal);
    }

    void persistComment(GoalComment comment) {
        getEntityManager().persist(comment);
    }

    /** A member's pairings' goals, either side, by pairing from the oldest, with their authors. */
    List<MentorshipGoal> inPairingsOf(UUID memberId) {
        return list("""
                from MentorshipGoal g left join fetch g.createdBy
                where g.mentorship.mentee.id = ?1 or g.mentorship.mentor.id = ?1
                order by g.mentorship.requestedAt, g.mentorship.id, g.position, g.createdAt, g.id""", memberId);
    }

    /** The comments on a member's pairings' goals, either side, oldest first, with their authors. */
    List<GoalComment> commentsInPairingsOf(UUID memberId) {
        return getEntityManager()
                .createQuery("""
                        from GoalComment c left join fetch c.author
                        where c.goal.mentorship.mentee.id = :id or c.goal.mentorship.mentor.id = :id
                        order by c.createdAt, c.id""", GoalComment.class)
                .setParameter("id", memberId)
                .getResultList();
    }

    List<MentorshipGoal> createdBy(UUID memberId) {
        return list("createdBy.id", memberId);
    }

    List<GoalComment> commentsBy(UUID authorId) {
        return getEntityManager()
                .createQuery("from GoalComment c where c.author.id = :id", GoalComment.class)
                .setParameter("id", authorId)
                .getResultList();
    }
}
