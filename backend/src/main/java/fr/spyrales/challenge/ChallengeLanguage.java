package fr.spyrales.challenge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The language a challenge suggests. */
@Schema(name = "ChallengeLanguage", description = "Langage suggéré : Python, R, ou l'un ou l'autre.")
public enum ChallengeLanguage {
    PYTHON,
    R,
    BOTH
}
