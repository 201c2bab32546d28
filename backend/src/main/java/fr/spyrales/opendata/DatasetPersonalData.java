package fr.spyrales.opendata;

import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The datasets a member declared, and those they reviewed as an animateur. On erasure the datasets stay (facts
 * about public open data, which the projects and challenges still declare): who declared and who reviewed them
 * is forgotten (null), and the review notes the member wrote become « contenu supprimé ».
 */
@ApplicationScoped
public class DatasetPersonalData implements PersonalDataSection<DatasetPersonalData.Declared> {
    static final String KEY = "datasets";

    private final DatasetRepository datasets;

    DatasetPersonalData(DatasetRepository datasets) {
        this.datasets = datasets;
    }

    @Schema(
            name = "PersonalDataDatasets",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record Declared(
            @Schema(required = true, description = "Les jeux de données que j'ai déclarés.")
            List<DeclaredDataset> declared,

            @Schema(required = true, description = "Les jeux de données que j'ai vérifiés comme animateur·rice.")
            List<ReviewedDataset> reviewed) {}

    @Schema(name = "PersonalDataDeclaredDataset")
    public record DeclaredDataset(
            @Schema(required = true) UUID datasetId,
            String title,
            String url,
            @Schema(required = true) DatasetState state,
            @Schema(required = true) OffsetDateTime declaredAt) {}

    @Schema(name = "PersonalDataReviewedDataset")
    public record ReviewedDataset(
            @Schema(required = true) UUID datasetId,
            String title,
            @Schema(required = true) DatasetState state,
            @Schema(required = true) OffsetDateTime reviewedAt,
            String reviewNote) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Declared export(UUID memberId) {
        return new Declared(
                datasets.list("declaredBy = ?1 order by declaredAt, id", memberId).stream()
                        .map(d -> new DeclaredDataset(d.id, d.title, d.url, d.state, d.declaredAt))
                        .toList(),
                datasets.list("reviewedBy = ?1 order by reviewedAt, id", memberId).stream()
                        .map(d -> new ReviewedDataset(d.id, d.title, d.state, d.reviewedAt, d.reviewNote))
                        .toList());
    }

    void erase(@Observes MemberErased erased) {
        UUID id = erased.memberId();
        datasets.update(
                "reviewNote = ?2 where reviewedBy = ?1 and reviewNote is not null", id, MemberErased.ERASED_TEXT);
        datasets.update("reviewedBy = null where reviewedBy = ?1", id);
        datasets.update("declaredBy = null where declaredBy = ?1", id);
    }
}
