package fr.spyrales.opendata;

/** Datasets into records. */
final class DatasetMapper {
    private DatasetMapper() {}

    static DatasetView view(Dataset d) {
        return new DatasetView(
                d.id,
                d.state,
                d.pending,
                d.reason,
                d.datagouvId,
                d.title,
                d.producer,
                d.licence,
                d.licenceTitle,
                d.url,
                d.lastModified,
                d.archived,
                d.checkedAt,
                d.reviewedAt,
                d.reviewNote);
    }
}
