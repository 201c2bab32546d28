package fr.spyrales.training.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A resource of the library: material somewhere on the web that a member proposed and an animateur published. */
@Entity
@Table(name = "training_resource")
public class TrainingResource extends PanacheEntityBase {
    @Id
    public UUID id;

    public String title;
    public String url;

    @Column(name = "normalized_url")
    public String normalizedUrl;

    @Enumerated(EnumType.STRING)
    public ResourceType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "programming_language")
    public ProgrammingLanguage programmingLanguage;

    @Enumerated(EnumType.STRING)
    public ResourceLevel level;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] topics = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(name = "content_language")
    public ContentLanguage contentLanguage;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    public boolean free;
    public String author;
    public String description;

    @Enumerated(EnumType.STRING)
    public ResourceStatus status;

    @Column(name = "proposed_by")
    public UUID proposedBy;

    /** The partner client that proposed it (then no member did). */
    @Column(name = "proposed_by_client")
    public UUID proposedByClient;

    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "moderated_by")
    public UUID moderatedBy;

    @Column(name = "moderated_at")
    public OffsetDateTime moderatedAt;

    @Column(name = "moderation_note")
    public String moderationNote;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Kept by the ratings' service under this row's lock; read-only for everything else. */
    @Column(name = "rating_sum", insertable = false, updatable = false)
    public int ratingSum;

    @Column(name = "rating_count", insertable = false, updatable = false)
    public int ratingCount;

    boolean isProposedBy(UUID memberId) {
        return proposedBy != null && proposedBy.equals(memberId);
    }

    /** Published once at least: then it is never deleted (ratings and paths point to it), only withdrawn. */
    boolean wasPublished() {
        return publishedAt != null;
    }
}
