package fr.spyrales.mail;

import java.util.UUID;

/**
 * A mail to a member, to send once the transaction that asked for it has committed.
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
