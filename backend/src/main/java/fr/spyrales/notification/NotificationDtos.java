package fr.spyrales.notification;

import fr.spyrales.member.NotificationKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the notification endpoints. */
public final class NotificationDtos {
    private NotificationDtos() {}

    @Schema(name = "Notification")
    public record NotificationView(
            @Schema(required = true) UUID id,
            @Schema(required = true) NotificationKind kind,

            @Schema(description = "Le mentorat concerné ; null si la notification ne porte pas sur un mentorat.")
            UUID mentorshipId,

            @Schema(required = true, example = "Léa Novice vous demande un mentorat")
            String title,

            @Schema(
                    required = true,
                    example = "Acceptez ou déclinez sa demande. Sans réponse sous 14 jours, elle expirera.")
            String body,

            @Schema(
                    required = true,
                    description = "Chemin dans l'application, à ouvrir au clic.",
                    example = "/mentorats/0b5e7c1a-3f1d-4c5e-9a57-2f7d1c3e4b6a")
            String link,

            @Schema(required = true) OffsetDateTime createdAt,

            @Schema(description = "null tant que la notification n'est pas lue.")
            OffsetDateTime readAt) {}

    @Schema(
            name = "NotificationPage",
            description = "Une page de notifications, les plus récentes d'abord, et le nombre de non lues.")
    public record NotificationPage(
            @Schema(required = true) List<NotificationView> items,
            @Schema(required = true, example = "0") int page,
            @Schema(required = true, example = "20") int size,
            @Schema(required = true, example = "42") long total,

            @Schema(
                    required = true,
                    description = "Nombre de notifications non lues (toutes pages confondues).",
                    example = "3")
            long unread) {}
}
