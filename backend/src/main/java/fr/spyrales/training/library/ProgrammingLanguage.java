package fr.spyrales.training.library;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ProgrammingLanguage",
        description = "Langage de programmation : PYTHON, R, BOTH (les deux), NONE (aucun).")
public enum ProgrammingLanguage {
    PYTHON,
    R,
    BOTH,
    NONE
}
