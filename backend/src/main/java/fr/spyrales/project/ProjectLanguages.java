package fr.spyrales.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The languages a project works in. */
@Schema(name = "ProjectLanguages", description = "Langages du projet : Python, R, ou les deux.")
public enum ProjectLanguages {
    PYTHON,
    R,
    BOTH
}
