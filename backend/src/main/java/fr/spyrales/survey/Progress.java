package fr.spyrales.survey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SurveyProgress",
        description = "Progrès ressenti dans un langage grâce à la communauté : A_LOT (beaucoup), SOME (un peu), "
                + "NONE (pas du tout), NOT_USED (je n'utilise pas ce langage).")
public enum Progress {
    A_LOT,
    SOME,
    NONE,
    NOT_USED
}
