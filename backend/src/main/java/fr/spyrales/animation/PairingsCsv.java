package fr.spyrales.animation;

import fr.spyrales.animation.AnimationDtos.PairingRow;
import fr.spyrales.common.csv.SpreadsheetCsv;
import java.util.List;

/**
 * The pairings as a spreadsheet opens them in France ({@link SpreadsheetCsv}). Only what supervision may see: names,
 * organisations, region, state, dates and counts.
 */
final class PairingsCsv {
    static final String HEADER = "mentoré;organisation du mentoré;région du mentoré;mentor;organisation du mentor;"
            + "état;demandé le;commencé le;fin prévue le;terminé le;séances;dernière séance;objectifs;objectifs atteints";

    private PairingsCsv() {}

    static String write(List<PairingRow> rows) {
        SpreadsheetCsv csv = SpreadsheetCsv.withHeader(HEADER);
        for (PairingRow r : rows) {
            csv.line(
                    r.mentee().displayName(),
                    r.mentee().organization(),
                    r.menteeRegion(),
                    r.mentor().displayName(),
                    r.mentor().organization(),
                    status(r.status()),
                    SpreadsheetCsv.day(r.requestedAt()),
                    SpreadsheetCsv.day(r.startedAt()),
                    SpreadsheetCsv.day(r.plannedEndDate()),
                    SpreadsheetCsv.day(r.endedAt()),
                    Long.toString(r.sessionCount()),
                    SpreadsheetCsv.day(r.lastSessionOn()),
                    Long.toString(r.goalCount()),
                    Long.toString(r.goalsDone()));
        }
        return csv.text();
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
            default -> status;
        };
    }
}
