package fr.spyrales.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Through the configured SMTP server (or the mock): waits at most quarkus.mailer.timeout, then throws. */
@ApplicationScoped
public class SmtpTransport implements MailTransport {
    private final Mailer mailer;

    SmtpTransport(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(ClaimedMail mail) {
        mailer.send(Mail.withText(mail.recipient(), mail.subject(), mail.body()));
    }
}
