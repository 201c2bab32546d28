package fr.spyrales.challenge;

import java.util.Locale;

/** The periods of the challenge list, by the database's clock; the query parameter names them in lower case. */
enum ChallengePeriod {
    CURRENT,
    UPCOMING,
    PAST;

    static ChallengePeriod of(String parameter) {
        return parameter == null ? null : valueOf(parameter.toUpperCase(Locale.ROOT));
    }
}
