package fr.spyrales.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses may register, by their domain, without the application. */
class EmailDomainPolicyTest {
    private static final EmailDomainPolicy POLICY =
            new EmailDomainPolicy(List.of("insee.fr", " *.gouv.fr ", "gouv.fr", "ac-*.fr", "", "univ-*.fr"));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "elodie.martin@insee.fr,            allowed",
        "Elodie.Martin@INSEE.FR,            allowed",
        "karim@gouv.fr,                     allowed",
        "karim@finances.gouv.fr,            allowed",
        "karim@dgfip.finances.gouv.fr,      allowed",
        "prof@ac-lyon.fr,                   allowed",
        "prof@ac-aix-marseille.fr,          allowed",
        "chercheuse@univ-lille.fr,          allowed",
        "someone@gmail.com,                 refused",
        "someone@evilgouv.fr,               refused",
        "someone@insee.fr.evil.com,         refused",
        "someone@sub.insee.fr,              refused",
        "someone@ac-.fr,                    refused",
        "someone@ac-lyon.fr.evil.com,       refused",
        "someone@ac-lyon.com,               refused",
        "no-at-sign.insee.fr,               refused",
    })
    void onlyPublicSectorDomainsMayRegister(String email, String expected) {
        assertEquals(expected, POLICY.allows(email) ? "allowed" : "refused");
    }
}
