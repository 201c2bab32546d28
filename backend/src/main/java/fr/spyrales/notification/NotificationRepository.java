package fr.spyrales.notification;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** A member's notifications, newest first. */
    public PanacheQuery<Notification> ofMember(UUID memberId) {
        return find("memberId", Sort.descending("createdAt", "id"), memberId);
    }

    public long countUnread(UUID memberId) {
        return count("memberId = ?1 and readAt is null", memberId);
    }

    /** Empty when the notification does not exist or belongs to someone else. */
    public Optional<Notification> findOwned(UUID id, UUID memberId) {
        return find("id = ?1 and memberId = ?2", id, memberId).firstResultOptional();
    }

    public int markAllRead(UUID memberId, OffsetDateTime at) {
        return update("readAt = ?1 where memberId = ?2 and readAt is null", at, memberId);
    }

    public void deleteAllOf(UUID memberId) {
        delete("memberId", memberId);
    }

    /** What the other parties of a member's pairings were told about them. */
    public List<Notification> othersAboutPairingsOf(UUID memberId) {
        return list("""
                memberId <> ?1 and mentorshipId in (select m.id from Mentorship m where m.mentee.id = ?1 or m.mentor.id = ?1)""", memberId);
    }
}
