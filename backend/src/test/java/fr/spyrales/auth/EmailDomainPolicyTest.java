package fr.spyrales.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may register, by the domain of the address, on an allowlist of each kind of entry. */
class EmailDomainPolicyTest {
    private final EmailDomainPolicy policy = new EmailDomainPolicy(allowing(" insee.fr ", "*.gouv.fr", "ac-*.fr", ""));

    @ParameterizedTest
    @ValueSource(strings = {
            "jeanne@insee.fr", "Jeanne@INSEE.FR", // an exact domain, whatever the case
            "jeanne@finances.gouv.fr", "jeanne@dgfip.finances.gouv.fr", // a domain's subdomains, however deep
            "jeanne@ac-lyon.fr", "jeanne@ac-aix-marseille.fr", // a label pattern
    })
    void allowsTheListedDomains(String email) {
        assertTrue(policy.allows(email), email);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jeanne@gmail.com", "jeanne-sans-arobase.insee.fr",
            "jeanne@stats.insee.fr", // an exact domain does not bring its subdomains
            "jeanne@gouv.fr", // nor does `*.gouv.fr` bring gouv.fr itself: the list names both
            "jeanne@fauxgouv.fr", "jeanne@finances.gouv.fr.example.com", "jeanne@insee.fr.example.com",
            "jeanne@ac-.fr", "jeanne@ac-lyon.example.fr", // a star stands for one label, not for dots
    })
    void refusesEveryOtherDomain(String email) {
        assertFalse(policy.allows(email), email);
    }

    /** Only the allowlist is read: any other key is a test that should be written otherwise. */
    private static AuthConfig allowing(String... domains) {
        return (AuthConfig) Proxy.newProxyInstance(AuthConfig.class.getClassLoader(), new Class<?>[] {AuthConfig.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("allowedDomains")) {
                        return List.of(domains);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
