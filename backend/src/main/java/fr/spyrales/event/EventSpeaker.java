package fr.spyrales.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A speaker of an event, at its position: a member of the community or an external name, never both. */
@Entity
@Table(name = "event_speaker")
@IdClass(EventSpeaker.Key.class)
public class EventSpeaker extends PanacheEntityBase {
    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Id
    public short position;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "external_name")
    public String externalName;

    public static class Key implements Serializable {
        public UUID eventId;
        public short position;

        public Key() {}

        public Key(UUID eventId, short position) {
            this.eventId = eventId;
            this.position = position;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(eventId, k.eventId) && Objects.equals(position, k.position);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, position);
        }
    }
}
