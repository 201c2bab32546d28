package fr.spyrales.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.member.NotificationKind;
import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reminders go out after their delay, once, however many times and places the job runs. */
@QuarkusTest
class ReminderTest {
    @Inject
    ReminderService reminders;

    @Inject
    MentorshipFixtures fixtures;

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    /** Moves a pairing and its history that many days into the past. */
    private void age(UUID id, int days) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                            UPDATE mentorship SET requested_at = requested_at - make_interval(days => :days),
                                   started_at = started_at - make_interval(days => :days),
                                   ended_at = ended_at - make_interval(days => :days)
                             WHERE id = :id""")
                    .setParameter("days", days)
                    .setParameter("id", id)
                    .executeUpdate();
            em.createNativeQuery(
                            "UPDATE mentorship_event SET occurred_at = occurred_at - make_interval(days => :days) WHERE mentorship_id = :id")
                    .setParameter("days", days)
                    .setParameter("id", id)
                    .executeUpdate();
        });
    }

    private void sql(String statement, UUID mentorshipId, UUID memberId) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement)
                        .setParameter("mentorship", mentorshipId)
                        .setParameter("member", memberId)
                        .executeUpdate());
    }

    private List<Mail> reminderMails(Account account) {
        return inbox.mailsWithSubject(account, "Rappel");
    }

    @Test
    void aMentorIsRemindedOnceOfARequestWaitingForFiveDays() {
        Account mentor = fixtures.mentor(2);
        Account mentee = fixtures.mentee();
        UUID id = fixtures.request(mentee, mentor);

        age(id, 4);
        reminders.sendDueReminders();
        assertEquals(0, inbox.count(mentor, NotificationKind.REMINDER_PENDING_REQUEST), "not before five days");

        age(id, 1);
        reminders.sendDueReminders();
        reminders.sendDueReminders();

        var notification = inbox.only(mentor, NotificationKind.REMINDER_PENDING_REQUEST);
        assertEquals("Rappel : Léa Novice attend votre réponse", notification.get("title"));
        assertEquals("/mentorats/" + id, notification.get("link"));
        List<Mail> mails = reminderMails(mentor);
        assertEquals(1, mails.size());
        assertEquals(
                "Rappel : Léa Novice attend votre réponse — Spyrales",
                mails.get(0).getSubject());
        assertTrue(
                mails.get(0).getText().contains("attend depuis 5 jours"),
                mails.get(0).getText());
        assertTrue(
                mails.get(0).getText().contains("http://localhost:5173/mentorats/" + id),
                mails.get(0).getText());
        assertEquals(0, inbox.count(mentee, NotificationKind.REMINDER_PENDING_REQUEST));

        // Answered requests are not reminded of.
        Account other = fixtures.mentor(2);
        UUID declined = fixtures.request(fixtures.mentee(), other);
        other.as()
                .body(java.util.Map.of("reason", "NO_TIME"))
                .post("/api/v1/mentorships/" + declined + "/decline")
                .then()
                .statusCode(200);
        age(declined, 6);
        reminders.sendDueReminders();
        assertEquals(0, inbox.count(other, NotificationKind.REMINDER_PENDING_REQUEST));
    }

    @Test
    void aBacklogOfDueRemindersDrainsBatchByBatchInOneRun() {
        // Five requests waiting for a week, two reminders claimed a transaction (%test batch size): one run sends all.
        List<Account> mentors = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Account mentor = fixtures.mentor(2);
            age(fixtures.request(fixtures.mentee(), mentor), 7);
            mentors.add(mentor);
        }

        assertTrue(reminders.sendDueReminders() >= 5);

        for (Account mentor : mentors) {
            assertEquals(1, inbox.count(mentor, NotificationKind.REMINDER_PENDING_REQUEST));
            assertEquals(1, reminderMails(mentor).size());
        }
        reminders.sendDueReminders();
        for (Account mentor : mentors) {
            assertEquals(1, inbox.count(mentor, NotificationKind.REMINDER_PENDING_REQUEST), "sent once");
        }
    }

    @Test
    void bothPartiesAreRemindedOnceOfAPairingWithoutASessionForThreeWeeks() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        age(pair.id(), 20);
        reminders.sendDueReminders();
        assertEquals(0, inbox.count(pair.mentor(), NotificationKind.REMINDER_NO_SESSION), "not before 21 days");

        age(pair.id(), 1);
        reminders.sendDueReminders();
        reminders.sendDueReminders();

        assertEquals(
                "Rappel : aucune séance avec Léa Novice depuis 21 jours",
                inbox.only(pair.mentor(), NotificationKind.REMINDER_NO_SESSION).get("title"));
        assertEquals(
                "Rappel : aucune séance avec Claire Mentor depuis 21 jours",
                inbox.only(pair.mentee(), NotificationKind.REMINDER_NO_SESSION).get("title"));
        assertEquals(1, reminderMails(pair.mentor()).size());
        assertEquals(1, reminderMails(pair.mentee()).size());

        // A recent session, or a pause, means nobody needs reminding.
        Pair withSession = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        age(withSession.id(), 40);
        sql("""
                INSERT INTO mentorship_session (id, mentorship_id, held_on, duration_minutes, topics, created_by)
                VALUES (gen_random_uuid(), :mentorship, current_date - 3, 60, 'Premiers pas avec ggplot2', :member)""", withSession.id(), withSession.mentee().id());
        Pair paused = fixtures.pairIn(MentorshipStatus.PAUSED);
        age(paused.id(), 40);
        reminders.sendDueReminders();
        assertEquals(0, inbox.count(withSession.mentor(), NotificationKind.REMINDER_NO_SESSION));
        assertEquals(0, inbox.count(paused.mentor(), NotificationKind.REMINDER_NO_SESSION));
    }

    @Test
    void whoeverHasNotGivenFeedbackIsRemindedOnceAWeekAfterTheEnd() {
        Pair pair = fixtures.pairIn(MentorshipStatus.COMPLETED);
        sql(
                "INSERT INTO mentorship_feedback (mentorship_id, author_id, rating) VALUES (:mentorship, :member, 5)",
                pair.id(),
                pair.mentor().id());
        age(pair.id(), 6);
        reminders.sendDueReminders();
        assertEquals(0, inbox.count(pair.mentee(), NotificationKind.REMINDER_FEEDBACK), "not before seven days");

        age(pair.id(), 1);
        reminders.sendDueReminders();
        reminders.sendDueReminders();

        assertEquals(
                "Rappel : votre avis sur le mentorat avec Claire Mentor",
                inbox.only(pair.mentee(), NotificationKind.REMINDER_FEEDBACK).get("title"));
        List<Mail> mails = reminderMails(pair.mentee());
        assertEquals(1, mails.size());
        assertTrue(
                mails.get(0).getText().contains("terminé il y a 7 jours"),
                mails.get(0).getText());
        assertEquals(0, inbox.count(pair.mentor(), NotificationKind.REMINDER_FEEDBACK), "the mentor gave feedback");
        assertEquals(List.of(), reminderMails(pair.mentor()));
    }

    @Test
    void twoInstancesRunningAtOnceSendEachReminderOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            List<Pair> pending = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Pair pair = fixtures.pairIn(MentorshipStatus.PENDING);
                age(pair.id(), 6);
                pending.add(pair);
            }
            Pair ended = fixtures.pairIn(MentorshipStatus.CANCELLED);
            age(ended.id(), 8);

            int sent = Race.of(2, reminders::sendDueReminders).stream()
                    .mapToInt(Integer::intValue)
                    .sum();

            assertTrue(sent >= 6, "the runs sent " + sent + " reminders between them");
            for (Pair pair : pending) {
                assertEquals(1, inbox.count(pair.mentor(), NotificationKind.REMINDER_PENDING_REQUEST));
                assertEquals(1, reminderMails(pair.mentor()).size());
            }
            for (Account party : List.of(ended.mentee(), ended.mentor())) {
                assertEquals(1, inbox.count(party, NotificationKind.REMINDER_FEEDBACK));
                assertEquals(1, reminderMails(party).size());
            }
        }
    }
}
