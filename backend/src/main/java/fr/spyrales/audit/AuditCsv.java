package fr.spyrales.audit;

import fr.spyrales.audit.AuditDtos.AuditEventView;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The audit log as a spreadsheet opens it in France: UTF-8 with a byte order mark (so that Excel reads the accents),
 * fields separated by semicolons, times in Europe/Paris with seconds. A cell that a spreadsheet would take for a
 * formula (=, +, -, @) is prefixed with an apostrophe; a cell holding « ; », a quote or a line break is quoted.
 */
final class AuditCsv {
    static final String BOM = "\uFEFF";
    static final String HEADER = "date;catégorie;action;résultat;auteur;identifiant de l'auteur;client partenaire;"
            + "type de cible;identifiant de la cible;compte concerné;identifiant du compte;adresse IP;détail";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.FRENCH);
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[;\"\r\n]");

    private AuditCsv() {}

    static String write(List<AuditEventView> events) {
        StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
        for (AuditEventView e : events) {
            csv.append(String.join(
                            ";",
                            cell(time(e.occurredAt())),
                            cell(e.category() == AuditCategory.SECURITY ? "sécurité" : "action privilégiée"),
                            cell(e.actionLabel()),
                            cell(e.outcome() == AuditOutcome.SUCCESS ? "réussite" : "échec"),
                            cell(e.actorName()),
                            cell(
                                    e.actorMemberId() == null
                                            ? null
                                            : e.actorMemberId().toString()),
                            cell(e.actorClientName()),
                            cell(e.targetType()),
                            cell(e.targetId()),
                            cell(e.subjectName()),
                            cell(
                                    e.subjectMemberId() == null
                                            ? null
                                            : e.subjectMemberId().toString()),
                            cell(e.ipAddress()),
                            cell(e.detail())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String time(OffsetDateTime time) {
        return time == null ? "" : TIME.format(time.atZoneSameInstant(PARIS));
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return NEEDS_QUOTES.matcher(safe).find() ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
