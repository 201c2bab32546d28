package fr.spyrales.mail;

import static org.awaitility.Awaitility.await;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;

/**
 * The mails an address received, in the mocked mailbox. Mails leave through the outbox on a thread of
 * their own, just after the commit that queued them: this waits until the outbox holds no mail to the
 * address that is due (or being sent), then reads the mailbox. Nothing here sends: the app's own wake does.
 */
@ApplicationScoped
public class DeliveredMails {
    /**
     * How long a test waits for its mail. The outbox sends in order of arrival, and the shared test database holds
     * thousands of members by the end of a run: a survey opened for everyone queues a mail to each, and a mail
     * queued just after waits for them (seconds on a quiet machine, more on a busy one).
     */
    public static final Duration PATIENCE = Duration.ofSeconds(120);

    @Inject
    TestMailServer server;

    @Inject
    EntityManager em;

    public List<Mail> to(String address) {
        await("the outbox sends every due mail to " + address)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .atMost(PATIENCE)
                .until(() -> dueTo(address) == 0);
        return server.deliveredTo(address);
    }

    private long dueTo(String address) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM mail_outbox
                         WHERE lower(recipient) = lower(:address) AND sent_at IS NULL AND failed_at IS NULL
                           AND next_attempt_at <= now()""")
                                .setParameter("address", address)
                                .getSingleResult())
                        .longValue());
    }
}
