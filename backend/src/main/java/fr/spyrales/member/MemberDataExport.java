package fr.spyrales.member;

import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.privacy.PersonalDataService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/**
 * A member's export of all his data (RGPD). A security event of his account: a stolen session would use it to take
 * everything at once, so it is in the audit log and in his « Activité de mon compte ».
 */
@ApplicationScoped
public class MemberDataExport {
    private final PersonalDataService personalData;
    private final AuditLog audit;

    MemberDataExport(PersonalDataService personalData, AuditLog audit) {
        this.personalData = personalData;
        this.audit = audit;
    }

    @Transactional
    public Map<String, Object> export(UUID memberId) {
        audit.record(
                AuditAction.PERSONAL_DATA_EXPORTED, AuditActor.member(memberId), AuditTarget.member(memberId), null);
        return personalData.export(memberId);
    }
}
