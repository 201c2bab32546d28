package fr.spyrales.mail;

import static fr.spyrales.support.TestAccounts.PASSWORD;
import static fr.spyrales.support.TestAccounts.anonymous;
import static fr.spyrales.support.TestAccounts.newEmail;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Mail goes through the outbox: a change never waits for the mail server nor fails with it, and each mail
 * leaves once, when the server answers, whichever and however many workers run.
 */
@QuarkusTest
class MailOutboxTest {
    @Inject
    TestMailServer server;

    @Inject
    MailWorker worker;

    @Inject
    MailOutbox outbox;

    @Inject
    DeliveredMails mails;

    @Inject
    TestAccounts accounts;

    @Inject
    MailConfig config;

    @Inject
    EntityManager em;

    /** A row of mail_outbox, as the tests look at it. */
    record Row(int attempts, boolean leased, boolean sent, boolean givenUp, String body, String lastError) {}

    @AfterEach
    void serverBackToNormal() {
        server.reset();
    }

    @Test
    void aRegistrationSucceedsWhileTheMailServerIsDownAndItsMailLeavesOnceWhenItIsBack() {
        server.down();
        String email = newEmail();
        accounts.register(email, "Inès", "Panne");

        // The account exists, though its confirmation mail could not leave.
        anonymous()
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(403);
        await("the wake tried to send it")
                .atMost(Duration.ofSeconds(30))
                .until(() -> row(email).lastError() != null);
        Row refused = row(email);
        assertEquals(1, refused.attempts());
        assertFalse(refused.leased() || refused.sent() || refused.givenUp(), refused.toString());
        assertTrue(refused.body().contains("/verification?token="));
        assertTrue(mails.to(email).isEmpty());

        server.reset();
        worker.sendDue();
        assertTrue(mails.to(email).isEmpty(), "not before its retry delay");

        retryDelayPasses(email);
        worker.sendDue();
        assertEquals(1, mails.to(email).size());
        retryDelayPasses(email);
        worker.sendDue();
        assertEquals(1, mails.to(email).size(), "sent once");

        Row sent = row(email);
        assertTrue(sent.sent());
        assertEquals(2, sent.attempts());
        assertNull(sent.body(), "the link in the text is not kept once delivered");
        assertNull(sent.lastError());
        accounts.verify(email);
    }

    @Test
    void aRequestIsAnsweredWhileTheMailServerHangsOnItsMailAndNoOtherWorkerSendsItMeanwhile() throws Exception {
        String email = newEmail();
        CountDownLatch serverAnswers = new CountDownLatch(1);
        Set<String> held = ConcurrentHashMap.newKeySet();
        server.onEachMail(mail -> {
            if (!mail.recipient().equals(email)) {
                return;
            }
            held.add(mail.recipient());
            try {
                // As a server that accepted the connection and never answers, until the mailer's timeout.
                serverAnswers.await(60, TimeUnit.SECONDS);
                throw new IllegalStateException("Timeout waiting for the SMTP server");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                held.remove(mail.recipient());
            }
        });
        try {
            accounts.register(email, "Hugo", "Attente");
            // Answered, and the send of its own mail is still hanging: the request did not wait for it.
            await("the worker is held by the server")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> held.contains(email));

            worker.sendDue();
            assertEquals(1, server.handedTo(email), "a mail being sent is leased: no other worker takes it");
            assertTrue(row(email).leased());
        } finally {
            serverAnswers.countDown();
        }
        await("the hanging attempt is recorded")
                .atMost(Duration.ofSeconds(30))
                .until(() -> row(email).lastError() != null && !row(email).leased());
        assertTrue(mails.to(email).isEmpty());

        server.reset();
        retryDelayPasses(email);
        worker.sendDue();
        assertEquals(1, mails.to(email).size());
        assertEquals(2, server.handedTo(email));
    }

    @Test
    void twoWorkersRacingSendEachMailExactlyOnce() throws Exception {
        UUID member = accounts.quickMember("Course", "Courrier", m -> {}).id();
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            recipients.add(newEmail());
        }
        QuarkusTransaction.requiringNew().run(() -> recipients.forEach(to -> insert(member, to, "now()")));

        // Each racer's first mail waits until the other racer is sending one too: they overlap for sure.
        Set<Thread> racers = ConcurrentHashMap.newKeySet();
        Set<Thread> met = ConcurrentHashMap.newKeySet();
        CountDownLatch bothSending = new CountDownLatch(2);
        server.onEachMail(mail -> {
            Thread self = Thread.currentThread();
            if (racers.contains(self) && met.add(self)) {
                bothSending.countDown();
                try {
                    if (!bothSending.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the other worker never sent anything at the same time");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        });
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    racers.add(Thread.currentThread());
                    start.await(30, TimeUnit.SECONDS);
                    return worker.sendDue();
                }));
            }
            for (Future<Integer> run : runs) {
                assertTrue(run.get(60, TimeUnit.SECONDS) >= 1, "each worker sent some of the mails");
            }
        } finally {
            pool.shutdownNow();
        }
        for (String to : recipients) {
            assertEquals(1, mails.to(to).size(), to);
            assertEquals(1, server.handedTo(to), to);
            assertTrue(row(to).sent(), to);
        }
    }

    @Test
    void aMailToOnePersonLeavesBeforeAMailingToEveryoneQueuedEarlier() {
        List<Account> everyone = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            everyone.add(accounts.quickMember("Tous" + i, "Courrier", m -> {}));
        }
        Account hurried = accounts.quickMember("Pressée", "Courrier", m -> {});
        Set<String> ours = new java.util.HashSet<>();
        everyone.forEach(account -> ours.add(account.email()));
        ours.add(hurried.email());
        List<String> handed = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.onEachMail(mail -> {
            if (ours.contains(mail.recipient())) {
                handed.add(mail.recipient());
            }
        });

        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueueToEach(
                    "m.id IN (:ids)",
                    Map.of("ids", everyone.stream().map(Account::id).toList()),
                    "Lettre à toute la communauté — Spyrales",
                    "Bonjour à toutes et à tous.");
            outbox.enqueue(new OutgoingMail(
                    hurried.id(), hurried.email(), "Votre lien de connexion — Spyrales", "Bonjour, voici votre lien."));
        });
        everyone.forEach(account -> assertEquals(1, mails.to(account.email()).size()));
        assertEquals(1, mails.to(hurried.email()).size());

        assertEquals(11, handed.size(), handed.toString());
        // Two workers may each hold one mail at the moment the queue is read (the wake after the commit, the
        // scheduled poll): the single mail is among the first two handed over, not after the ten.
        assertTrue(handed.indexOf(hurried.email()) <= 1, handed.toString());
    }

    @Test
    void aMailIsGivenUpAfterItsLastAttemptAndKeptWithItsError() {
        UUID member = accounts.quickMember("Perdu", "Courrier", m -> {}).id();
        String email = newEmail();
        QuarkusTransaction.requiringNew().run(() -> insert(member, email, "now() + interval '1 hour'"));
        sql(
                "UPDATE mail_outbox SET attempts = :attempts WHERE recipient = :to",
                Map.of("attempts", config.maxAttempts() - 1, "to", email));
        server.down();
        retryDelayPasses(email);

        worker.sendDue();

        await("the last attempt is recorded")
                .atMost(Duration.ofSeconds(30))
                .until(() -> row(email).givenUp());
        Row givenUp = row(email);
        assertTrue(givenUp.givenUp(), givenUp.toString());
        assertEquals(config.maxAttempts(), givenUp.attempts());
        assertTrue(givenUp.lastError().contains("Connection refused"), givenUp.lastError());
        assertNotNull(givenUp.body(), "kept whole, for an operator to send again");

        server.reset();
        retryDelayPasses(email);
        worker.sendDue();
        assertTrue(mails.to(email).isEmpty(), "a given-up mail is not tried again");
        assertEquals(1, server.handedTo(email));
    }

    @Test
    void aMailQueuedByAChangeThatRollsBackIsNeverSent() {
        UUID member = accounts.quickMember("Annule", "Courrier", m -> {}).id();
        String email = newEmail();
        assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    outbox.enqueue(new OutgoingMail(member, email, "Bonjour", "Ce message ne doit pas partir."));
                    throw new IllegalStateException("the change fails after its mail was queued");
                }));
        assertNull(row(email));
        worker.sendDue();
        assertTrue(mails.to(email).isEmpty());

        assertThrows(
                TransactionalException.class,
                () -> outbox.enqueue(new OutgoingMail(member, email, "Bonjour", "Hors transaction")),
                "a mail is only ever queued with the change that sends it");
    }

    @Test
    void sentMailsAreDeletedAfterTheirRetentionAndUnsentOnesNeverSilently() {
        UUID member = accounts.quickMember("Vieux", "Courrier", m -> {}).id();
        String oldSent = newEmail();
        String recentSent = newEmail();
        String oldGivenUp = newEmail();
        String recentGivenUp = newEmail();
        String oldPending = newEmail();
        QuarkusTransaction.requiringNew().run(() -> {
            for (String to : List.of(oldSent, recentSent, oldGivenUp, recentGivenUp, oldPending)) {
                // Not due: only purge() touches them.
                insert(member, to, "now() + interval '1 day'");
            }
        });
        age(oldSent, "sent_at", config.keepSent().plusDays(1));
        age(recentSent, "sent_at", config.keepSent().minusDays(1));
        age(oldGivenUp, "failed_at", config.keepFailed().plusDays(1));
        age(recentGivenUp, "failed_at", config.keepFailed().minusDays(1));
        sql(
                "UPDATE mail_outbox SET created_at = now() - interval '365 days' WHERE recipient = :to",
                Map.of("to", oldPending));

        worker.purge();

        assertNull(row(oldSent));
        assertNotNull(row(recentSent));
        assertNull(row(oldGivenUp));
        assertNotNull(row(recentGivenUp));
        assertNotNull(row(oldPending), "a mail still to send is never purged, however old");
    }

    @Test
    void aMemberWhoErasesTheirAccountLeavesNoMailBehind() {
        Account leaver = accounts.quickMember("Départ", "Courrier", m -> {});
        QuarkusTransaction.requiringNew().run(() -> insert(leaver.id(), leaver.email(), "now() + interval '1 hour'"));
        assertNotNull(row(leaver.email()));

        leaver.as().delete("/api/v1/me").then().statusCode(204);

        assertNull(row(leaver.email()));
    }

    @Test
    void retriesWaitLongerEachTimeUpToTheLongestDelay() {
        assertEquals(config.firstRetryDelay(), config.retryDelay(1));
        assertEquals(config.firstRetryDelay().multipliedBy(2), config.retryDelay(2));
        assertEquals(config.firstRetryDelay().multipliedBy(4), config.retryDelay(3));
        assertEquals(config.maxRetryDelay(), config.retryDelay(config.maxAttempts()));
    }

    private void insert(UUID member, String to, String nextAttempt) {
        em.createNativeQuery("INSERT INTO mail_outbox (member_id, recipient, subject, body, next_attempt_at) "
                        + "VALUES (:member, :to, 'Essai — Spyrales', 'Bonjour, ceci est un essai.', " + nextAttempt
                        + ")")
                .setParameter("member", member)
                .setParameter("to", to)
                .executeUpdate();
    }

    /** The time a failed attempt waits before the next one has passed. */
    private void retryDelayPasses(String to) {
        sql("UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient = :to", Map.of("to", to));
    }

    private void age(String to, String column, Duration age) {
        sql(
                "UPDATE mail_outbox SET " + column + " = now() - make_interval(secs => :seconds)"
                        + (column.equals("sent_at") ? ", body = NULL" : "") + " WHERE recipient = :to",
                Map.of("to", to, "seconds", (double) age.toSeconds()));
    }

    private void sql(String statement, Map<String, Object> parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            parameters.forEach(query::setParameter);
            query.executeUpdate();
        });
    }

    private Row row(String to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            Optional<Object[]> found = em.createNativeQuery("""
                            SELECT attempts, locked_until > now(), sent_at IS NOT NULL, failed_at IS NOT NULL, body, last_error
                              FROM mail_outbox WHERE recipient = :to""")
                    .setParameter("to", to)
                    .getResultStream()
                    .findFirst();
            return found.map(r -> new Row(
                            ((Number) r[0]).intValue(),
                            Boolean.TRUE.equals(r[1]),
                            (Boolean) r[2],
                            (Boolean) r[3],
                            (String) r[4],
                            (String) r[5]))
                    .orElse(null);
        });
    }
}
