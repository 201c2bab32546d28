package fr.spyrales.challenge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The language an entry was written in. */
@Schema(name = "ChallengeEntryLanguage", description = "Langage utilisé : Python, R, les deux, ou un autre outil.")
public enum EntryLanguage {
    PYTHON,
    R,
    BOTH,
    OTHER
}
