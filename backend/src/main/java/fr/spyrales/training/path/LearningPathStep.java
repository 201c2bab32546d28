package fr.spyrales.training.path;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a path: a library resource, at its position, with the author's note and checkpoint. */
@Entity
@Table(name = "learning_path_step")
public class LearningPathStep extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "path_id")
    public UUID pathId;

    @Column(name = "resource_id")
    public UUID resourceId;

    public int position;
    public String note;
    public String checkpoint;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
