package fr.spyrales.mail;

import java.util.UUID;

/** A mail to a member, to send once the transaction that asked for it has committed. */
public record OutgoingMail(UUID memberId, String to, String subject, String text) {}
