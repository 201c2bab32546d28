package fr.spyrales.audit;

import java.util.UUID;

/** Who acted: a member, a partner client, or nobody known (a failed login, a scheduled job). */
public record AuditActor(UUID memberId, UUID clientId) {
    public static AuditActor member(UUID memberId) {
        return new AuditActor(memberId, null);
    }

    public static AuditActor client(UUID clientId) {
        return new AuditActor(null, clientId);
    }

    public static AuditActor nobody() {
        return new AuditActor(null, null);
    }
}
