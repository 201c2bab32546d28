package fr.spyrales.training.path;

import fr.spyrales.training.library.ProgrammingLanguage;
import fr.spyrales.training.library.ResourceLevel;
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

@Entity
@Table(name = "learning_path")
public class LearningPath extends PanacheEntityBase {
    @Id
    public UUID id;

    public String title;
    public String goal;

    @Enumerated(EnumType.STRING)
    public ResourceLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "programming_language")
    public ProgrammingLanguage programmingLanguage;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] skills = new String[0];

    @Column(name = "estimated_minutes")
    public Integer estimatedMinutes;

    @Enumerated(EnumType.STRING)
    public PathStatus status;

    /** Null once the author's account was erased. */
    @Column(name = "author_id")
    public UUID authorId;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;

    boolean isAuthor(UUID memberId) {
        return authorId != null && authorId.equals(memberId);
    }
}
