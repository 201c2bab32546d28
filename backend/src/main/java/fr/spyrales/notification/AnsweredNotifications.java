package fr.spyrales.notification;

import fr.spyrales.member.NotificationKind;
import fr.spyrales.mentorship.MentorshipChanged;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.mentorship.PartyActed;
import fr.spyrales.mentorship.report.ReportResolved;
import fr.spyrales.project.JoinRequestAnswered;
import fr.spyrales.project.ProjectReportsSettled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A notification that asks for something is read once its recipient has done it: the mentor who answers a request,
 * the party who gives their feedback or notes a session, the lead who answers a join request, the animateur who
 * resolves a report (and, for a reported project, every animateur once no report of it is open). Observes the action synchronously, inside its transaction: the notification is read with it.
 */
@ApplicationScoped
public class AnsweredNotifications {
    /** What the mentor's answer (acceptance or decline) settles. */
    private static final Set<NotificationKind> REQUEST_ANSWERED =
            Set.of(NotificationKind.MENTORSHIP_REQUESTED, NotificationKind.REMINDER_PENDING_REQUEST);

    private final NotificationRepository notifications;

    AnsweredNotifications(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    void onChange(@Observes MentorshipChanged change) {
        if (change.actorId() == null || change.from() != MentorshipStatus.PENDING) {
            return;
        }
        Set<NotificationKind> settled = switch (change.to()) {
            case ACCEPTED, DECLINED -> REQUEST_ANSWERED;
            // The mentee answers the programme's proposal by withdrawing it.
            case WITHDRAWN -> Set.of(NotificationKind.MENTORSHIP_PROPOSED);
            default -> Set.of();
        };
        if (!settled.isEmpty()) {
            notifications.markReadAbout(change.actorId(), change.mentorshipId(), settled, OffsetDateTime.now());
        }
    }

    void onAct(@Observes PartyActed act) {
        List<NotificationKind> settled = switch (act.act()) {
            case SESSION_LOGGED -> List.of(NotificationKind.REMINDER_NO_SESSION);
            case FEEDBACK_GIVEN -> List.of(NotificationKind.FEEDBACK_ASKED, NotificationKind.REMINDER_FEEDBACK);
        };
        notifications.markReadAbout(act.memberId(), act.mentorshipId(), settled, OffsetDateTime.now());
    }

    void onJoinRequestAnswered(@Observes JoinRequestAnswered answered) {
        notifications.markOldestReadLinkingTo(
                answered.leadId(),
                Notifier.projectPath(answered.projectId()),
                NotificationKind.PROJECT_JOIN_REQUESTED,
                OffsetDateTime.now());
    }

    /** Every animateur was told of each report: once none of the project's is open, there is nothing left to do. */
    void onProjectReportsSettled(@Observes ProjectReportsSettled settled) {
        notifications.markAllReadLinkingTo(
                Notifier.reportedProjectPath(settled.projectId()),
                NotificationKind.PROJECT_REPORTED,
                OffsetDateTime.now());
    }

    void onReportResolved(@Observes ReportResolved resolved) {
        notifications.markOldestReadLinkingTo(
                resolved.resolverId(),
                Notifier.mentorshipPath(resolved.mentorshipId()),
                NotificationKind.MENTORSHIP_REPORTED,
                OffsetDateTime.now());
    }
}
