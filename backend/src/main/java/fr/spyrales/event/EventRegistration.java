package fr.spyrales.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A member's registration to an event: one row per member and event, kept when cancelled (for history). The queue
 * number gives the order of registration; the waitlist is served by it.
 */
@Entity
@Table(name = "event_registration")
@IdClass(EventRegistration.Key.class)
public class EventRegistration extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    /** Drawn by the repository from the database's sequence under the event's lock; never by Java. */
    @Column(name = "queue_number")
    public long queueNumber;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "attended_at")
    public OffsetDateTime attendedAt;

    public boolean isLive() {
        return status.isLive();
    }

    public static class Key implements Serializable {
        public UUID eventId;
        public UUID memberId;

        public Key() {}

        public Key(UUID eventId, UUID memberId) {
            this.eventId = eventId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(eventId, k.eventId) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, memberId);
        }
    }
}
