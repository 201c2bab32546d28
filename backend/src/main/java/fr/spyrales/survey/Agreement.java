package fr.spyrales.survey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SurveyAgreement",
        description = "Accord avec « Je me sens moins seul·e face aux données » : STRONGLY_AGREE (tout à fait "
                + "d'accord), AGREE (plutôt d'accord), DISAGREE (plutôt pas d'accord), STRONGLY_DISAGREE (pas du tout "
                + "d'accord).")
public enum Agreement {
    STRONGLY_AGREE,
    AGREE,
    DISAGREE,
    STRONGLY_DISAGREE
}
