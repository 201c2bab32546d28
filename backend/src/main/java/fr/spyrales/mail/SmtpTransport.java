package fr.spyrales.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Through the configured SMTP server (or the mock): waits at most quarkus.mailer.timeout, then throws. A mail with
 * an attachment leaves as multipart/mixed: the text, then the file.
 */
@ApplicationScoped
public class SmtpTransport implements MailTransport {
    private final Mailer mailer;

    SmtpTransport(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(ClaimedMail mail) {
        Mail message = Mail.withText(mail.recipient(), mail.subject(), mail.body());
        MailAttachment file = mail.attachment();
        if (file != null) {
            message.addAttachment(file.name(), file.content(), file.contentType());
        }
        mailer.send(message);
    }
}
