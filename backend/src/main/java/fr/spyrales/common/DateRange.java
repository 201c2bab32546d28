package fr.spyrales.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A period of days given as two optional query parameters (AAAA-MM-JJ), both ends included. Parsing reports every
 * wrong field at once, and a period that ends before it starts, as one 400 with per-field errors.
 */
public record DateRange(LocalDate from, LocalDate to) {
    /** For {@code @Pattern} on the parameters, so that the contract documents the format. */
    public static final String PATTERN = "\\d{4}-\\d{2}-\\d{2}";

    public static final String FORMAT_MESSAGE = "Date attendue au format AAAA-MM-JJ.";

    public static DateRange parse(String fromField, String from, String toField, String to) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate start = day(fromField, from, errors);
        LocalDate end = day(toField, to, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new Problem.FieldError(toField, "La fin de la période précède son début."));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, "La période demandée n'est pas valide.", errors, null);
        }
        return new DateRange(start, end);
    }

    private static LocalDate day(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            errors.add(new Problem.FieldError(field, FORMAT_MESSAGE));
            return null;
        }
    }
}
