package fr.spyrales.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A member of a project's team. */
@Entity
@Table(name = "project_member")
public class TeamMember extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    public TeamRole role;

    @Column(name = "joined_at")
    public OffsetDateTime joinedAt;

    public UUID memberId() {
        return key.memberId;
    }

    public boolean isLead() {
        return role == TeamRole.LEAD;
    }

    static TeamMember of(UUID projectId, UUID memberId, TeamRole role) {
        TeamMember member = new TeamMember();
        member.key = new Key(projectId, memberId);
        member.role = role;
        member.joinedAt = OffsetDateTime.now();
        return member;
    }

    @Embeddable
    public record Key(
            @Column(name = "project_id") UUID projectId,
            @Column(name = "member_id") UUID memberId) implements Serializable {}
}
