package fr.spyrales.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ProjectStatus",
        description = "IDEA : idée ; RECRUITING : recherche d'équipe ; IN_PROGRESS : en cours ; DONE : terminé ; "
                + "ARCHIVED : archivé.")
public enum ProjectStatus {
    IDEA,
    RECRUITING,
    IN_PROGRESS,
    DONE,
    ARCHIVED
}
