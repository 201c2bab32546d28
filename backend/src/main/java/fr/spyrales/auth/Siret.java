package fr.spyrales.auth;

import java.util.regex.Pattern;

/**
 * The SIRET ProConnect gives for the agent's establishment: 14 digits, the first 9 the SIREN of the employing body
 * (which the organisation suggestion compares). Anything else is not kept; the database refuses it too (V27).
 */
final class Siret {
    private static final Pattern FORMAT = Pattern.compile("[0-9]{14}");
    private static final Pattern SPACES = Pattern.compile("\\s");

    private Siret() {}

    /** The SIRET, spaces removed, or null when there is none or it is not 14 digits. */
    static String orNull(String claim) {
        if (claim == null) {
            return null;
        }
        String digits = SPACES.matcher(claim).replaceAll("");
        return FORMAT.matcher(digits).matches() ? digits : null;
    }
}
