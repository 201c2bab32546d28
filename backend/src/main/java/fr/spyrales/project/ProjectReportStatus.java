package fr.spyrales.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a project report stands. Stored (project_report.status). */
@Schema(
        name = "ProjectReportStatus",
        description = "OPEN : à traiter par les animateurs ; DISMISSED : classé sans suite ; PROJECT_ARCHIVED : le"
                + " projet a été archivé.")
public enum ProjectReportStatus {
    OPEN,
    DISMISSED,
    PROJECT_ARCHIVED
}
