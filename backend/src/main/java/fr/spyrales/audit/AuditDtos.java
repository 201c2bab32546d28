package fr.spyrales.audit;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the audit log's readers receive. */
public final class AuditDtos {
    private AuditDtos() {}

    @Schema(name = "AuditEvent", description = "Une ligne du journal d'audit")
    public record AuditEventView(
            @Schema(required = true, example = "1842") long id,

            @Schema(required = true, example = "2026-11-19T10:00:00+01:00")
            OffsetDateTime occurredAt,

            @Schema(required = true) AuditCategory category,

            @Schema(required = true, example = "ROLE_GRANTED")
            String action,

            @Schema(required = true, example = "Rôle attribué")
            String actionLabel,

            @Schema(required = true) AuditOutcome outcome,
            @Schema(description = "Le membre qui a agi") UUID actorMemberId,
            @Schema(example = "Awa Diallo") String actorName,

            @Schema(description = "Le client partenaire qui a agi")
            UUID actorClientId,

            @Schema(example = "Intranet du ministère") String actorClientName,
            @Schema(example = "member") String targetType,

            @Schema(example = "3f1c0f5e-2b7a-4a43-9d53-1f3b6c2d9a10")
            String targetId,

            @Schema(description = "Le membre dont le compte est concerné")
            UUID subjectMemberId,

            @Schema(example = "Jean Martin") String subjectName,
            @Schema(example = "192.0.2.10") String ipAddress,
            @Schema(example = "animateur") String detail) {}

    @Schema(name = "SecurityEvent", description = "Un événement de sécurité de mon compte")
    public record SecurityEventView(
            @Schema(required = true, example = "1842") long id,

            @Schema(required = true, example = "2026-11-19T10:00:00+01:00")
            OffsetDateTime occurredAt,

            @Schema(required = true, example = "LOGIN") String action,
            @Schema(required = true, example = "Connexion") String actionLabel,
            @Schema(required = true) AuditOutcome outcome,
            @Schema(example = "192.0.2.10") String ipAddress,
            @Schema(example = "Mot de passe") String detail) {}

    @Schema(name = "AuditActionDescription", description = "Une action du journal, avec sa catégorie et son libellé")
    public record AuditActionView(
            @Schema(required = true) AuditAction action,
            @Schema(required = true) AuditCategory category,
            @Schema(required = true, example = "Connexion") String label) {}
}
