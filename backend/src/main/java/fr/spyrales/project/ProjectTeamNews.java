package fr.spyrales.project;

import java.util.List;
import java.util.UUID;

/**
 * Something happened in a project's team that its members should hear of: fired synchronously inside the change's
 * transaction, observed by the notifications.
 *
 * @param recipients who is told: the leads of a new request, the requester of the answer, the promoted member
 * @param reason the lead's reason when they declined, the animateur's note on a reviewed dataset, else null
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
        DATASET_REFUSED
    }
}
