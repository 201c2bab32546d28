package fr.spyrales.challenge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A kind comment on an entry, once its challenge is closed. Deleting it is recorded, never a DELETE. */
@Entity
@Table(name = "challenge_entry_comment")
public class EntryComment extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "author_id")
    public UUID authorId;

    public String body;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @Column(name = "deleted_by")
    public UUID deletedBy;
}
