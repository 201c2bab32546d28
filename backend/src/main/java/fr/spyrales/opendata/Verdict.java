package fr.spyrales.opendata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a dataset stands with the open-data rule. */
@Schema(name = "OpenDataVerdict", description = "Vérifié, à vérifier par un·e animateur·rice, ou refusé.")
public enum Verdict {
    /** data.gouv.fr publishes it under a licence that the rule accepts. */
    VERIFIED,
    /** Probably open, but a person must confirm it (« à vérifier »). */
    TO_REVIEW,
    /** Not open data, or not found: it cannot be declared. */
    REFUSED
}
