package fr.spyrales.common.csv;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A CSV file as a spreadsheet opens it in France: UTF-8 with a byte order mark (so that Excel reads the accents),
 * fields separated by semicolons, lines ended by CRLF, dates and times of Paris. A cell that a spreadsheet would take
 * for a formula (=, +, -, @) is prefixed with an apostrophe; a cell holding « ; », a quote or a line break is quoted.
 */
public final class SpreadsheetCsv {
    public static final String BOM = "\uFEFF";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.FRENCH);
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[;\"\r\n]");

    private final StringBuilder text;

    private SpreadsheetCsv(String header) {
        text = new StringBuilder(BOM).append(header).append("\r\n");
    }

    /** A file starting with this header line (its names already separated by semicolons). */
    public static SpreadsheetCsv withHeader(String header) {
        return new SpreadsheetCsv(header);
    }

    /** One line: each value made safe ({@link #cell}); null is an empty cell. */
    public SpreadsheetCsv line(String... values) {
        text.append(Arrays.stream(values).map(SpreadsheetCsv::cell).collect(Collectors.joining(";")))
                .append("\r\n");
        return this;
    }

    public String text() {
        return text.toString();
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        // OWASP's list: a spreadsheet reads a cell starting with these as a formula (tab and CR included).
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return NEEDS_QUOTES.matcher(safe).find() ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** « 02/12/2026 », the day at Paris; empty for null. */
    public static String day(OffsetDateTime time) {
        return time == null ? "" : DAY.format(time.atZoneSameInstant(PARIS));
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** « 02/12/2026 14:05 », at Paris; empty for null. */
    public static String minute(OffsetDateTime time) {
        return time == null ? "" : MINUTE.format(time.atZoneSameInstant(PARIS));
    }

    /** « 02/12/2026 14:05:09 », at Paris; empty for null. */
    public static String second(OffsetDateTime time) {
        return time == null ? "" : SECOND.format(time.atZoneSameInstant(PARIS));
    }
}
