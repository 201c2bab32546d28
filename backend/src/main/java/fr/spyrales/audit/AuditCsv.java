package fr.spyrales.audit;

import fr.spyrales.audit.AuditDtos.AuditEventView;
import fr.spyrales.common.csv.SpreadsheetCsv;
import java.util.List;

/** The audit log as a spreadsheet opens it in France ({@link SpreadsheetCsv}), times at Paris with seconds. */
final class AuditCsv {
    static final String HEADER = "date;catégorie;action;résultat;auteur;identifiant de l'auteur;client partenaire;"
            + "type de cible;identifiant de la cible;compte concerné;identifiant du compte;adresse IP;détail";

    private AuditCsv() {}

    static String write(List<AuditEventView> events) {
        SpreadsheetCsv csv = SpreadsheetCsv.withHeader(HEADER);
        for (AuditEventView e : events) {
            csv.line(
                    SpreadsheetCsv.second(e.occurredAt()),
                    e.category() == AuditCategory.SECURITY ? "sécurité" : "action privilégiée",
                    e.actionLabel(),
                    e.outcome() == AuditOutcome.SUCCESS ? "réussite" : "échec",
                    e.actorName(),
                    e.actorMemberId() == null ? null : e.actorMemberId().toString(),
                    e.actorClientName(),
                    e.targetType(),
                    e.targetId(),
                    e.subjectName(),
                    e.subjectMemberId() == null ? null : e.subjectMemberId().toString(),
                    e.ipAddress(),
                    e.detail());
        }
        return csv.text();
    }
}
