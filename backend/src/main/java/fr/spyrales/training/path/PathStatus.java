package fr.spyrales.training.path;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a learning path stands: written by its author, open to every member, or withdrawn from the lists. */
@Schema(
        name = "PathStatus",
        description = "DRAFT : en préparation, visible de son auteur et des animateurs ; PUBLISHED : ouvert à tous ;"
                + " ARCHIVED : retiré des listes, ses suiveurs gardent leur progression.")
public enum PathStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
