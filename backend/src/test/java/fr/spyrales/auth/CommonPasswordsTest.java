package fr.spyrales.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The list of common passwords on its own, without the application. */
class CommonPasswordsTest {
    private static final CommonPasswords COMMON = CommonPasswords.load();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "qwerty123456",
                "1qaz2wsx3edc", // in the top 10,000 as they are, 12 characters and more
                "QWERTY123456",
                "Password1234",
                "password2026!",
                "iloveyou-2024",
                "Sunshine123456", // case, then a suffix
                "azertyuiop",
                "Azertyuiop2026!",
                "motdepasse1234",
                "Mot-de-passe-2026",
                "Soleil123456!",
                "soleilsoleil",
                "Liberté2026!!!",
                "SPYRALES-2026!", // the French additions, accents ignored
            })
    void refusesCommonPasswordsWhateverTheCaseAndTheSuffix(String password) {
        assertTrue(COMMON.contains(password), password);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Statistiques-et-tartines-42", "tableaux-croises-et-ggplot2", "une phrase de passe solide",
                "2026!azertyuiop-et-cetera", "Kx9!mQ2#vL7$", "motdepasse de la boulangère",
            })
    void acceptsPasswordsThatOnlyContainACommonOne(String password) {
        assertFalse(COMMON.contains(password), password);
    }
}
