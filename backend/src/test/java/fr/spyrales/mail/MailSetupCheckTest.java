package fr.spyrales.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.mail.MailSetupCheck.MailSetup;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** The start refuses a production without a mail server, and mails written to the log outside a local trial. */
@QuarkusTest
class MailSetupCheckTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    Config config;

    @Inject
    MailConfig mailConfig;

    private static MailSetup production(boolean mocked, boolean hostConfigured, String publicUrl) {
        return new MailSetup(LaunchMode.NORMAL, mocked, hostConfigured, publicUrl, TIMEOUT, LEASE);
    }

    @Test
    void productionWithoutAnSmtpServerDoesNotStartAndSaysWhatToSet() {
        List<String> problems = MailSetupCheck.problems(production(false, false, "https://spyrales.fr"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("QUARKUS_MAILER_HOST"), problems.get(0));
        assertTrue(problems.get(0).contains("QUARKUS_MAILER_MOCK=true"), problems.get(0));
    }

    @Test
    void productionWithAnSmtpServerStarts() {
        assertEquals(List.of(), MailSetupCheck.problems(production(false, true, "https://spyrales.fr")));
    }

    @Test
    void mailsInTheLogAreForALocalTrialOnly() {
        assertEquals(List.of(), MailSetupCheck.problems(production(true, false, "http://localhost:8080")));
        assertEquals(List.of(), MailSetupCheck.problems(production(true, false, "http://127.0.0.1:8181/")));
        List<String> problems = MailSetupCheck.problems(production(true, true, "https://spyrales.fr"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("https://spyrales.fr"), problems.get(0));
        assertEquals(
                1,
                MailSetupCheck.problems(production(true, false, "http://localhost.example.fr"))
                        .size());
    }

    @Test
    void devAndTestsMayMockWhateverTheirAddress() {
        for (LaunchMode mode : List.of(LaunchMode.DEVELOPMENT, LaunchMode.TEST)) {
            assertEquals(
                    List.of(),
                    MailSetupCheck.problems(
                            new MailSetup(mode, true, false, "https://recette.example.fr", TIMEOUT, LEASE)));
        }
    }

    @Test
    void aLeaseNoLongerThanTheMailerTimeoutIsRefused() {
        var setup = new MailSetup(LaunchMode.NORMAL, false, true, "https://spyrales.fr", TIMEOUT, TIMEOUT);
        List<String> problems = MailSetupCheck.problems(setup);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("SPYRALES_MAIL_CLAIM_LEASE"), problems.get(0));
        assertEquals(
                1,
                MailSetupCheck.problems(new MailSetup(
                                LaunchMode.NORMAL, false, true, "https://spyrales.fr", Duration.ZERO, LEASE))
                        .size(),
                "a mailer that may wait forever");
    }

    @Test
    void onlyAnSmtpHostSomebodySetCounts() {
        MailSetup testApp = MailSetupCheck.read(config.unwrap(SmallRyeConfig.class), mailConfig);
        assertTrue(testApp.mocked());
        assertFalse(testApp.hostConfigured(), "Quarkus' default host (localhost) is not a setting");
        assertEquals(List.of(), MailSetupCheck.problems(testApp));

        SmallRyeConfig fromEnvironment = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        Map.of(
                                "quarkus.mailer.host",
                                "smtp.example.fr",
                                "quarkus.mailer.timeout",
                                "PT10S",
                                "spyrales.public-url",
                                "https://spyrales.fr"),
                        "environment",
                        300))
                .build();
        assertTrue(MailSetupCheck.read(fromEnvironment, mailConfig).hostConfigured());
    }
}
