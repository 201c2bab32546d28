package fr.spyrales.event;

import fr.spyrales.common.csv.SpreadsheetCsv;
import fr.spyrales.event.EventDtos.Registrant;
import java.util.List;

/** The registrants as a spreadsheet opens them in France ({@link SpreadsheetCsv}). */
final class RegistrantsCsv {
    static final String HEADER = "nom;organisation;statut;position;inscrit le;présent";

    private RegistrantsCsv() {}

    static String write(List<Registrant> registrants) {
        SpreadsheetCsv csv = SpreadsheetCsv.withHeader(HEADER);
        for (Registrant r : registrants) {
            csv.line(
                    r.displayName(),
                    r.organization(),
                    status(r),
                    r.position() == null ? null : r.position().toString(),
                    SpreadsheetCsv.minute(r.registeredAt()),
                    r.attended() ? "oui" : "non");
        }
        return csv.text();
    }

    private static String status(Registrant r) {
        return switch (r.status()) {
            case CONFIRMED -> "confirmé";
            case WAITLISTED -> "liste d'attente";
            case CANCELLED -> "annulé";
        };
    }
}
