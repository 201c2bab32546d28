package fr.spyrales.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A client's secret, as its SHA-256 hash: the current one has no end, a rotated one ends with its grace period. */
@Entity
@Table(name = "partner_client_secret")
public class PartnerClientSecret extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "secret_hash")
    public byte[] secretHash;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "valid_until")
    public OffsetDateTime validUntil;
}
