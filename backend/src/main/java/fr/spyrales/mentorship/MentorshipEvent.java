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
import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of a pairing's history: who moved it from which state to which, when and why. */
@Entity
@Table(name = "mentorship_event")
public class MentorshipEvent extends PanacheEntityBase {
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mentorship_id")
    public Mentorship mentorship;

    /** Null when the programme itself acted (expiry, automatic withdrawal). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    public Member actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public MentorshipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public MentorshipStatus toStatus;

    public String reason;

    public String comment;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
}
