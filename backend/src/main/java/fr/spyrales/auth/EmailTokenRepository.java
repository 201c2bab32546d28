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

    /** A member's tokens, oldest first. */
    public java.util.List<EmailToken> listOf(UUID memberId) {
        return list("member.id = ?1 order by createdAt, id", memberId);
    }

    public void deleteAllOf(UUID memberId) {
        delete("member.id", memberId);
    }
}
