package fr.spyrales.audit;

import fr.spyrales.audit.AuditDtos.SecurityEventView;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The security events of the member's account (« Activité de mon compte »: sign-ins, failed attempts, passwords,
 * sessions), with the addresses they came from: personal data the log keeps for its retention period.
 */
@ApplicationScoped
public class AuditPersonalData implements PersonalDataSection<AuditPersonalData.SecurityEvents> {
    static final String KEY = "securityEvents";

    private final AuditEvents events;

    AuditPersonalData(AuditEvents events) {
        this.events = events;
    }

    @Schema(
            name = "PersonalDataSecurityEvents",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record SecurityEvents(
            @Schema(
                    required = true,
                    description = "Les événements de sécurité de votre compte (connexions, tentatives"
                            + " échouées, mots de passe, sessions), les plus récents d'abord, tant que le"
                            + " journal les conserve.")
            List<SecurityEventView> items) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public SecurityEvents export(UUID memberId) {
        return new SecurityEvents(events.allSecurityEventsOf(memberId));
    }
}
