package fr.spyrales.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a member reports a project. Stored (project_report.reason). */
@Schema(
        name = "ProjectReportReason",
        description = "NOT_OPEN_DATA : données non ouvertes ou confidentielles ; INAPPROPRIATE : contenu inapproprié ;"
                + " ABANDONED : projet abandonné ; OTHER : autre (le commentaire est alors obligatoire).")
public enum ProjectReportReason {
    NOT_OPEN_DATA,
    INAPPROPRIATE,
    ABANDONED,
    OTHER
}
