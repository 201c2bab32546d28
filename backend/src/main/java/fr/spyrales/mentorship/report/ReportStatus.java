package fr.spyrales.mentorship.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MentorshipReportStatus", description = "OPEN : à traiter par les animateurs ; RESOLVED : traité.")
public enum ReportStatus {
    OPEN,
    RESOLVED
}
