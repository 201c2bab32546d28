package fr.spyrales.mail;

/**
 * Hands a mail to the mail server: returns once the server accepted it, throws on any failure. Only the
 * outbox worker calls it, never a request.
 */
public interface MailTransport {
    void send(ClaimedMail mail);
}
