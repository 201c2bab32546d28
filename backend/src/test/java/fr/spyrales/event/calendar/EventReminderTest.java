package fr.spyrales.event.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.member.NotificationKind;
import fr.spyrales.notification.Inbox;
import fr.spyrales.support.Race;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The mails around an event: 24 hours and 1 hour before to confirmed members, the replay after it; each once, however
 * many times and places the job runs.
 */
@QuarkusTest
class EventReminderTest {
    @Inject
    EventReminders reminders;

    @Inject
    CalendarFixtures fixtures;

    @Inject
    Inbox inbox;

    private UUID startingIn(String title, java.time.Duration in) {
        OffsetDateTime start = OffsetDateTime.now().plus(in);
        return fixtures.webinar(title, start, start.plusHours(1));
    }

    private void moveStart(UUID event, java.time.Duration in) {
        fixtures.sql(
                "UPDATE event SET starts_at = now() + make_interval(secs => :s), ends_at = now() + make_interval(secs => :s) + interval '1 hour' WHERE id = :id",
                Map.of("id", event, "s", (double) in.toSeconds()));
    }

    private List<Mail> mails(Account account, String subjectStart) {
        return inbox.mailsWithSubject(account, subjectStart);
    }

    @Test
    void confirmedMembersAreRemindedOnceADayAndOnceAnHourBefore() {
        UUID event = startingIn("Webinaire dplyr", java.time.Duration.ofHours(30));
        Account confirmed = fixtures.member("Rappelée");
        Account waiting = fixtures.member("Attente");
        Account gone = fixtures.member("Partie");
        fixtures.confirm(event, confirmed);
        fixtures.register(event, waiting, "WAITLISTED", OffsetDateTime.now().minusDays(3));
        fixtures.register(event, gone, "CANCELLED", OffsetDateTime.now().minusDays(3));

        reminders.sendDue();
        assertEquals(0, inbox.count(confirmed, NotificationKind.EVENT_REMINDER_DAY), "not 30 hours before");

        moveStart(event, java.time.Duration.ofHours(23));
        reminders.sendDue();
        reminders.sendDue();

        var day = inbox.only(confirmed, NotificationKind.EVENT_REMINDER_DAY);
        assertEquals("Rappel : « Webinaire dplyr » demain", day.get("title"));
        assertEquals("/evenements/" + event, day.get("link"));
        List<Mail> dayMails = mails(confirmed, "Rappel : « Webinaire dplyr » demain");
        assertEquals(1, dayMails.size());
        assertTrue(
                dayMails.get(0).getText().contains("http://localhost:5173/evenements/" + event),
                dayMails.get(0).getText());
        assertEquals(0, inbox.count(confirmed, NotificationKind.EVENT_REMINDER_HOUR), "not yet the hour");

        moveStart(event, java.time.Duration.ofMinutes(50));
        reminders.sendDue();
        reminders.sendDue();

        assertEquals(1, inbox.count(confirmed, NotificationKind.EVENT_REMINDER_HOUR));
        assertEquals(
                1,
                mails(confirmed, "Rappel : « Webinaire dplyr » commence dans une heure")
                        .size());
        assertEquals(1, inbox.count(confirmed, NotificationKind.EVENT_REMINDER_DAY), "the day's went once");
        for (Account other : List.of(waiting, gone)) {
            assertEquals(0, inbox.count(other, NotificationKind.EVENT_REMINDER_DAY));
            assertEquals(0, inbox.count(other, NotificationKind.EVENT_REMINDER_HOUR));
        }

        moveStart(event, java.time.Duration.ofMinutes(-10));
        reminders.sendDue();
        assertEquals(1, inbox.count(confirmed, NotificationKind.EVENT_REMINDER_HOUR), "nothing once it started");
    }

    @Test
    void anEventMovedAfterItsReminderIsRemindedOfAgainAtItsNewTime() {
        UUID event = startingIn("Webinaire déplacé", java.time.Duration.ofHours(20));
        Account confirmed = fixtures.member("Ponctuelle");
        fixtures.confirm(event, confirmed);
        reminders.sendDue();
        assertEquals(1, inbox.count(confirmed, NotificationKind.EVENT_REMINDER_DAY));

        moveStart(event, java.time.Duration.ofHours(22));
        reminders.sendDue();
        reminders.sendDue();

        assertEquals(2, inbox.count(confirmed, NotificationKind.EVENT_REMINDER_DAY), "once more, for the new start");
    }

    @Test
    void nobodyIsRemindedOfACancelledEventNorJustAfterTakingTheirSeat() {
        UUID cancelled = startingIn("Webinaire annulé", java.time.Duration.ofHours(20));
        Account registered = fixtures.member("Déçue");
        fixtures.confirm(cancelled, registered);
        fixtures.cancel(cancelled, "Intervenante malade");

        UUID soon = startingIn("Webinaire imminent", java.time.Duration.ofHours(20));
        Account late = fixtures.member("Retardataire");
        fixtures.register(soon, late, "CONFIRMED", OffsetDateTime.now().minusHours(2));

        reminders.sendDue();

        assertEquals(0, inbox.count(registered, NotificationKind.EVENT_REMINDER_DAY));
        assertEquals(
                0,
                inbox.count(late, NotificationKind.EVENT_REMINDER_DAY),
                "their confirmation came less than a day before: no « demain » on top of it");
        moveStart(soon, java.time.Duration.ofMinutes(30));
        reminders.sendDue();
        assertEquals(1, inbox.count(late, NotificationKind.EVENT_REMINDER_HOUR), "the hour's reminder still comes");
    }

    @Test
    void twoInstancesRunningAtOnceSendEachReminderOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            List<Account> dayMembers = new ArrayList<>();
            List<Account> hourMembers = new ArrayList<>();
            UUID tomorrow = startingIn("Webinaire de demain " + round, java.time.Duration.ofHours(20));
            UUID inAnHour = startingIn("Webinaire de tout à l'heure " + round, java.time.Duration.ofMinutes(40));
            for (int i = 0; i < 4; i++) {
                Account day = fixtures.member("Jour" + i);
                fixtures.confirm(tomorrow, day);
                dayMembers.add(day);
                Account hour = fixtures.member("Heure" + i);
                fixtures.confirm(inAnHour, hour);
                hourMembers.add(hour);
            }

            int sent = Race.of(2, reminders::sendDue).stream()
                    .mapToInt(Integer::intValue)
                    .sum();

            assertTrue(sent >= 8, "the runs sent " + sent + " reminders between them");
            for (Account member : dayMembers) {
                assertEquals(1, inbox.count(member, NotificationKind.EVENT_REMINDER_DAY));
                assertEquals(1, mails(member, "Rappel").size());
            }
            for (Account member : hourMembers) {
                assertEquals(1, inbox.count(member, NotificationKind.EVENT_REMINDER_HOUR));
                assertEquals(1, mails(member, "Rappel").size());
            }
        }
    }

    @Test
    void theReplayGoesOnceToConfirmedAndWaitlistedMembersOnceTheEventIsOverAndItsReplayAdded() throws Exception {
        OffsetDateTime start = OffsetDateTime.now().minusHours(3);
        UUID event = fixtures.webinar("Débuter avec le tidyverse", start, start.plusHours(1));
        Account confirmed = fixtures.member("Présente");
        Account waiting = fixtures.member("Patiente");
        Account gone = fixtures.member("Désinscrite");
        fixtures.confirm(event, confirmed);
        fixtures.register(event, waiting, "WAITLISTED", start.minusDays(1));
        fixtures.register(event, gone, "CANCELLED", start.minusDays(1));

        reminders.sendDue();
        assertEquals(0, inbox.count(confirmed, NotificationKind.EVENT_REPLAY), "no replay yet");

        fixtures.sql(
                "UPDATE event SET replay_url = 'https://replay.example/tidyverse', slides_url = 'https://slides.example/tidyverse' WHERE id = :id",
                Map.of("id", event));
        int sent = Race.of(2, reminders::sendDue).stream()
                .mapToInt(Integer::intValue)
                .sum();
        reminders.sendDue();

        assertTrue(sent >= 2);
        for (Account told : List.of(confirmed, waiting)) {
            assertEquals(1, inbox.count(told, NotificationKind.EVENT_REPLAY));
            List<Mail> replay = mails(told, "Le replay de « Débuter avec le tidyverse » est en ligne");
            assertEquals(1, replay.size());
            assertTrue(replay.get(0).getText().contains("https://replay.example/tidyverse"));
            assertTrue(replay.get(0).getText().contains("https://slides.example/tidyverse"));
        }
        assertEquals(0, inbox.count(gone, NotificationKind.EVENT_REPLAY));
    }

    @Test
    void aReplayAddedDuringTheEventIsAnnouncedOnlyOnceItIsOver() {
        OffsetDateTime start = OffsetDateTime.now().minusMinutes(30);
        UUID event = fixtures.webinar("Webinaire en cours", start, start.plusHours(1));
        Account confirmed = fixtures.member("Assise");
        fixtures.confirm(event, confirmed);
        fixtures.sql(
                "UPDATE event SET replay_url = 'https://replay.example/en-cours' WHERE id = :id", Map.of("id", event));

        reminders.sendDue();
        assertEquals(0, inbox.count(confirmed, NotificationKind.EVENT_REPLAY));

        fixtures.sql(
                "UPDATE event SET starts_at = starts_at - interval '1 hour', ends_at = ends_at - interval '1 hour' WHERE id = :id",
                Map.of("id", event));
        reminders.sendDue();
        assertEquals(1, inbox.count(confirmed, NotificationKind.EVENT_REPLAY));
    }
}
