package fr.spyrales.auth;

import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.auth.AuthDtos.LoginRequest;
import fr.spyrales.auth.AuthDtos.RegisterRequest;
import fr.spyrales.auth.AuthDtos.TokenResponse;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.common.RateLimitConfig;
import fr.spyrales.common.RateLimiter;
import fr.spyrales.common.RateLimiter.Limit;
import fr.spyrales.common.security.Roles;
import fr.spyrales.common.security.SecretTokens;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Accounts: registration, address confirmation, sessions and password reset. */
@ApplicationScoped
public class AuthService {
    private final AccountSuspensions suspensions;
    private final MemberRepository members;
    private final EmailTokenRepository emailTokens;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher passwords;
    private final PasswordPolicy passwordPolicy;
    private final EmailDomainPolicy domains;
    private final TokenIssuer issuer;
    private final AuthMails mails;
    private final RateLimiter rateLimiter;
    private final RateLimitConfig limits;
    private final AuthConfig config;
    private final AuditLog audit;
    private final Set<String> adminEmails;

    AuthService(
            MemberRepository members,
            EmailTokenRepository emailTokens,
            RefreshTokenRepository refreshTokens,
            PasswordHasher passwords,
            PasswordPolicy passwordPolicy,
            EmailDomainPolicy domains,
            TokenIssuer issuer,
            AuthMails mails,
            RateLimiter rateLimiter,
            RateLimitConfig limits,
            AuthConfig config,
            AuditLog audit,
            AccountSuspensions suspensions) {
        this.members = members;
        this.emailTokens = emailTokens;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.passwordPolicy = passwordPolicy;
        this.domains = domains;
        this.issuer = issuer;
        this.mails = mails;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
        this.config = config;
        this.audit = audit;
        this.suspensions = suspensions;
        this.adminEmails = config.registration().adminEmails().orElse(java.util.List.of()).stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(AuthService::normalise)
                .collect(Collectors.toSet());
    }

    /** Always answers the same way, whether or not the address already has an account. */
    @Transactional
    public void register(RegisterRequest request, String clientIp) {
        String email = normalise(request.email());
        throttleRegistration(email, clientIp);
        if (!domains.allows(email)) {
            throw new ApiException(
                    ProblemType.EMAIL_DOMAIN_NOT_ALLOWED,
                    "Spyrales est réservé aux agents publics : inscrivez-vous avec votre adresse professionnelle "
                            + "(par exemple prenom.nom@insee.fr ou @….gouv.fr).",
                    java.util.List.of(new fr.spyrales.common.Problem.FieldError(
                            "email", "Ce domaine de messagerie n'est pas celui d'une administration reconnue.")),
                    null);
        }
        passwordPolicy.check(request.password(), email);
        // Hashed on every path, so the answer takes as long whether or not the address already has an account.
        String passwordHash = passwords.hash(request.password());
        members.lockEmail(email);
        var existing = members.findByEmail(email);
        if (existing.isPresent()) {
            Member member = existing.get();
            if (member.isVerified()) {
                mails.alreadyRegistered(member);
            } else {
                sendVerification(member);
            }
            return;
        }
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.email = request.email().trim();
        member.passwordHash = passwordHash;
        member.firstName = request.firstName().trim();
        member.lastName = request.lastName().trim();
        member.displayName = member.firstName + " " + member.lastName;
        member.updatedAt = OffsetDateTime.now();
        members.persist(member);
        sendVerification(member);
    }

    @Transactional
    public void resendVerification(String rawEmail, String clientIp) {
        String email = normalise(rawEmail);
        throttleRegistration(email, clientIp);
        members.findByEmail(email).filter(m -> !m.isVerified() && !m.isErased()).ifPresent(this::sendVerification);
    }

    /**
     * Confirms the address of the token's member. A link of a member whose address is already confirmed (opened a
     * second time, replaced by a newer one, or expired since) is not an error: it says so, and the person can log in.
     *
     * @return whether the address was already confirmed before this call
     */
    @Transactional
    public boolean verify(String token) {
        String refusal =
                "Ce lien de confirmation est invalide ou expiré. Demandez-en un nouveau depuis la page de connexion.";
        EmailToken emailToken = emailTokens
                .findForUpdate(SecretTokens.hash(token), EmailToken.Purpose.VERIFY)
                .filter(t -> !t.member.isErased())
                .orElseThrow(() -> new ApiException(ProblemType.INVALID_TOKEN, refusal));
        boolean usable = emailToken.usedAt == null && emailToken.expiresAt.isAfter(OffsetDateTime.now());
        if (!usable) {
            if (emailToken.member.isVerified()) return true;
            throw new ApiException(ProblemType.INVALID_TOKEN, refusal);
        }
        emailToken.usedAt = OffsetDateTime.now();
        boolean alreadyVerified = emailToken.member.isVerified();
        markVerified(emailToken.member);
        return alreadyVerified;
    }

    @Transactional
    public TokenResponse login(LoginRequest request, String clientIp) {
        String email = normalise(request.email());
        rateLimiter.hit(
                new Limit(ThrottleBucket.LOGIN_IP.key(clientIp), limits.loginPerIp()),
                new Limit(ThrottleBucket.LOGIN_EMAIL.key(email), limits.loginPerEmail()));
        Member member = members.findByEmail(email).filter(m -> !m.isErased()).orElse(null);
        boolean matches = passwords.matches(request.password(), member == null ? null : member.passwordHash);
        if (member == null || !matches) {
            // An unknown address is not written anywhere: it may be a typo of someone's password.
            audit.recordFailure(
                    AuditAction.LOGIN,
                    AuditActor.nobody(),
                    member == null ? AuditTarget.none() : AuditTarget.member(member.id),
                    member == null ? "Mot de passe : compte inconnu" : "Mot de passe incorrect");
            throw new ApiException(ProblemType.INVALID_CREDENTIALS, "Adresse e-mail ou mot de passe incorrect.");
        }
        if (!member.isVerified()) {
            audit.recordFailure(
                    AuditAction.LOGIN,
                    AuditActor.nobody(),
                    AuditTarget.member(member.id),
                    "Mot de passe : adresse pas encore confirmée");
            throw new ApiException(
                    ProblemType.EMAIL_NOT_VERIFIED,
                    "Votre adresse e-mail n'est pas encore confirmée. Ouvrez le lien reçu par e-mail, "
                            + "ou demandez un nouveau lien de confirmation.");
        }
        if (suspensions.isSuspended(member.id)) {
            audit.recordFailure(
                    AuditAction.LOGIN,
                    AuditActor.nobody(),
                    AuditTarget.member(member.id),
                    "Mot de passe : compte suspendu");
            suspensions.refuseIfSuspended(member.id);
        }
        grantConfiguredAdmin(member);
        audit.record(AuditAction.LOGIN, AuditActor.member(member.id), AuditTarget.member(member.id), "Mot de passe");
        return openSession(member, UUID.randomUUID());
    }

    /** Rotates the refresh token; presenting an already rotated one revokes its whole family. */
    @Transactional(dontRollbackOn = ApiException.class)
    public TokenResponse refresh(String refreshToken) {
        RefreshToken stored =
                refreshTokens.findForUpdate(SecretTokens.hash(refreshToken)).orElseThrow(AuthService::sessionExpired);
        OffsetDateTime now = OffsetDateTime.now();
        if (stored.rotatedAt != null) {
            refreshTokens.revokeFamily(stored.familyId);
            audit.record(
                    AuditAction.TOKEN_FAMILY_REVOKED,
                    AuditActor.nobody(),
                    AuditTarget.member(stored.member.id),
                    "Jeton de session présenté une seconde fois : toutes les sessions de cette connexion sont fermées");
            throw new ApiException(
                    ProblemType.UNAUTHENTICATED,
                    "Ce jeton de session a déjà été utilisé : par précaution, la session a été fermée. Reconnectez-vous.");
        }
        if (!stored.member.isErased()) {
            suspensions.refuseIfSuspended(stored.member.id);
        }
        if (stored.revokedAt != null || stored.expiresAt.isBefore(now) || stored.member.isErased()) {
            throw sessionExpired();
        }
        stored.rotatedAt = now;
        grantConfiguredAdmin(stored.member);
        return openSession(stored.member, stored.familyId);
    }

    /** @return the session that was closed, if the token named one */
    @Transactional
    public java.util.Optional<UUID> logout(String refreshToken) {
        return refreshTokens.findByHash(SecretTokens.hash(refreshToken)).map(token -> {
            refreshTokens.revokeFamily(token.familyId);
            audit.record(
                    AuditAction.LOGOUT, AuditActor.member(token.member.id), AuditTarget.member(token.member.id), null);
            return token.familyId;
        });
    }

    /** The session of a member who proved who they are another way (ProConnect), as after a password login. */
    TokenResponse openSessionAfterSignIn(Member member, UUID familyId) {
        suspensions.refuseIfSuspended(member.id);
        grantConfiguredAdmin(member);
        audit.record(AuditAction.LOGIN, AuditActor.member(member.id), AuditTarget.member(member.id), "ProConnect");
        return openSession(member, familyId);
    }

    @Transactional
    public void requestPasswordReset(String rawEmail, String clientIp) {
        String email = normalise(rawEmail);
        rateLimiter.hit(
                new Limit(ThrottleBucket.RESET_IP.key(clientIp), limits.resetPerIp()),
                new Limit(ThrottleBucket.RESET_EMAIL.key(email), limits.resetPerEmail()));
        var known = members.findByEmail(email).filter(m -> !m.isErased());
        if (known.isEmpty()) {
            audit.record(
                    AuditAction.PASSWORD_RESET_REQUESTED, AuditActor.nobody(), AuditTarget.none(), "Compte inconnu");
        }
        known.ifPresent(member -> {
            audit.record(
                    AuditAction.PASSWORD_RESET_REQUESTED, AuditActor.nobody(), AuditTarget.member(member.id), null);
            emailTokens.invalidateUnused(member.id, EmailToken.Purpose.RESET);
            String token = newEmailToken(
                    member,
                    EmailToken.Purpose.RESET,
                    OffsetDateTime.now().plusMinutes(config.tokens().resetTokenMinutes()));
            mails.passwordReset(member, token);
        });
    }

    @Transactional
    public void confirmPasswordReset(String token, String newPassword) {
        EmailToken emailToken;
        try {
            emailToken = usableToken(
                    token,
                    EmailToken.Purpose.RESET,
                    "Ce lien de réinitialisation est invalide, déjà utilisé ou expiré. Faites une nouvelle demande.");
        } catch (ApiException invalid) {
            audit.recordFailure(
                    AuditAction.PASSWORD_RESET,
                    AuditActor.nobody(),
                    AuditTarget.none(),
                    "Lien de réinitialisation invalide, déjà utilisé ou expiré");
            throw invalid;
        }
        Member member = emailToken.member;
        passwordPolicy.check(newPassword, member.email);
        member.passwordHash = passwords.hash(newPassword);
        member.updatedAt = OffsetDateTime.now();
        // The link reached the inbox: the address is proven.
        markVerified(member);
        refreshTokens.revokeAllOf(member.id);
        audit.record(AuditAction.PASSWORD_RESET, AuditActor.member(member.id), AuditTarget.member(member.id), null);
    }

    private void throttleRegistration(String email, String clientIp) {
        rateLimiter.hit(
                new Limit(ThrottleBucket.REGISTER_IP.key(clientIp), limits.registerPerIp()),
                new Limit(ThrottleBucket.REGISTER_EMAIL.key(email), limits.registerPerEmail()));
    }

    private TokenResponse openSession(Member member, UUID familyId) {
        String refreshToken = SecretTokens.newToken();
        RefreshToken stored = new RefreshToken();
        stored.id = UUID.randomUUID();
        stored.member = member;
        stored.familyId = familyId;
        stored.tokenHash = SecretTokens.hash(refreshToken);
        stored.expiresAt = OffsetDateTime.now().plusDays(config.tokens().refreshTokenDays());
        refreshTokens.persist(stored);
        return new TokenResponse(
                issuer.accessToken(member),
                "Bearer",
                issuer.lifetime().toSeconds(),
                refreshToken,
                member.id,
                new ArrayList<>(member.roles()));
    }

    private void markVerified(Member member) {
        if (member.emailVerifiedAt == null) {
            member.emailVerifiedAt = OffsetDateTime.now();
        }
        grantConfiguredAdmin(member);
    }

    /**
     * At confirmation, at each login and at each session refresh, the configured list (SPYRALES_ADMIN_EMAILS) decides
     * who is admin: an address added later gets the role, and once the list is set, an address taken out of it loses
     * it — that is how operators take an admin account back (an admin cannot suspend another). The demo accounts of a
     * local trial keep theirs; an empty list leaves the roles as they are.
     */
    private void grantConfiguredAdmin(Member member) {
        if (adminEmails.contains(normalise(member.email))) {
            member.extraRoles.add(Roles.ADMIN);
        } else if (!adminEmails.isEmpty() && !member.demo && member.extraRoles.remove(Roles.ADMIN)) {
            audit.record(
                    AuditAction.ROLE_REVOKED,
                    AuditActor.nobody(),
                    AuditTarget.member(member.id),
                    "Administrateur : adresse absente de SPYRALES_ADMIN_EMAILS");
        }
    }

    private EmailToken usableToken(String token, EmailToken.Purpose purpose, String refusal) {
        EmailToken emailToken = emailTokens
                .findForUpdate(SecretTokens.hash(token), purpose)
                .filter(t -> t.usedAt == null && t.expiresAt.isAfter(OffsetDateTime.now()) && !t.member.isErased())
                .orElseThrow(() -> new ApiException(ProblemType.INVALID_TOKEN, refusal));
        emailToken.usedAt = OffsetDateTime.now();
        return emailToken;
    }

    private void sendVerification(Member member) {
        emailTokens.invalidateUnused(member.id, EmailToken.Purpose.VERIFY);
        String token = newEmailToken(
                member,
                EmailToken.Purpose.VERIFY,
                OffsetDateTime.now().plusHours(config.tokens().verificationTokenHours()));
        mails.verification(member, token);
    }

    private String newEmailToken(Member member, EmailToken.Purpose purpose, OffsetDateTime expiresAt) {
        String token = SecretTokens.newToken();
        EmailToken stored = new EmailToken();
        stored.id = UUID.randomUUID();
        stored.member = member;
        stored.purpose = purpose;
        stored.tokenHash = SecretTokens.hash(token);
        stored.expiresAt = expiresAt;
        emailTokens.persist(stored);
        return token;
    }

    private static ApiException sessionExpired() {
        return new ApiException(ProblemType.UNAUTHENTICATED, "Votre session a expiré. Reconnectez-vous.");
    }

    static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
