package fr.spyrales.notification;

import fr.spyrales.member.NotificationKind;
import fr.spyrales.notification.NotificationDtos.NotificationView;
import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The member's notifications and the reminders sent to them. On erasure, both are deleted; the notifications
 * the other party of each pairing keeps lose the member's name (« Membre supprimé ») and the words of theirs they
 * quote (« contenu supprimé »).
 */
@ApplicationScoped
public class NotificationPersonalData implements PersonalDataSection<NotificationPersonalData.Notifications> {
    static final String KEY = "notifications";

    private final NotificationRepository notifications;
    private final ReminderSentRepository reminders;

    NotificationPersonalData(NotificationRepository notifications, ReminderSentRepository reminders) {
        this.notifications = notifications;
        this.reminders = reminders;
    }

    @Schema(
            name = "PersonalDataNotifications",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record Notifications(
            @Schema(required = true, description = "Les notifications, les plus récentes d'abord.")
            List<NotificationView> items,

            @Schema(required = true, description = "Les rappels envoyés (chacun l'est une fois par mentorat).")
            List<ReminderSent> remindersSent) {}

    @Schema(name = "PersonalDataReminderSent")
    public record ReminderSent(
            @Schema(required = true) NotificationKind kind,
            @Schema(required = true) UUID mentorshipId,
            @Schema(required = true) OffsetDateTime sentAt) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Notifications export(UUID memberId) {
        List<NotificationView> items = notifications.ofMember(memberId).list().stream()
                .map(NotificationService::view)
                .toList();
        return new Notifications(
                items,
                reminders.sentTo(memberId).stream()
                        .map(r -> new ReminderSent(r.kind(), r.mentorshipId(), r.sentAt()))
                        .toList());
    }

    void erase(@Observes MemberErased erased) {
        UUID id = erased.memberId();
        notifications.deleteAllOf(id);
        reminders.deleteSentTo(id);
        notifications.othersAboutPairingsOf(id).forEach(n -> {
            n.title = n.title.replace(erased.formerDisplayName(), MemberErased.ERASED_NAME);
            n.body = Notifier.QUOTED
                    .matcher(n.body.replace(erased.formerDisplayName(), MemberErased.ERASED_NAME))
                    .replaceAll("« " + MemberErased.ERASED_TEXT + " »");
        });
    }
}
