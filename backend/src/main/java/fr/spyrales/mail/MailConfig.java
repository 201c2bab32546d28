package fr.spyrales.mail;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * The outbox: mails are written to the mail_outbox table in the transaction of the change, then sent by a
 * worker right after the commit, and every {@link #pollEvery()} for the others. Defaults are in
 * application.properties, beside their environment variables.
 */
@ConfigMapping(prefix = "spyrales.mail")
public interface MailConfig {
    /** How often every instance looks for mails still to send (read by MailJobs' schedule). */
    Duration pollEvery();

    /** Attempts before a mail is given up (kept, marked failed, and logged). */
    int maxAttempts();

    /** Wait after the first failed attempt; doubled after each further one. */
    Duration firstRetryDelay();

    /** The longest wait between two attempts. */
    Duration maxRetryDelay();

    /** How long a worker holds a mail it is sending; must exceed quarkus.mailer.timeout (checked at start). */
    Duration claimLease();

    /** Sent mails are deleted after this (they hold personal data; their text is cleared as soon as they are sent). */
    Duration keepSent();

    /** Given-up mails are deleted after this, with a warning in the log. */
    Duration keepFailed();

    /** The wait before the attempt that follows attempt number {@code attempts} (1 for the first). */
    default Duration retryDelay(int attempts) {
        Duration delay = firstRetryDelay();
        for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay()) > 0 ? maxRetryDelay() : delay;
    }
}
