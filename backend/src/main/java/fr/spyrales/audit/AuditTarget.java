package fr.spyrales.audit;

import java.util.UUID;

/**
 * What an action was about: a type (« member », « resource », « partner_client »…) and an id, and the member whose
 * account it concerns when there is one (his « Activité de mon compte » lists the security events naming him).
 */
public record AuditTarget(String type, String id, UUID subjectMemberId) {
    public static AuditTarget member(UUID memberId) {
        return new AuditTarget("member", memberId.toString(), memberId);
    }

    public static AuditTarget of(String type, Object id) {
        return new AuditTarget(type, id == null ? null : id.toString(), null);
    }

    public static AuditTarget none() {
        return new AuditTarget(null, null, null);
    }
}
