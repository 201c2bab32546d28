package fr.spyrales.opendata;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A declared dataset: what the guard found about it, and the animateurs' review. */
@Entity
@Table(name = "dataset")
public class Dataset extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "datagouv_id")
    public String datagouvId;

    public String title;
    public String producer;
    public String licence;

    @Column(name = "licence_title")
    public String licenceTitle;

    public String url;

    @Column(name = "last_modified")
    public OffsetDateTime lastModified;

    public boolean archived;

    @Enumerated(EnumType.STRING)
    public DatasetState state;

    public String reason;

    @Enumerated(EnumType.STRING)
    public DatasetPending pending;

    @Column(name = "declared_by")
    public UUID declaredBy;

    @Column(name = "declared_at")
    public OffsetDateTime declaredAt;

    @Column(name = "checked_at")
    public OffsetDateTime checkedAt;

    @Column(name = "reviewed_by")
    public UUID reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "review_note")
    public String reviewNote;

    /** Takes the guard's facts and verdict (never a refusal of the guard's own, which is not stored). */
    void apply(DatasetCheck check, OffsetDateTime at) {
        takeFacts(check);
        state = DatasetState.valueOf(check.verdict().name());
        pending = check.pending();
        reason = check.reason();
        checkedAt = at;
    }

    /**
     * What a re-check on data.gouv.fr teaches. When data.gouv.fr still does not answer, nothing: a settled dataset
     * is not unsettled by an outage. Otherwise the facts found, and the new verdict, except against an animateur's
     * review: their refusal stands, and so does their confirmation while the licence they read is unchanged (a
     * re-check can still refuse it, when the dataset became private or was deleted).
     *
     * @return whether the state changed
     */
    boolean recheckedAs(DatasetCheck check, OffsetDateTime at) {
        checkedAt = at;
        if (check.pending() == DatasetPending.UNREACHABLE) {
            return false;
        }
        String licenceRead = licence;
        if (check.datagouvId() != null) {
            takeFacts(check);
        }
        DatasetState found = DatasetState.valueOf(check.verdict().name());
        boolean reviewed = reviewedAt != null;
        if (reviewed && state == DatasetState.REFUSED) {
            return false;
        }
        if (reviewed
                && state == DatasetState.VERIFIED
                && found == DatasetState.TO_REVIEW
                && java.util.Objects.equals(check.licence(), licenceRead)) {
            return false;
        }
        DatasetState before = state;
        state = found;
        pending = check.pending();
        reason = check.reason();
        return before != state;
    }

    private void takeFacts(DatasetCheck check) {
        datagouvId = check.datagouvId();
        title = check.title();
        producer = check.producer();
        licence = check.licence();
        licenceTitle = check.licenceTitle();
        url = check.url();
        lastModified = check.lastModified();
        archived = check.archived();
    }
}
