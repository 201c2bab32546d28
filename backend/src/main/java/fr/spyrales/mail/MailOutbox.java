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

    /** Posts several mails, in one batched statement: as {@link #enqueue} each, for a batch of changes. */
    @Transactional(TxType.MANDATORY)
    public void enqueueAll(java.util.List<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        outbox.insertAll(mails);
        queued.fire(new MailQueued());
    }

    /**
     * Posts the same mail to every member that `memberCondition` selects, in one statement (a message to the whole
     * community). The condition is native SQL on the `member` table aliased `m`, written by the calling code (never
     * from input), with its parameters. These mails leave after the ones to a single person (see
     * MailOutboxRepository#claimNext).
     *
     * @return the number of mails posted
     */
    @Transactional(TxType.MANDATORY)
    public int enqueueToEach(
            String memberCondition, java.util.Map<String, Object> parameters, String subject, String text) {
        int posted = outbox.insertToEach(memberCondition, parameters, subject, text);
        if (posted > 0) {
            queued.fire(new MailQueued());
        }
        return posted;
    }
}
