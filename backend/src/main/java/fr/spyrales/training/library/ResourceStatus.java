package fr.spyrales.training.library;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ResourceStatus",
        description = "État d'une ressource : proposée (en relecture), publiée, refusée, retirée.")
public enum ResourceStatus {
    PROPOSED,
    PUBLISHED,
    REJECTED,
    WITHDRAWN
}
