package fr.spyrales.mentorship.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The next session the two parties of a pairing planned: one at most per pairing, replaced when they plan another.
 * `sequence` grows at each change, so that a calendar replaces its copy of the .ics.
 */
@Entity
@Table(name = "mentorship_next_session")
public class NextSession extends PanacheEntityBase {
    @Id
    @Column(name = "mentorship_id")
    public UUID mentorshipId;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    public String place;

    @Column(name = "video_url")
    public String videoUrl;

    public String note;

    public int sequence;

    @Column(name = "planned_by")
    public UUID plannedBy;

    @Column(name = "planned_at")
    public OffsetDateTime plannedAt;

    public OffsetDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }
}
