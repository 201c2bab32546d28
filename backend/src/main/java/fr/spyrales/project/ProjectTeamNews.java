package fr.spyrales.project;

import java.util.List;
import java.util.UUID;

/**
 * Something happened in a project's team that its members should hear of: fired synchronously inside the change's
 * transaction, observed by the notifications.
 *
 * @param recipients who is told: the leads of a new request, the requester of the answer, the promoted member, the
 *     team of a project closed from the console, the animateurs of a report, the reporters of a decided report
 * @param reason the lead's reason when they declined, the animateur's note on a reviewed dataset, the animateur's
 *     reason for a closure or an appointment, the animateur's note on a decided report, else null
 */
public record ProjectTeamNews(Kind kind, UUID projectId, String projectTitle, List<UUID> recipients, String reason) {
    public enum Kind {
        JOIN_REQUESTED,
        JOIN_ACCEPTED,
        JOIN_DECLINED,
        PROMOTED,
        /** To the leads: an animateur confirmed a dataset of the project, or data.gouv.fr now shows it open. */
        DATASET_VERIFIED,
        /** To the leads: an animateur refused a dataset of the project, or data.gouv.fr no longer shows it open. */
        DATASET_REFUSED,
        /** To the team: an animateur closed (archived) the project from the console. */
        CLOSED_BY_ANIMATION,
        /** To the member an animateur made a lead from the console. */
        LEAD_APPOINTED,
        /** To the animateurs and admins: a member reported the project. */
        REPORTED,
        /** To the reporter: an animateur dismissed their report. */
        REPORT_DISMISSED,
        /** To the reporters: an animateur archived the project they reported. */
        REPORT_ARCHIVED
    }
}
