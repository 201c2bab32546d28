package fr.spyrales.event;

import fr.spyrales.event.EventDtos.Registrant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The registrants as a spreadsheet opens them in France: UTF-8 with a byte order mark (so that Excel reads the
 * accents), fields separated by semicolons, times in Europe/Paris. A cell that a spreadsheet would take for a
 * formula (=, +, -, @) is prefixed with an apostrophe.
 */
final class RegistrantsCsv {
    static final String BOM = "\uFEFF";
    static final String HEADER = "nom;organisation;statut;position;inscrit le;présent";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH);
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[;\"\r\n]");

    private RegistrantsCsv() {}

    static String write(List<Registrant> registrants) {
        StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
        for (Registrant r : registrants) {
            csv.append(String.join(
                            ";",
                            cell(r.displayName()),
                            cell(r.organization()),
                            cell(status(r)),
                            r.position() == null ? "" : r.position().toString(),
                            cell(time(r.registeredAt())),
                            r.attended() ? "oui" : "non"))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String status(Registrant r) {
        return switch (r.status()) {
            case CONFIRMED -> "confirmé";
            case WAITLISTED -> "liste d'attente";
            case CANCELLED -> "annulé";
        };
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
