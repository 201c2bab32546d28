package fr.spyrales.mentorship.report;

import fr.spyrales.member.Member;
import fr.spyrales.mentorship.Mentorship;
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

/** A problem a party of a pairing reported to the animateurs. Deleted with its pairing (ON DELETE CASCADE). */
@Entity
@Table(name = "mentorship_report")
public class MentorshipReport extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id")
    public Mentorship mentorship;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public Member author;

    public String message;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_by")
    public Member resolvedBy;

    @Column(name = "resolution_note")
    public String resolutionNote;
}
