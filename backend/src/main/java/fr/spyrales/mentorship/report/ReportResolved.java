package fr.spyrales.mentorship.report;

import java.util.UUID;

/**
 * Fired inside the transaction that resolves a report; `note` is what the supervisor wrote to its author, if anything;
 * `resolverId` is the supervisor who resolved it.
 */
public record ReportResolved(UUID mentorshipId, UUID reportId, UUID authorId, String note, UUID resolverId) {}
