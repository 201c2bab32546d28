package fr.spyrales.mail;

/** A mail a worker has leased for sending; {@code attempts} counts this attempt. */
public record ClaimedMail(long id, String recipient, String subject, String body, int attempts) {}
