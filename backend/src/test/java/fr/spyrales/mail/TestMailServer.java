package fr.spyrales.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The SMTP server as the tests need it. It answers like the mocked mailer unless a test tells it how to
 * behave with each mail (refuse it, hold it, …); {@link #reset()} brings it back. Records every mail it
 * was handed, sent or not.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestMailServer implements MailTransport {
    private static final Consumer<ClaimedMail> ANSWERS = mail -> {};
    private volatile Consumer<ClaimedMail> behaviour = ANSWERS;
    private final List<String> handed = new CopyOnWriteArrayList<>();
    /** Quarkus' mocked mailbox is a plain HashMap, and workers deliver concurrently. */
    private final Object mailboxLock = new Object();

    @Inject
    SmtpTransport mockedMailer;

    @Inject
    MockMailbox mailbox;

    @Override
    public void send(ClaimedMail mail) {
        handed.add(mail.recipient());
        behaviour.accept(mail);
        synchronized (mailboxLock) {
            mockedMailer.send(mail);
        }
    }

    /** The mails delivered to an address so far, oldest first. */
    public List<Mail> deliveredTo(String address) {
        synchronized (mailboxLock) {
            List<Mail> mails = mailbox.getMailsSentTo(address);
            return mails == null ? List.of() : List.copyOf(mails);
        }
    }

    /** Runs before each mail is delivered; throwing refuses the mail. */
    public void onEachMail(Consumer<ClaimedMail> behaviour) {
        this.behaviour = behaviour;
    }

    public void down() {
        onEachMail(mail -> {
            throw new IllegalStateException("Connection refused: the test SMTP server is down");
        });
    }

    public void reset() {
        behaviour = ANSWERS;
    }

    /** How many times a mail to this address was handed to the server, sent or not. */
    public long handedTo(String address) {
        return handed.stream().filter(address::equalsIgnoreCase).count();
    }
}
