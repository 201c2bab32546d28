package fr.spyrales.mail;

/** Fired when a mail is written to the outbox, so that a worker sends it as soon as the transaction commits. */
record MailQueued() {}
