package fr.spyrales.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A dataset a project declares: the link to the opendata feature's dataset row, which serves this declaration
 * only. {@code datagouv_id} is copied by the database from the dataset (one data.gouv.fr dataset per project).
 */
@Entity
@Table(name = "project_dataset")
public class ProjectDataset extends PanacheEntityBase {
    @Id
    @Column(name = "dataset_id")
    public UUID datasetId;

    @Column(name = "project_id")
    public UUID projectId;

    /** Copied from the dataset by the database: never written from here. */
    @Column(name = "datagouv_id", insertable = false, updatable = false)
    public String datagouvId;

    @Column(name = "added_by")
    public UUID addedBy;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;

    static ProjectDataset of(UUID projectId, UUID datasetId, UUID addedBy) {
        ProjectDataset link = new ProjectDataset();
        link.projectId = projectId;
        link.datasetId = datasetId;
        link.addedBy = addedBy;
        link.addedAt = OffsetDateTime.now();
        return link;
    }
}
