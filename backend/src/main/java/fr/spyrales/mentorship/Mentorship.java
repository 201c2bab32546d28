package fr.spyrales.mentorship;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "mentorship")
public class Mentorship extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentee_id")
    public Member mentee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentor_id")
    public Member mentor;

    @Enumerated(EnumType.STRING)
    public MentorshipStatus status;

    public String message;

    @Column(name = "proposed_by_programme")
    public boolean proposedByProgramme;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "planned_end_date")
    public LocalDate plannedEndDate;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean isParty(UUID memberId) {
        return mentee.id.equals(memberId) || mentor.id.equals(memberId);
    }

    public boolean isMentor(UUID memberId) {
        return mentor.id.equals(memberId);
    }

    public boolean isMentee(UUID memberId) {
        return mentee.id.equals(memberId);
    }
}
