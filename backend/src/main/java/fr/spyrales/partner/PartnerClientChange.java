package fr.spyrales.partner;

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

/** One change made to a partner client, by which administrator and when. */
@Entity
@Table(name = "partner_client_change")
public class PartnerClientChange extends PanacheEntityBase {
    public enum Kind {
        CREATED,
        UPDATED,
        SECRET_ROTATED,
        REVOKED
    }

    @Id
    public UUID id;

    @Column(name = "client_id")
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "changed_by")
    public UUID changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] fields = new String[0];
}
