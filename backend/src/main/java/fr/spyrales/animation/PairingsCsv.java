package fr.spyrales.animation;

import fr.spyrales.animation.AnimationDtos.PairingRow;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The pairings as a spreadsheet opens them in France: UTF-8 with a byte order mark (so that Excel reads the accents),
 * fields separated by semicolons, dates in Europe/Paris. Only what supervision may see: names, organisations, region,
 * state, dates and counts. A cell that a spreadsheet would take for a formula (=, +, -, @) gets an apostrophe.
 */
final class PairingsCsv {
    static final String BOM = "\uFEFF";
    static final String HEADER = "mentoré;organisation du mentoré;région du mentoré;mentor;organisation du mentor;"
            + "état;demandé le;commencé le;fin prévue le;terminé le;séances;dernière séance;objectifs;objectifs atteints";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[;\"\r\n]");

    private PairingsCsv() {}

    static String write(List<PairingRow> rows) {
        StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
        for (PairingRow r : rows) {
            csv.append(String.join(
                            ";",
                            cell(r.mentee().displayName()),
                            cell(r.mentee().organization()),
                            cell(r.menteeRegion()),
                            cell(r.mentor().displayName()),
                            cell(r.mentor().organization()),
                            status(r.status()),
                            day(r.requestedAt()),
                            day(r.startedAt()),
                            day(r.plannedEndDate()),
                            day(r.endedAt()),
                            Long.toString(r.sessionCount()),
                            day(r.lastSessionOn()),
                            Long.toString(r.goalCount()),
                            Long.toString(r.goalsDone())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String status(String status) {
        return switch (status) {
            case "PENDING" -> "en attente";
            case "ACCEPTED" -> "en cours";
            case "PAUSED" -> "en pause";
            case "DECLINED" -> "déclinée";
            case "WITHDRAWN" -> "retirée";
            case "EXPIRED" -> "expirée";
            case "COMPLETED" -> "terminé";
            case "CANCELLED" -> "annulé";
            default -> cell(status);
        };
    }

    private static String day(OffsetDateTime time) {
        return time == null ? "" : DAY.format(time.atZoneSameInstant(PARIS));
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return NEEDS_QUOTES.matcher(safe).find() ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
