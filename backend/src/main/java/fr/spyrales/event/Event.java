package fr.spyrales.event;

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

/**
 * An event of the community: a webinar, a workshop, a meetup or a project's showcase. Organisers (animateurs and
 * admins) create and edit it; members register. Every change a calendar shows raises {@link #sequence}.
 */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {
    @Id
    public UUID id;

    public String title;
    public String description;

    @Enumerated(EnumType.STRING)
    public EventType type;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    @Column(name = "online_url")
    public String onlineUrl;

    public String place;

    /** Null: unlimited. */
    public Integer capacity;

    /** Null: every level. */
    @Enumerated(EnumType.STRING)
    public ResourceLevel level;

    @Enumerated(EnumType.STRING)
    public ProgrammingLanguage language;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] topics = new String[0];

    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "path_id")
    public UUID pathId;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "replay_url")
    public String replayUrl;

    @Column(name = "slides_url")
    public String slidesUrl;

    /** When the replay's mail went out; set once. */
    @Column(name = "replay_announced_at")
    public OffsetDateTime replayAnnouncedAt;

    /** The iCalendar SEQUENCE: raised on every change of the times, title, place, link or status. */
    public int sequence;

    /** Null once the organiser's account was erased. */
    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Kept by the database (trigger on event_registration); read-only here. Re-read the row to see a change. */
    @Column(name = "confirmed_count", insertable = false, updatable = false)
    public int confirmedCount;

    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    public boolean hasStarted(OffsetDateTime now) {
        return !now.isBefore(startsAt);
    }

    public boolean hasEnded(OffsetDateTime now) {
        return !now.isBefore(endsAt);
    }

    /** Seats still free, or null when the capacity is unlimited. */
    public Integer seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - confirmedCount);
    }

    boolean hasFreeSeat() {
        return capacity == null || confirmedCount < capacity;
    }
}
