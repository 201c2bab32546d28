package fr.spyrales.mail;

/**
 * A mail a worker has leased for sending; {@code attempts} counts this attempt.
 *
 * @param attachment the file sent with it, or null
 */
public record ClaimedMail(
        long id, String recipient, String subject, String body, int attempts, MailAttachment attachment) {}
