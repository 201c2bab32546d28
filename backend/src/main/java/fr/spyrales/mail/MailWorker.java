package fr.spyrales.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends the outbox's due mails. Any number of workers, in one instance or several, may run at once: each
 * mail is leased by one of them (FOR UPDATE SKIP LOCKED) and sent once. No transaction stays open while
 * the SMTP server answers, so a hanging server holds no database connection.
 */
@ApplicationScoped
public class MailWorker {
    private static final Logger LOG = Logger.getLogger(MailWorker.class);
    private static final int MAX_ERROR_LENGTH = 1000;

    private final MailOutboxRepository outbox;
    private final MailTransport transport;
    private final MailConfig config;

    MailWorker(MailOutboxRepository outbox, MailTransport transport, MailConfig config) {
        this.outbox = outbox;
        this.transport = transport;
        this.config = config;
    }

    /**
     * Sends due mails until none is left, or until one fails: the server is then probably down, and the
     * others wait for the next run rather than each for its own timeout. Returns how many were sent.
     */
    public int sendDue() {
        int sent = 0;
        while (true) {
            Optional<ClaimedMail> claimed =
                    QuarkusTransaction.requiringNew().call(() -> outbox.claimNext(config.claimLease()));
            if (claimed.isEmpty()) {
                return sent;
            }
            ClaimedMail mail = claimed.get();
            try {
                transport.send(mail);
            } catch (RuntimeException e) {
                recordFailure(mail, e);
                return sent;
            }
            QuarkusTransaction.requiringNew().run(() -> outbox.markSent(mail.id()));
            sent++;
        }
    }

    /** Deletes sent mails, and given-up ones, once they are old enough. */
    public void purge() {
        int sent = QuarkusTransaction.requiringNew().call(() -> outbox.deleteSentBefore(config.keepSent()));
        int givenUp = QuarkusTransaction.requiringNew().call(() -> outbox.deleteGivenUpBefore(config.keepFailed()));
        if (sent > 0) {
            LOG.infof("Deleted %d sent mail(s) older than %s", sent, config.keepSent());
        }
        if (givenUp > 0) {
            LOG.warnf("Deleted %d mail(s) never delivered, given up more than %s ago", givenUp, config.keepFailed());
        }
    }

    private void recordFailure(ClaimedMail mail, RuntimeException e) {
        String error = describe(e);
        if (mail.attempts() >= config.maxAttempts()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.markGivenUp(mail.id(), error));
            LOG.errorf(
                    "Mail %d given up after %d attempts (%s). It stays in mail_outbox; to send it again: "
                            + "UPDATE mail_outbox SET failed_at = NULL, attempts = 0, next_attempt_at = now() WHERE id = %d",
                    mail.id(), mail.attempts(), error, mail.id());
        } else {
            var delay = config.retryDelay(mail.attempts());
            QuarkusTransaction.requiringNew().run(() -> outbox.markRetry(mail.id(), error, delay));
            LOG.warnf(
                    "Mail %d not sent (attempt %d of %d), next attempt in %s: %s",
                    mail.id(), mail.attempts(), config.maxAttempts(), delay, error);
        }
    }

    private static String describe(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }
}
