package fr.spyrales.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Another administration's application, calling the API with its own credentials (OAuth 2.0 client credentials). */
@Entity
@Table(name = "partner_client")
public class PartnerClient extends PanacheEntityBase {
    @Id
    public UUID id;

    public String name;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "organization_id")
    public UUID organizationId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] scopes = new String[0];

    @Column(name = "rate_limit_per_minute")
    public int rateLimitPerMinute;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ip_allowlist")
    public String[] ipAllowlist = new String[0];

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Whether the client may get and use tokens at {@code now}: not revoked, not expired. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.toInstant().isAfter(now));
    }
}
