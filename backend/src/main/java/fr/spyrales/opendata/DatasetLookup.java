package fr.spyrales.opendata;

/** What data.gouv.fr answered about a dataset, when it answered at all. */
sealed interface DatasetLookup {
    record Found(DataGouvDataset dataset) implements DatasetLookup {}

    /** 404: no dataset has this id or slug (or it is private and data.gouv.fr hides it). */
    record Missing() implements DatasetLookup {}

    /** 410: data.gouv.fr keeps the address of a deleted dataset and says so. */
    record Deleted() implements DatasetLookup {}
}
