package fr.spyrales.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EmailTokenRepository implements PanacheRepositoryBase<EmailToken, UUID> {

    /** Locks the row so that one token cannot be used twice by concurrent requests. */
    public Optional<EmailToken> findForUpdate(String tokenHash, EmailToken.Purpose purpose) {
        return find("tokenHash = ?1 and purpose = ?2", tokenHash, purpose)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public void invalidateUnused(UUID memberId, EmailToken.Purpose purpose) {
        update(
                "usedAt = current_timestamp where member.id = ?1 and purpose = ?2 and usedAt is null",
                memberId,
                purpose);
    }

    /** What a mailed ProConnect link was found to be at its use. */
    public enum LinkState {
        UNKNOWN,
        USED,
        EXPIRED
    }

    /** The member and the pending link of a mailed ProConnect link, just consumed. */
    public record ConsumedLink(UUID memberId, String pendingLinkHash) {}

    /**
     * Marks a mailed ProConnect link used, if it was neither used nor expired. One UPDATE: of two concurrent uses,
     * the second waits for the first's row lock, then finds it used and consumes nothing.
     */
    public Optional<ConsumedLink> consumeProConnectLink(String tokenHash) {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = getEntityManager()
                .createNativeQuery("UPDATE email_token SET used_at = now() WHERE token_hash = ?1"
                        + " AND purpose = 'PROCONNECT_LINK' AND used_at IS NULL AND expires_at > now()"
                        + " RETURNING member_id, proconnect_link_hash")
                .setParameter(1, tokenHash)
                .getResultList();
        return rows.stream()
                .map(row -> new ConsumedLink((UUID) row[0], (String) row[1]))
                .findFirst();
    }

    /** Why a mailed ProConnect link could not be consumed. */
    public LinkState proConnectLinkState(String tokenHash) {
        return find("tokenHash = ?1 and purpose = ?2", tokenHash, EmailToken.Purpose.PROCONNECT_LINK)
                .firstResultOptional()
                .map(t -> t.usedAt != null ? LinkState.USED : LinkState.EXPIRED)
                .orElse(LinkState.UNKNOWN);
    }

    /** A member's tokens, oldest first. */
    public java.util.List<EmailToken> listOf(UUID memberId) {
        return list("member.id = ?1 order by createdAt, id", memberId);
    }

    public void deleteAllOf(UUID memberId) {
        delete("member.id", memberId);
    }
}
