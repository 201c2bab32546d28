package fr.spyrales.opendata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a declared dataset stands with the open-data rule. */
@Schema(
        name = "DatasetState",
        description = "VERIFIED : données ouvertes vérifiées ; TO_REVIEW : à vérifier par un·e animateur·rice ;"
                + " REFUSED : refusé après vérification (par un·e animateur·rice ou une nouvelle vérification sur"
                + " data.gouv.fr).")
public enum DatasetState {
    VERIFIED,
    TO_REVIEW,
    /** Only ever set by an animateur's review or a re-check: the guard's own refusals are never stored. */
    REFUSED
}
