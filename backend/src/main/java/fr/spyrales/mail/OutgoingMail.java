package fr.spyrales.mail;

import java.util.UUID;

/**
 * A mail to a member (or, without memberId, to an outside address such as a partner's contact), to send once the transaction that asked for it has committed.
 *
 * @param attachment a file sent with the text, or null
 */
public record OutgoingMail(UUID memberId, String to, String subject, String text, MailAttachment attachment) {
    public OutgoingMail(UUID memberId, String to, String subject, String text) {
        this(memberId, to, subject, text, null);
    }

    public OutgoingMail with(MailAttachment file) {
        return new OutgoingMail(memberId, to, subject, text, file);
    }
}
