package fr.spyrales.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules a new password meets beyond its length, on their own, with the message the member reads. */
class PasswordPolicyTest {
    private static final String EMAIL = "jeanne.martin@insee.fr";

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsAPassphraseOfSeventyTwoBytes() {
        assertDoesNotThrow(() -> policy.check("é".repeat(36), EMAIL));
        assertDoesNotThrow(() -> policy.check("a-long-passphrase-".repeat(4), EMAIL));
    }

    @Test
    void refusesAPasswordOverSeventyTwoBytesCountingAccentsAsTwo() {
        assertRefused(AuthDtos.PASSWORD_RULE, () -> policy.check("é".repeat(37), EMAIL));
        assertRefused(AuthDtos.PASSWORD_RULE, () -> policy.check("x".repeat(73), EMAIL));
    }

    @Test
    void refusesAPasswordThatContainsTheAddressWhateverTheCase() {
        assertRefused("Le mot de passe ne doit pas contenir votre adresse e-mail (jeanne.martin).",
                () -> policy.check("Jeanne.Martin-2026-statistiques", EMAIL));
    }

    @Test
    void aLocalPartShorterThanThreeLettersIsNotLookedFor() {
        assertDoesNotThrow(() -> policy.check("Statistiques-et-tartines-42", "al@insee.fr"));
    }

    @Test
    void refusesACommonPassword() {
        assertRefused(PasswordPolicy.TOO_COMMON, () -> policy.check("Azertyuiop2026!", EMAIL));
    }

    private static void assertRefused(String message, Runnable check) {
        ApiException refusal = assertThrows(ApiException.class, check::run);
        assertEquals(List.of(new Problem.FieldError("password", message)), refusal.errors());
    }
}
