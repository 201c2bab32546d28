package fr.spyrales.mail;

import fr.spyrales.common.PublicUrl;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Refuses to start when mail would go nowhere, or when mails (their confirmation and reset links included)
 * would be written to the log of anything but a local trial.
 */
@ApplicationScoped
class MailSetupCheck {
    private static final Logger LOG = Logger.getLogger(MailSetupCheck.class);
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    /** Values from a config source this low are Quarkus's own defaults, not a setting anybody made. */
    private static final int DEFAULTS_ORDINAL = 100;

    /** What the check looks at, gathered from the configuration. */
    record MailSetup(
            LaunchMode mode,
            boolean mocked,
            boolean hostConfigured,
            String publicUrl,
            Duration mailerTimeout,
            Duration claimLease) {}

    void check(@Observes StartupEvent started, Config config, MailConfig mailConfig) {
        MailSetup setup = read(config.unwrap(SmallRyeConfig.class), mailConfig);
        List<String> problems = problems(setup);
        if (!problems.isEmpty()) {
            String message = "Mail is not configured for production:\n- " + String.join("\n- ", problems);
            LOG.error(message);
            throw new IllegalStateException(message);
        }
        if (setup.mocked() && setup.mode() == LaunchMode.NORMAL) {
            LOG.warn(
                    "QUARKUS_MAILER_MOCK=true: no mail is sent, each one is written to this log, links included. Local trial only.");
        }
    }

    static MailSetup read(SmallRyeConfig config, MailConfig mailConfig) {
        LaunchMode mode = LaunchMode.current();
        boolean mocked =
                config.getOptionalValue("quarkus.mailer.mock", Boolean.class).orElse(mode.isDevOrTest());
        ConfigValue host = config.getConfigValue("quarkus.mailer.host");
        boolean hostConfigured = host.getValue() != null
                && !host.getValue().isBlank()
                && host.getConfigSourceOrdinal() > DEFAULTS_ORDINAL;
        return new MailSetup(
                mode,
                mocked,
                hostConfigured,
                PublicUrl.from(config).base(),
                config.getValue("quarkus.mailer.timeout", Duration.class),
                mailConfig.claimLease());
    }

    static List<String> problems(MailSetup setup) {
        List<String> problems = new ArrayList<>();
        if (setup.mode() == LaunchMode.NORMAL) {
            if (!setup.mocked() && !setup.hostConfigured()) {
                problems.add(
                        "no SMTP server: set QUARKUS_MAILER_HOST and QUARKUS_MAILER_PORT, with QUARKUS_MAILER_USERNAME, "
                                + "QUARKUS_MAILER_PASSWORD and QUARKUS_MAILER_TLS=true or QUARKUS_MAILER_START_TLS=REQUIRED as your "
                                + "provider asks, and SPYRALES_MAIL_FROM. For a local trial only, QUARKUS_MAILER_MOCK=true writes "
                                + "the mails to the log instead.");
            }
            if (setup.mocked() && !isLocal(setup.publicUrl())) {
                problems.add(
                        "QUARKUS_MAILER_MOCK=true writes every mail, confirmation and password reset links included, "
                                + "to the log: it is allowed only when SPYRALES_PUBLIC_URL is a localhost address (a local trial), "
                                + "not " + setup.publicUrl()
                                + ". Configure an SMTP server with QUARKUS_MAILER_HOST and the "
                                + "related QUARKUS_MAILER_* variables, and leave QUARKUS_MAILER_MOCK unset.");
            }
        }
        if (setup.mailerTimeout().isZero() || setup.claimLease().compareTo(setup.mailerTimeout()) <= 0) {
            problems.add("SPYRALES_MAIL_CLAIM_LEASE (" + setup.claimLease()
                    + ") must be longer than QUARKUS_MAILER_TIMEOUT (" + setup.mailerTimeout()
                    + ", which must not be 0): else a mail still being sent could be sent twice.");
        }
        return problems;
    }

    private static boolean isLocal(String url) {
        try {
            String host = URI.create(url).getHost();
            return host != null && LOCAL_HOSTS.contains(host.toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
