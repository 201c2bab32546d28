package fr.spyrales.auth;

import fr.spyrales.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The rules a new password meets beyond its length, each refused with its French message on the field. */
@ApplicationScoped
public class PasswordPolicy {
    static final String TOO_COMMON = "Ce mot de passe fait partie des plus courants : choisissez-en un autre.";
    /** Shorter local parts (« al@… ») would be found in too many passwords by chance. */
    private static final int MIN_CHECKED_LOCAL_PART_LENGTH = 3;

    private final CommonPasswords commonPasswords = CommonPasswords.load();

    /** Refuses, as a 400 on the field {@code password}, a password that breaks a rule. */
    public void check(String password, String email) {
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw ApiException.invalidField("password", AuthDtos.PASSWORD_RULE);
        }
        String localPart = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT);
        if (localPart.length() >= MIN_CHECKED_LOCAL_PART_LENGTH
                && password.toLowerCase(Locale.ROOT).contains(localPart)) {
            throw ApiException.invalidField(
                    "password", "Le mot de passe ne doit pas contenir votre adresse e-mail (" + localPart + ").");
        }
        if (commonPasswords.contains(password)) {
            throw ApiException.invalidField("password", TOO_COMMON);
        }
    }
}
