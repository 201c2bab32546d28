package fr.spyrales.mentorship.session;

import fr.spyrales.member.Member;
import fr.spyrales.mentorship.Mentorship;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A meeting of the two parties: when, how long, what they talked about, and notes they share. */
@Entity
@Table(name = "mentorship_session")
public class MentorshipSession extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id")
    public Mentorship mentorship;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    public String topics;

    public String notes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    public Member createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
