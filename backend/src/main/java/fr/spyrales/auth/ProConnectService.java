package fr.spyrales.auth;

import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.auth.AuthDtos.TokenResponse;
import fr.spyrales.auth.ProConnectFailure.Reason;
import fr.spyrales.auth.ProConnectRepository.PendingLink;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.common.PublicUrl;
import fr.spyrales.common.RateLimitConfig;
import fr.spyrales.common.RateLimiter;
import fr.spyrales.common.RateLimiter.Limit;
import fr.spyrales.common.security.SecretTokens;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.oidc.UserInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Sign-in with ProConnect (OpenID Connect authorisation-code flow). At the return, the agent is found by their
 * ProConnect subject; else, when their verified address already has an account, they confirm with that
 * account's password that both are one; else their account is created (the e-mail domain allowlist applies).
 * Then they get the same session as after a password login.
 */
@ApplicationScoped
public class ProConnectService {
    private static final Logger LOG = Logger.getLogger(ProConnectService.class);
    private final AccountSuspensions suspensions;
    private final ProConnectConfig config;
    private final ProConnectTenant tenant;
    private final ProConnectRepository store;
    private final MemberRepository members;
    private final EmailDomainPolicy domains;
    private final PasswordHasher passwords;
    private final AuthService auth;
    private final PublicUrl publicUrl;
    private final RateLimiter rateLimiter;
    private final RateLimitConfig limits;
    private final AuditLog audit;

    ProConnectService(
            ProConnectConfig config,
            ProConnectTenant tenant,
            ProConnectRepository store,
            MemberRepository members,
            EmailDomainPolicy domains,
            PasswordHasher passwords,
            AuthService auth,
            PublicUrl publicUrl,
            RateLimiter rateLimiter,
            RateLimitConfig limits,
            AuditLog audit,
            AccountSuspensions suspensions) {
        this.config = config;
        this.tenant = tenant;
        this.store = store;
        this.members = members;
        this.domains = domains;
        this.passwords = passwords;
        this.auth = auth;
        this.publicUrl = publicUrl;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
        this.audit = audit;
        this.suspensions = suspensions;
    }

    /** The end of a sign-in: a session, or an account to link once its password is given. */
    public sealed interface Outcome {
        record SignedIn(TokenResponse tokens) implements Outcome {}

        record LinkPending(String linkToken) implements Outcome {}
    }

    /** The claims of ProConnect's user info that Spyrales uses. */
    record Identity(String subject, String email, String firstName, String lastName, String siret) {
        static Identity of(UserInfo claims) {
            return new Identity(
                    required(claims.getString("sub")),
                    required(claims.getString("email")),
                    required(claims.getString("given_name")),
                    required(claims.getString("usual_name")),
                    blankToNull(claims.getString("siret")));
        }

        private static String required(String value) {
            if (value == null || value.isBlank()) {
                throw new ProConnectFailure(Reason.INVALID_IDENTITY, "user info lacks a required claim");
            }
            return value.trim();
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The return from ProConnect, once quarkus-oidc has verified the id token and the user info. */
    Outcome finish(ProConnectFlow.Verified verified) {
        requireEnabled();
        Identity identity = Identity.of(verified.userInfo());
        return QuarkusTransaction.requiringNew().call(() -> signIn(identity, verified.idToken()));
    }

    private Outcome signIn(Identity identity, String idToken) {
        String siret = Siret.orNull(identity.siret());
        if (siret == null && identity.siret() != null) {
            LOG.infof("ProConnect gave a SIRET that is not 14 digits: not kept");
        }
        Optional<Member> known = store.memberOfSubject(identity.subject())
                .map(id -> members.findById(id))
                .filter(m -> m != null && !m.isErased());
        if (known.isPresent()) {
            Member member = known.get();
            if (suspensions.isSuspended(member.id)) {
                throw new ProConnectFailure(Reason.ACCOUNT_SUSPENDED, "account " + member.id + " is suspended");
            }
            store.link(member.id, identity.subject(), siret);
            return new Outcome.SignedIn(openSession(member, idToken));
        }
        String email = AuthService.normalise(identity.email());
        members.lockEmail(email);
        Optional<Member> sameAddress = members.findByEmail(email).filter(m -> !m.isErased());
        if (sameAddress.isPresent()) {
            String token = SecretTokens.newToken();
            store.savePendingLink(
                    SecretTokens.hash(token),
                    new PendingLink(sameAddress.get().id, identity.subject(), siret, idToken),
                    OffsetDateTime.now().plus(config.linkTimeout()));
            return new Outcome.LinkPending(token);
        }
        if (!domains.allows(email)) {
            throw new ProConnectFailure(
                    Reason.DOMAIN_NOT_ALLOWED,
                    "domain " + email.substring(email.lastIndexOf('@') + 1) + " not allowed");
        }
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.email = identity.email();
        member.firstName = fit(identity.firstName());
        member.lastName = fit(identity.lastName());
        member.displayName = member.firstName + " " + member.lastName;
        // ProConnect vouches for the address.
        member.emailVerifiedAt = OffsetDateTime.now();
        member.updatedAt = OffsetDateTime.now();
        members.persist(member);
        members.flush();
        store.link(member.id, identity.subject(), siret);
        return new Outcome.SignedIn(openSession(member, idToken));
    }

    /** The agent proves with their password that the account with their address is theirs. */
    public TokenResponse confirmLink(String linkToken, String password, String clientIp) {
        requireEnabled();
        return QuarkusTransaction.requiringNew().call(() -> {
            String tokenHash = SecretTokens.hash(linkToken);
            PendingLink link = store.pendingLinkForUpdate(tokenHash)
                    .orElseThrow(
                            () -> new ApiException(
                                    ProblemType.INVALID_TOKEN,
                                    "Cette demande de liaison a expiré ou a déjà servi. Recommencez la connexion avec ProConnect."));
            Member member = members.findById(link.memberId());
            rateLimiter.hit(
                    new Limit(ThrottleBucket.LOGIN_IP.key(clientIp), limits.loginPerIp()),
                    new Limit(
                            ThrottleBucket.LOGIN_EMAIL.key(AuthService.normalise(member.email)),
                            limits.loginPerEmail()));
            if (!passwords.matches(password, member.passwordHash)) {
                audit.recordFailure(
                        AuditAction.LOGIN,
                        AuditActor.nobody(),
                        AuditTarget.member(member.id),
                        "ProConnect : mot de passe incorrect à la liaison du compte");
                throw new ApiException(ProblemType.INVALID_CREDENTIALS, "Mot de passe incorrect.");
            }
            return completeLink(tokenHash, link, member);
        });
    }

    /**
     * The agent has proved that the account is theirs (its password, or the link mailed to its address): the
     * pending link is used up, the identity joins the account, and the session opens. In the caller's transaction,
     * with the pending link locked.
     */
    TokenResponse completeLink(String pendingLinkHash, PendingLink link, Member member) {
        store.deletePendingLink(pendingLinkHash);
        if (store.memberOfSubject(link.subject())
                .filter(id -> !id.equals(member.id))
                .isPresent()) {
            throw new ApiException(
                    ProblemType.CONFLICT, "Cette identité ProConnect est déjà liée à un autre compte Spyrales.");
        }
        if (member.emailVerifiedAt == null) {
            member.emailVerifiedAt = OffsetDateTime.now();
        }
        store.link(member.id, link.subject(), link.siret());
        return openSession(member, link.idToken());
    }

    /**
     * Where the browser goes to end the ProConnect session too, when this session was opened through ProConnect.
     *
     * @param familyId the session that was just closed
     */
    public Optional<String> endSessionUrl(UUID familyId) {
        Optional<String> idToken = QuarkusTransaction.requiringNew().call(() -> store.takeSessionIdToken(familyId));
        if (idToken.isEmpty() || !enabled()) {
            return Optional.empty();
        }
        Optional<String> known = tenant.endSessionEndpoint();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        String endpoint = known.get();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("id_token_hint", idToken.get());
        query.put("state", SecretTokens.newToken());
        query.put("post_logout_redirect_uri", postLogoutRedirectUri());
        return Optional.of(endpoint + (endpoint.contains("?") ? "&" : "?") + formBody(query));
    }

    private TokenResponse openSession(Member member, String idToken) {
        UUID familyId = UUID.randomUUID();
        TokenResponse tokens = auth.openSessionAfterSignIn(member, familyId);
        store.saveSession(familyId, member.id, idToken);
        return tokens;
    }

    /**
     * A sign-in that ProConnect or Spyrales refused, in its own transaction: no account is named (the identity was
     * not trusted, or there is no account yet).
     */
    void recordRefusal(Reason reason) {
        audit.recordFailure(
                AuditAction.LOGIN, AuditActor.nobody(), AuditTarget.none(), "ProConnect : " + reason.code());
    }

    /** Where ProConnect sends the browser back after logout (to be declared at ProConnect with the callback). */
    String postLogoutRedirectUri() {
        return publicUrl.link("/connexion");
    }

    /** Every operation of the feature answers 404 while it is off. */
    void requireEnabled() {
        if (!enabled()) {
            throw ApiException.notFound("La connexion avec ProConnect n'est pas activée sur ce site.");
        }
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String fit(String name) {
        return name.length() > 80 ? name.substring(0, 80) : name;
    }
}
