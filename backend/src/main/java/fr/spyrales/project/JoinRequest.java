package fr.spyrales.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A member's request to join a project's team, and a lead's answer. */
@Entity
@Table(name = "project_join_request")
public class JoinRequest extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "member_id")
    public UUID memberId;

    public String message;

    @Enumerated(EnumType.STRING)
    public JoinRequestState state;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "answered_by")
    public UUID answeredBy;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Column(name = "answer_reason")
    public String answerReason;
}
