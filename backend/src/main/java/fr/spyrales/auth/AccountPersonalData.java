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
    private final ProConnectRepository proConnect;

    AccountPersonalData(
            RefreshTokenRepository refreshTokens,
            EmailTokenRepository emailTokens,
            RateLimiter rateLimiter,
            ProConnectRepository proConnect) {
        this.refreshTokens = refreshTokens;
        this.emailTokens = emailTokens;
        this.rateLimiter = rateLimiter;
        this.proConnect = proConnect;
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

            @Schema(
                    required = true,
                    description = "Liens envoyés par e-mail (confirmation, réinitialisation, liaison à ProConnect).")
            List<MailLink> mailLinks,

            @Schema(description = "L'identité ProConnect liée au compte, s'il y en a une.")
            ProConnectIdentity proConnect) {}

    @Schema(name = "PersonalDataProConnectIdentity")
    public record ProConnectIdentity(
            @Schema(required = true, description = "Identifiant de l'agent chez ProConnect (sub).")
            String subject,

            @Schema(
                    description = "SIRET de l'établissement de l'agent, donné par ProConnect.",
                    example = "13002526500013")
            String siret,

            @Schema(required = true) OffsetDateTime linkedAt,
            @Schema(required = true) OffsetDateTime lastLoginAt,

            @Schema(
                    description =
                            "SIREN de l'organisme employeur pour lequel le membre a écarté l'organisation suggérée.",
                    example = "130025265")
            String organizationSuggestionDismissedFor) {}

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
        ProConnectIdentity identity = proConnect
                .identity(memberId)
                .map(row -> new ProConnectIdentity(
                        (String) row[0], (String) row[1], offset(row[2]), offset(row[3]), (String) row[4]))
                .orElse(null);
        return new Account(member.createdAt, member.emailVerifiedAt, member.updatedAt, sessions, links, identity);
    }

    void erase(@Observes MemberErased erased) {
        refreshTokens.deleteAllOf(erased.memberId());
        emailTokens.deleteAllOf(erased.memberId());
        proConnect.forget(erased.memberId());
        String address = AuthService.normalise(erased.formerEmail());
        rateLimiter.forget(ThrottleBucket.keysOfEmail(address));
    }

    private static OffsetDateTime offset(Object timestamp) {
        return timestamp instanceof java.time.Instant instant
                ? instant.atOffset(java.time.ZoneOffset.UTC)
                : (OffsetDateTime) timestamp;
    }
}
