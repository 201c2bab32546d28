package fr.spyrales.challenge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A member's kudos to another member's entry: one per member and entry (the key). */
@Entity
@Table(name = "challenge_kudos")
public class Kudos extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    @Column(name = "given_at")
    public OffsetDateTime givenAt;

    @Embeddable
    public record Key(
            @Column(name = "entry_id") UUID entryId,
            @Column(name = "member_id") UUID memberId) implements Serializable {}
}
