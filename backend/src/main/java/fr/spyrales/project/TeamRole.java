package fr.spyrales.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team member's role: leads edit the project and answer the requests to join it. */
@Schema(name = "ProjectTeamRole", description = "LEAD : responsable du projet ; MEMBER : membre de l'équipe.")
public enum TeamRole {
    LEAD,
    MEMBER
}
