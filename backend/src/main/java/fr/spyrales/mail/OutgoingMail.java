package fr.spyrales.mail;

/** A mail to send once the transaction that asked for it has committed. */
public record OutgoingMail(String to, String subject, String text) {}
