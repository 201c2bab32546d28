package fr.spyrales.audit;

import fr.spyrales.common.DateRange;
import fr.spyrales.common.PageQuery;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the audit log, shared by the list and its CSV export. */
public class AuditQuery extends PageQuery {
    @QueryParam("from")
    @Pattern(regexp = DateRange.PATTERN, message = DateRange.FORMAT_MESSAGE)
    @Parameter(description = "Premier jour de la période (heure de Paris), inclus.", example = "2026-11-01")
    public String from;

    @QueryParam("to")
    @Pattern(regexp = DateRange.PATTERN, message = DateRange.FORMAT_MESSAGE)
    @Parameter(description = "Dernier jour de la période (heure de Paris), inclus.", example = "2026-11-30")
    public String to;

    @QueryParam("category")
    @Parameter(description = "Événements de sécurité ou actions privilégiées.")
    public AuditCategory category;

    @QueryParam("action")
    @Parameter(description = "Une action du journal (voir /audit-events/actions).")
    public AuditAction action;

    @QueryParam("outcome")
    @Parameter(description = "Réussite ou échec.")
    public AuditOutcome outcome;

    @QueryParam("actor")
    @Parameter(description = "Identifiant du membre ou du client partenaire qui a agi.")
    public UUID actor;

    @QueryParam("subject")
    @Parameter(description = "Identifiant du membre dont le compte est concerné.")
    public UUID subject;

    @QueryParam("targetType")
    @Size(max = 40, message = "Le type de cible ne dépasse pas 40 caractères.")
    @Parameter(description = "Type de la cible (member, resource, dataset, partner_client…).", example = "member")
    public String targetType;

    @QueryParam("targetId")
    @Size(max = 100, message = "L'identifiant de la cible ne dépasse pas 100 caractères.")
    @Parameter(description = "Identifiant de la cible.")
    public String targetId;
}
