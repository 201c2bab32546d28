package fr.spyrales.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.Problem.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a new password is refused for, and the message on the field, without the application. */
class PasswordPolicyTest {
    private static final PasswordPolicy POLICY = new PasswordPolicy();

    private static FieldError refusal(String password, String email) {
        ApiException refused = assertThrows(ApiException.class, () -> POLICY.check(password, email));
        assertEquals(1, refused.errors().size(), refused.errors().toString());
        return refused.errors().get(0);
    }

    @Test
    void aLongUnusualPasswordIsAccepted() {
        assertDoesNotThrow(() -> POLICY.check("Statistiques-et-tartines-42", "elodie.martin@insee.fr"));
    }

    @Test
    void moreThan72BytesIsRefusedEvenUnder72Characters() {
        String accented = "é".repeat(37); // 37 characters, 74 bytes: bcrypt would silently ignore the end
        FieldError error = refusal(accented, "elodie.martin@insee.fr");
        assertEquals("password", error.field());
        assertEquals(AuthDtos.PASSWORD_RULE, error.message());
        assertDoesNotThrow(() -> POLICY.check("é".repeat(36), "elodie.martin@insee.fr"));
    }

    @Test
    void thePasswordMustNotContainTheAddressWhateverTheCase() {
        FieldError error = refusal("Mon-ELODIE.MARTIN-2026", "elodie.martin@insee.fr");
        assertEquals("password", error.field());
        assertEquals("Le mot de passe ne doit pas contenir votre adresse e-mail (elodie.martin).", error.message());
    }

    @Test
    void aVeryShortLocalPartIsNotLookedFor() {
        assertDoesNotThrow(() -> POLICY.check("Une-alouette-dans-le-ciel", "al@insee.fr"));
        assertEquals(
                "password", refusal("Une-alouette-dans-le-ciel", "alo@insee.fr").field());
    }

    @Test
    void aCommonPasswordIsRefused() {
        assertEquals(
                List.of(new FieldError("password", PasswordPolicy.TOO_COMMON)),
                assertThrows(ApiException.class, () -> POLICY.check("Azertyuiop2026!", "elodie.martin@insee.fr"))
                        .errors());
    }
}
