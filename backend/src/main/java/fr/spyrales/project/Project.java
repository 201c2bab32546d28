package fr.spyrales.project;

import fr.spyrales.member.SkillLevel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {
    @Id
    public UUID id;

    public String title;
    public String summary;
    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] topics = new String[0];

    @Enumerated(EnumType.STRING)
    public ProjectLanguages languages;

    @Column(name = "welcomes_beginners")
    public boolean welcomesBeginners;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    @Column(name = "repository_url")
    public String repositoryUrl;

    @Column(name = "tchap_room_url")
    public String tchapRoomUrl;

    @Column(name = "max_team_size")
    public Short maxTeamSize;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "attested_by")
    public UUID attestedBy;

    @Column(name = "attested_at")
    public OffsetDateTime attestedAt;

    @Column(name = "attestation_version")
    public String attestationVersion;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @Column(name = "deleted_by")
    public UUID deletedBy;

    @ElementCollection
    @CollectionTable(name = "project_skill", joinColumns = @JoinColumn(name = "project_id"))
    public List<SkillLevel> skillsSought = new ArrayList<>();

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
