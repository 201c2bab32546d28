package fr.spyrales.auth;

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

/** A one-time token sent by mail; only its hash is stored. */
@Entity
@Table(name = "email_token")
public class EmailToken extends PanacheEntityBase {
    public enum Purpose {
        VERIFY,
        RESET,
        /** Links a ProConnect identity to the account, instead of the account's password. */
        PROCONNECT_LINK
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    public Member member;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "used_at")
    public OffsetDateTime usedAt;

    /** For {@link Purpose#PROCONNECT_LINK}: the hash of the pending link the mailed link completes. */
    @Column(name = "proconnect_link_hash")
    public String proConnectLinkHash;
}
