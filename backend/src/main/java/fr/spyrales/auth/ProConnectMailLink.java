package fr.spyrales.auth;

import fr.spyrales.auth.AuthDtos.TokenResponse;
import fr.spyrales.auth.EmailTokenRepository.ConsumedLink;
import fr.spyrales.auth.ProConnectRepository.PendingLink;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.common.RateLimitConfig;
import fr.spyrales.common.RateLimiter;
import fr.spyrales.common.RateLimiter.Limit;
import fr.spyrales.common.security.SecretTokens;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The other way to link a ProConnect identity to the existing account with the same address: instead of the
 * account's password, a link mailed to that address. The link serves once, expires, and completes only the pending
 * link it was asked from, while that one is still waiting; then the session opens as after the password.
 */
@ApplicationScoped
public class ProConnectMailLink {
    static final String PENDING_LINK_GONE =
            "Cette demande de liaison a expiré ou a déjà servi. Recommencez la connexion avec ProConnect.";

    private final ProConnectService proConnect;
    private final ProConnectRepository store;
    private final AuthConfig config;
    private final EmailTokenRepository emailTokens;
    private final MemberRepository members;
    private final AuthMails mails;
    private final RateLimiter rateLimiter;
    private final RateLimitConfig limits;

    ProConnectMailLink(
            ProConnectService proConnect,
            ProConnectRepository store,
            AuthConfig config,
            EmailTokenRepository emailTokens,
            MemberRepository members,
            AuthMails mails,
            RateLimiter rateLimiter,
            RateLimitConfig limits) {
        this.proConnect = proConnect;
        this.store = store;
        this.config = config;
        this.emailTokens = emailTokens;
        this.members = members;
        this.mails = mails;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
    }

    /**
     * Mails the link to the account of a pending link (its address is the one ProConnect gave, which the agent
     * knows): the answer says nothing more. A new link replaces the ones sent before.
     */
    public void send(String linkToken, String clientIp) {
        proConnect.requireEnabled();
        QuarkusTransaction.requiringNew().run(() -> {
            String pendingLinkHash = SecretTokens.hash(linkToken);
            PendingLink link = store.pendingLinkForUpdate(pendingLinkHash)
                    .orElseThrow(() -> new ApiException(ProblemType.INVALID_TOKEN, PENDING_LINK_GONE));
            Member member = members.findById(link.memberId());
            // The limits of the password-reset requests: another mail to one's own address.
            rateLimiter.hit(
                    new Limit(ThrottleBucket.PROCONNECT_LINK_MAIL_IP.key(clientIp), limits.resetPerIp()),
                    new Limit(
                            ThrottleBucket.PROCONNECT_LINK_MAIL_EMAIL.key(AuthService.normalise(member.email)),
                            limits.resetPerEmail()));
            emailTokens.invalidateUnused(member.id, EmailToken.Purpose.PROCONNECT_LINK);
            int minutes = config.tokens().proConnectLinkTokenMinutes();
            OffsetDateTime expiresAt = OffsetDateTime.now().plusMinutes(minutes);
            String token = SecretTokens.newToken();
            EmailToken stored = new EmailToken();
            stored.id = UUID.randomUUID();
            stored.member = member;
            stored.purpose = EmailToken.Purpose.PROCONNECT_LINK;
            stored.tokenHash = SecretTokens.hash(token);
            stored.expiresAt = expiresAt;
            stored.proConnectLinkHash = pendingLinkHash;
            emailTokens.persist(stored);
            store.keepPendingLinkUntil(pendingLinkHash, expiresAt);
            mails.proConnectLink(member, token, minutes);
        });
    }

    /** The agent opened the mailed link: the identity joins the account and the session opens. */
    public TokenResponse confirm(String mailedToken) {
        proConnect.requireEnabled();
        return QuarkusTransaction.requiringNew().call(() -> {
            String tokenHash = SecretTokens.hash(mailedToken);
            ConsumedLink consumed = emailTokens.consumeProConnectLink(tokenHash).orElseThrow(() -> refusal(tokenHash));
            PendingLink link = store.pendingLinkForUpdate(consumed.pendingLinkHash())
                    .filter(l -> l.memberId().equals(consumed.memberId()))
                    .orElseThrow(() -> new ApiException(ProblemType.INVALID_TOKEN, PENDING_LINK_GONE));
            Member member = members.findById(link.memberId());
            return proConnect.completeLink(consumed.pendingLinkHash(), link, member);
        });
    }

    private ApiException refusal(String tokenHash) {
        String detail = switch (emailTokens.proConnectLinkState(tokenHash)) {
            case USED ->
                "Ce lien a déjà servi, ou un lien plus récent l'a remplacé. Si votre compte est lié, "
                        + "connectez-vous avec ProConnect ; sinon, recommencez la connexion avec ProConnect.";
            case EXPIRED -> "Ce lien a expiré. Recommencez la connexion avec ProConnect pour en recevoir un nouveau.";
            case UNKNOWN ->
                "Ce lien n'est pas valide : vérifiez qu'il a été copié en entier, ou recommencez la "
                        + "connexion avec ProConnect.";
        };
        return new ApiException(ProblemType.INVALID_TOKEN, detail);
    }
}
