package fr.spyrales.auth;

import fr.spyrales.common.RateLimiter;
import fr.spyrales.member.Member;
import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The account's part of the personal data: when it was created and confirmed, its sessions and the links
 * mailed to it. On erasure, sessions and links are deleted, and so are the throttling counters kept under the
 * address. Token hashes are never exported: they are secrets, not information about the member.
 */
@ApplicationScoped
public class AccountPersonalData implements PersonalDataSection<AccountPersonalData.Account> {
    static final String KEY = "account";

    private final RefreshTokenRepository refreshTokens;
    private final EmailTokenRepository emailTokens;
    private final RateLimiter rateLimiter;

    AccountPersonalData(
            RefreshTokenRepository refreshTokens, EmailTokenRepository emailTokens, RateLimiter rateLimiter) {
        this.refreshTokens = refreshTokens;
        this.emailTokens = emailTokens;
        this.rateLimiter = rateLimiter;
    }

    @Schema(
            name = "PersonalDataAccount",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record Account(
            @Schema(required = true) OffsetDateTime createdAt,
            OffsetDateTime emailVerifiedAt,
            @Schema(required = true) OffsetDateTime updatedAt,

            @Schema(required = true, description = "Sessions ouvertes par connexion (jetons de rafraîchissement).")
            List<Session> sessions,

            @Schema(required = true, description = "Liens envoyés par e-mail (confirmation, réinitialisation).")
            List<MailLink> mailLinks) {}

    @Schema(name = "PersonalDataSession")
    public record Session(
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime expiresAt,
            OffsetDateTime rotatedAt,
            OffsetDateTime revokedAt) {}

    @Schema(name = "PersonalDataMailLink")
    public record MailLink(
            @Schema(required = true, example = "VERIFY") String purpose,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime expiresAt,
            OffsetDateTime usedAt) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Account export(UUID memberId) {
        Member member = refreshTokens.getEntityManager().find(Member.class, memberId);
        List<Session> sessions = refreshTokens.listOf(memberId).stream()
                .map(t -> new Session(t.createdAt, t.expiresAt, t.rotatedAt, t.revokedAt))
                .toList();
        List<MailLink> links = emailTokens.listOf(memberId).stream()
                .map(t -> new MailLink(t.purpose.name(), t.createdAt, t.expiresAt, t.usedAt))
                .toList();
        return new Account(member.createdAt, member.emailVerifiedAt, member.updatedAt, sessions, links);
    }

    void erase(@Observes MemberErased erased) {
        refreshTokens.deleteAllOf(erased.memberId());
        emailTokens.deleteAllOf(erased.memberId());
        String address = AuthService.normalise(erased.formerEmail());
        rateLimiter.forget(ThrottleBucket.keysOfEmail(address));
    }
}
