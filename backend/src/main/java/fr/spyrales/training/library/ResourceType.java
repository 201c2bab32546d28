package fr.spyrales.training.library;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ResourceType",
        description =
                "Nature de la ressource : cours, tutoriel, vidéo, livre, notebook, exercice, documentation, outil.")
public enum ResourceType {
    COURSE,
    TUTORIAL,
    VIDEO,
    BOOK,
    NOTEBOOK,
    EXERCISE,
    DOCUMENTATION,
    TOOL
}
