package fr.spyrales.opendata;

/** Where a dataset stands with the open-data rule. */
public enum DatasetVerdict {
    /** data.gouv.fr publishes it under a licence that the rule accepts. */
    VERIFIED,
    /** Probably open, but a person must confirm it (« à vérifier »). */
    TO_REVIEW,
    /** Not open data, or not found: it cannot be declared. */
    REFUSED
}
