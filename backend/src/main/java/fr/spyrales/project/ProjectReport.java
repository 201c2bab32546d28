package fr.spyrales.project;

import fr.spyrales.member.Member;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A member's report of a project to the animateurs. Deleted with its project (ON DELETE CASCADE). */
@Entity
@Table(name = "project_report")
public class ProjectReport extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporter_id")
    public Member reporter;

    @Enumerated(EnumType.STRING)
    public ProjectReportReason reason;

    public String comment;

    @Enumerated(EnumType.STRING)
    public ProjectReportStatus status;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    public Member decidedBy;

    @Column(name = "decision_note")
    public String decisionNote;
}
