package fr.spyrales.challenge;

import fr.spyrales.common.ApiException;
import java.time.OffsetDateTime;

/**
 * What animateurs and members type, as stored: checked here against exactly what the database's checks of
 * migration V15 count (characters, not UTF-16 units), so that no input reaches a check the database would refuse.
 */
final class ChallengeInput {
    /** Dates outside these years are typing mistakes (and PostgreSQL cannot store some of them). */
    private static final int FIRST_YEAR = 2000;

    private static final int LAST_YEAR = 2200;

    private ChallengeInput() {}

    static String title(String title) {
        String stripped = title.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length < 3 || length > 120) {
            throw ApiException.invalidField("title", "Le titre fait entre 3 et 120 caractères.");
        }
        return stripped;
    }

    static String task(String task) {
        if (task.isBlank()) {
            throw ApiException.invalidField("task", "Écrivez la consigne du défi.");
        }
        return task;
    }

    static OffsetDateTime date(String field, OffsetDateTime date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw ApiException.invalidField(field, "Indiquez une date entre " + FIRST_YEAR + " et " + LAST_YEAR + ".");
        }
        return date;
    }

    /** An optional text as stored: absent when blank. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
