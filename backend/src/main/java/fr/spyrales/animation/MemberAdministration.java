package fr.spyrales.animation;

import fr.spyrales.animation.AnimationDtos.MemberAdmin;
import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.LikePattern;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.ProblemType;
import fr.spyrales.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The admins' side of the console: finding an account, and suspending it or reinstating it with a reason.
 *
 * <p>A suspended account's access tokens are refused from the next request (the auth feature reads the suspension on
 * every token), its refresh tokens are revoked here, and it cannot sign in again (password, ProConnect, refresh)
 * until an admin reinstates it. An admin suspends neither himself nor another admin: an admin account is taken back
 * by removing the address from SPYRALES_ADMIN_EMAILS, which the operators hold (the role goes at the account's next
 * login or session refresh, see AuthService), not by a peer in the app — so two admins can never lock each other out.
 */
@ApplicationScoped
public class MemberAdministration {
    static final String NOT_FOUND = "Membre introuvable.";
    static final String NOT_SELF = "Vous ne pouvez pas suspendre votre propre compte.";
    static final String NOT_ADMIN = "Un compte administrateur ne se suspend pas depuis l'application : les exploitants"
            + " du service retirent d'abord son adresse de SPYRALES_ADMIN_EMAILS (il perd le rôle au renouvellement de"
            + " sa session), puis il peut être suspendu.";
    static final String ALREADY = "Ce compte est déjà suspendu.";
    static final String NOT_SUSPENDED = "Ce compte n'est pas suspendu.";

    private final AnimationRepository repository;
    private final AuditLog audit;

    MemberAdministration(AnimationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public PageResponse<MemberAdmin> search(String q, PageQuery page) {
        String pattern = q == null || q.isBlank() ? null : LikePattern.containing(q);
        List<MemberAdmin> rows = repository.members(pattern, page.offset(), page.size);
        return new PageResponse<>(
                rows,
                page.page,
                page.size,
                repository.memberCount(pattern).refinedBy(page.offset(), page.size, rows.size()));
    }

    @Transactional
    public MemberAdmin suspend(UUID id, String reason, UUID by) {
        if (id.equals(by)) {
            throw new ApiException(ProblemType.BUSINESS_RULE, NOT_SELF);
        }
        repository.lockMember(id);
        MemberAdmin member = repository.member(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        if (member.roles().contains(Roles.ADMIN)) {
            throw new ApiException(ProblemType.BUSINESS_RULE, NOT_ADMIN);
        }
        if (member.suspension() != null) {
            throw new ApiException(ProblemType.CONFLICT, ALREADY);
        }
        String text = reason.strip();
        repository.insertSuspension(id, text, by);
        int sessions = repository.revokeRefreshTokens(id);
        audit.record(
                AuditAction.MEMBER_SUSPENDED,
                AuditActor.member(by),
                AuditTarget.member(id),
                text + " (" + sessions + " jeton(s) de session révoqué(s))");
        return repository.member(id).orElseThrow();
    }

    @Transactional
    public MemberAdmin reinstate(UUID id, String reason, UUID by) {
        repository.lockMember(id);
        MemberAdmin member = repository.member(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        if (member.suspension() == null) {
            throw new ApiException(ProblemType.CONFLICT, NOT_SUSPENDED);
        }
        repository.deleteSuspension(id);
        audit.record(AuditAction.MEMBER_REINSTATED, AuditActor.member(by), AuditTarget.member(id), reason.strip());
        return repository.member(id).orElseThrow();
    }
}
