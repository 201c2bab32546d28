package fr.spyrales.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/** Sends mails only after their transaction commits, so a rolled-back action mails nobody. */
@ApplicationScoped
public class MailSender {
    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private final Mailer mailer;

    MailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        try {
            mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text()));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not send the mail \"%s\"", mail.subject());
        }
    }
}
