package fr.spyrales.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RefreshTokenRepository implements PanacheRepositoryBase<RefreshToken, UUID> {

    public Optional<RefreshToken> findByHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    public Optional<RefreshToken> findForUpdate(String tokenHash) {
        return find("tokenHash", tokenHash)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public void revokeFamily(UUID familyId) {
        update("revokedAt = current_timestamp where familyId = ?1 and revokedAt is null", familyId);
    }

    public void revokeAllOf(UUID memberId) {
        update("revokedAt = current_timestamp where member.id = ?1 and revokedAt is null", memberId);
    }

    /** A member's tokens, oldest first. */
    public java.util.List<RefreshToken> listOf(UUID memberId) {
        return list("member.id = ?1 order by createdAt, id", memberId);
    }

    public void deleteAllOf(UUID memberId) {
        delete("member.id", memberId);
    }
}
