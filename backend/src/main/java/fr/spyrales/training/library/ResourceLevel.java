package fr.spyrales.training.library;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResourceLevel", description = "Niveau visé : débutant, intermédiaire, avancé.")
public enum ResourceLevel {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED
}
