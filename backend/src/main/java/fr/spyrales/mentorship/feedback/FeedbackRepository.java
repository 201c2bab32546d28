package fr.spyrales.mentorship.feedback;

import fr.spyrales.mentorship.Mentorship;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class FeedbackRepository implements PanacheRepositoryBase<MentorshipFeedback, MentorshipFeedback.Key> {

    boolean hasGiven(UUID mentorshipId, UUID authorId) {
        return count("mentorshipId = ?1 and authorId = ?2", mentorshipId, authorId) > 0;
    }

    /** The feedback given on a pairing: none, one or both sides. */
    List<MentorshipFeedback> onPairing(UUID mentorshipId) {
        return list("mentorshipId", mentorshipId);
    }

    /** The feedback given on several pairings in one query, by pairing. */
    Map<UUID, List<MentorshipFeedback>> onPairings(List<UUID> mentorshipIds) {
        if (mentorshipIds.isEmpty()) {
            return Map.of();
        }
        return list("mentorshipId in ?1", mentorshipIds).stream().collect(Collectors.groupingBy(f -> f.mentorshipId));
    }

    /** A member's pairings, either side, where someone gave feedback, oldest first, with both parties. */
    List<Mentorship> ratedPairingsOf(UUID memberId) {
        return getEntityManager()
                .createQuery("""
                        from Mentorship m join fetch m.mentee join fetch m.mentor
                        where (fk(m.mentee) = :id or fk(m.mentor) = :id)
                          and exists (from MentorshipFeedback f where f.mentorshipId = m.id)
                        order by m.requestedAt, m.id""", Mentorship.class)
                .setParameter("id", memberId)
                .getResultList();
    }

    List<MentorshipFeedback> commentedBy(UUID authorId) {
        return list("authorId = ?1 and comment is not null", authorId);
    }
}
