package fr.spyrales.notification;

import fr.spyrales.member.NotificationKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
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

    /** Marks read the member's unread notifications of these kinds about the pairing. */
    public int markReadAbout(UUID memberId, UUID mentorshipId, Collection<NotificationKind> kinds, OffsetDateTime at) {
        return update(
                "readAt = ?1 where memberId = ?2 and mentorshipId = ?3 and kind in ?4 and readAt is null",
                at,
                memberId,
                mentorshipId,
                kinds);
    }

    /** Marks read, for every member, the unread notifications of this kind that link to `link`. */
    public int markAllReadLinkingTo(String link, NotificationKind kind, OffsetDateTime at) {
        return update("readAt = ?1 where link = ?2 and kind = ?3 and readAt is null", at, link, kind);
    }

    /**
     * Marks read the member's oldest unread notification of this kind that links to `link`: one answer settles one
     * request, so the notifications of the requests still waiting stay unread.
     */
    public void markOldestReadLinkingTo(UUID memberId, String link, NotificationKind kind, OffsetDateTime at) {
        find(
                        "memberId = ?1 and link = ?2 and kind = ?3 and readAt is null",
                        Sort.ascending("createdAt", "id"),
                        memberId,
                        link,
                        kind)
                .firstResultOptional()
                .ifPresent(notification -> notification.readAt = at);
    }

    /**
     * Writes the same notification to every member that `memberCondition` selects (native SQL on `member` aliased
     * `m`, written by the calling code), in one statement.
     */
    int insertForEach(
            String memberCondition,
            java.util.Map<String, Object> parameters,
            NotificationKind kind,
            String title,
            String body,
            String link) {
        var insert = getEntityManager()
                .createNativeQuery("INSERT INTO notification (id, member_id, kind, title, body, link, created_at)"
                        + " SELECT gen_random_uuid(), m.id, :kind, :title, :body, :link, now() FROM member m WHERE "
                        + memberCondition)
                .setParameter("kind", kind.name())
                .setParameter("title", title)
                .setParameter("body", body)
                .setParameter("link", link);
        parameters.forEach(insert::setParameter);
        return insert.executeUpdate();
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
