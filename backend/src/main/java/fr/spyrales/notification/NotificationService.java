package fr.spyrales.notification;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.PageQuery;
import fr.spyrales.notification.NotificationDtos.NotificationPage;
import fr.spyrales.notification.NotificationDtos.NotificationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A member's own notifications: reading the list and marking them read. */
@ApplicationScoped
public class NotificationService {
    private final NotificationRepository notifications;

    NotificationService(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Transactional
    public NotificationPage list(UUID memberId, PageQuery page) {
        var query = notifications.ofMember(memberId);
        var items = query.page(page.page, page.size).list().stream()
                .map(NotificationService::view)
                .toList();
        return new NotificationPage(items, page.page, page.size, query.count(), notifications.countUnread(memberId));
    }

    /** Marks one notification read; reading it again keeps the first time. Someone else's is a 404. */
    @Transactional
    public void markRead(UUID memberId, UUID id) {
        Notification notification = notifications
                .findOwned(id, memberId)
                .orElseThrow(() -> ApiException.notFound("Cette notification n'existe pas."));
        if (notification.readAt == null) {
            notification.readAt = OffsetDateTime.now();
        }
    }

    @Transactional
    public void markAllRead(UUID memberId) {
        notifications.markAllRead(memberId, OffsetDateTime.now());
    }

    static NotificationView view(Notification n) {
        return new NotificationView(n.id, n.kind, n.mentorshipId, n.title, n.body, n.link, n.createdAt, n.readAt);
    }
}
