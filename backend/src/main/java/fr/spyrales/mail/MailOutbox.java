package fr.spyrales.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Where features post their mails. A mail is written in the caller's transaction: it leaves if and only if
 * that transaction commits, and a mail server that is down or slow never holds nor fails the change.
 */
@ApplicationScoped
public class MailOutbox {
    private final MailOutboxRepository outbox;
    private final Event<MailQueued> queued;

    MailOutbox(MailOutboxRepository outbox, Event<MailQueued> queued) {
        this.outbox = outbox;
        this.queued = queued;
    }

    @Transactional(TxType.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        outbox.insert(mail);
        queued.fire(new MailQueued());
    }
}
