package fr.spyrales.mentorship.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions are only ever looked up through their pairing: a session of another pairing is not found. */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<MentorshipSession, UUID> {

    public Optional<MentorshipSession> findInPairing(UUID mentorshipId, UUID sessionId) {
        return find(
                        "from MentorshipSession s left join fetch s.createdBy where s.id = ?1 and s.mentorship.id = ?2",
                        sessionId,
                        mentorshipId)
                .firstResultOptional();
    }

    public long countInPairing(UUID mentorshipId) {
        return count("mentorship.id", mentorshipId);
    }

    /** Most recent first. */
    public List<MentorshipSession> listInPairing(UUID mentorshipId) {
        return list(
                "from MentorshipSession s left join fetch s.createdBy where s.mentorship.id = ?1"
                        + " order by s.heldOn desc, s.createdAt desc, s.id",
                mentorshipId);
    }

    /** The sessions of a member's pairings, either side, by pairing from the oldest, with their authors. */
    List<MentorshipSession> inPairingsOf(UUID memberId) {
        return list("""
                from MentorshipSession s left join fetch s.createdBy
                where s.mentorship.mentee.id = ?1 or s.mentorship.mentor.id = ?1
                order by s.mentorship.requestedAt, s.mentorship.id, s.heldOn, s.createdAt, s.id""", memberId);
    }

    List<MentorshipSession> createdBy(UUID memberId) {
        return list("createdBy.id", memberId);
    }
}
