package fr.spyrales.audit;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Writes the audit log. {@link #record} joins the transaction of the action it records, so that the action and its
 * row commit or roll back together; {@link #recordFailure} writes in a transaction of its own, for what failed and
 * rolls back (a refused login, an expired reset link), whose trace must stay.
 */
@ApplicationScoped
public class AuditLog {
    private static final int MAX_DETAIL = 500;

    private final EntityManager em;

    AuditLog(EntityManager em) {
        this.em = em;
    }

    /** An action that succeeded, in its own transaction (there must be one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, AuditActor actor, AuditTarget target, String detail) {
        insert(action, AuditOutcome.SUCCESS, actor, target, detail);
    }

    /** An attempt that failed: written and committed even when the caller's transaction rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(AuditAction action, AuditActor actor, AuditTarget target, String detail) {
        insert(action, AuditOutcome.FAILURE, actor, target, detail);
    }

    private void insert(AuditAction action, AuditOutcome outcome, AuditActor actor, AuditTarget target, String detail) {
        em.createNativeQuery("""
                        INSERT INTO audit_event (category, action, outcome, actor_member_id, actor_client_id,
                                                 target_type, target_id, subject_member_id, ip_address, detail)
                        VALUES (:category, :action, :outcome, :actorMember, :actorClient,
                                :targetType, :targetId, :subject, CAST(:ip AS inet), :detail)
                        """)
                .setParameter("category", action.category().name())
                .setParameter("action", action.name())
                .setParameter("outcome", outcome.name())
                .setParameter("actorMember", actor.memberId())
                .setParameter("actorClient", actor.clientId())
                .setParameter("targetType", target.type())
                .setParameter("targetId", target.id())
                .setParameter("subject", target.subjectMemberId())
                .setParameter("ip", currentAddress())
                .setParameter(
                        "detail",
                        detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL))
                .executeUpdate();
    }

    /** The caller's address (after the trusted proxy's X-Forwarded-For), or null outside an HTTP request. */
    private static String currentAddress() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext routing =
                Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (routing == null || routing.request().remoteAddress() == null) {
            return null;
        }
        return routing.request().remoteAddress().hostAddress();
    }
}
