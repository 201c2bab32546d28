package fr.spyrales.mentorship.report;

import java.util.UUID;

/** Fired inside the transaction that files a report, so that the animateurs' notifications are written with it. */
public record ReportFiled(UUID mentorshipId, UUID reportId, UUID authorId) {}
