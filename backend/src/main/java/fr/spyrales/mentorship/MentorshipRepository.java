package fr.spyrales.mentorship;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MentorshipRepository implements PanacheRepositoryBase<Mentorship, UUID> {

    public Optional<Mentorship> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public long countActiveAsMentor(UUID mentorId) {
        return count("mentor.id = ?1 and status in ?2", mentorId, MentorshipStatus.ACTIVE);
    }

    public long countPendingAsMentee(UUID menteeId) {
        return count("mentee.id = ?1 and status = ?2", menteeId, MentorshipStatus.PENDING);
    }

    public boolean hasActiveAsMentee(UUID menteeId) {
        return count("mentee.id = ?1 and status in ?2", menteeId, MentorshipStatus.ACTIVE) > 0;
    }

    public boolean hasOpenBetween(UUID menteeId, UUID mentorId) {
        return count("mentee.id = ?1 and mentor.id = ?2 and status in ?3", menteeId, mentorId, MentorshipStatus.OPEN) > 0;
    }

    public boolean hasDeclinedBetween(UUID menteeId, UUID mentorId) {
        return count("mentee.id = ?1 and mentor.id = ?2 and status = ?3", menteeId, mentorId, MentorshipStatus.DECLINED) > 0;
    }
}
