package fr.spyrales.event.calendar;

import static fr.spyrales.event.calendar.CalendarFixtures.attachments;
import static fr.spyrales.event.calendar.CalendarFixtures.events;
import static fr.spyrales.event.calendar.CalendarFixtures.uid;
import static fr.spyrales.event.calendar.CalendarFixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.common.calendar.IcsWriter;
import fr.spyrales.event.Event;
import fr.spyrales.event.EventAnnouncer;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.notification.Inbox;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The mails that confirm a seat carry the event's .ics (with the link to join), and the cancellation's carries the
 * cancelled event, so that a calendar that imported it takes it out; the others carry nothing. The file leaves with
 * the mail, and goes from the outbox once sent.
 */
@QuarkusTest
class ConfirmationAttachmentTest {
    @Inject
    CalendarFixtures fixtures;

    @Inject
    EventAnnouncer announcer;

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    private void tell(NotificationKind kind, UUID event, Account member) {
        QuarkusTransaction.requiringNew().run(() -> announcer.tell(kind, em.find(Event.class, event), member.id()));
    }

    private Mail onlyMail(Account member, String subjectStart) {
        List<Mail> mails = inbox.mailsWithSubject(member, subjectStart);
        assertEquals(1, mails.size(), subjectStart);
        return mails.get(0);
    }

    @Test
    void theConfirmationAndTheCancellationCarryTheEventFileAndTheWaitlistsMailDoesNot() {
        OffsetDateTime start = OffsetDateTime.parse("2027-10-31T01:30:00+02:00");
        UUID event = fixtures.webinar("Nuit du changement d'heure", start, start.plusHours(3));
        Account confirmed = fixtures.member("Confirmée");
        Account waiting = fixtures.member("Patiente");
        fixtures.confirm(event, confirmed);
        fixtures.register(event, waiting, "WAITLISTED", OffsetDateTime.now());

        tell(NotificationKind.EVENT_REGISTERED, event, confirmed);
        tell(NotificationKind.EVENT_WAITLISTED, event, waiting);

        Mail confirmation = onlyMail(confirmed, "Inscription confirmée");
        Map<String, String> files = attachments(confirmation);
        assertEquals(List.of("nuit-du-changement-d-heure.ics"), List.copyOf(files.keySet()));
        assertEquals(
                IcsWriter.CONTENT_TYPE, confirmation.getAttachments().get(0).getContentType());
        String ics = files.get("nuit-du-changement-d-heure.ics");
        var vevent = events(ics).get(0);
        assertEquals(uid(event), value(vevent, "UID"));
        assertTrue(ics.contains("DTSTART;TZID=Europe/Paris:20271031T013000"), ics);
        assertTrue(ics.contains("DTEND;TZID=Europe/Paris:20271031T033000"), "three hours, one of them repeated");
        assertTrue(ics.contains(CalendarFixtures.ONLINE + event), "the seat is confirmed: the link is in");
        assertTrue(onlyMail(waiting, "Liste d'attente").getAttachments().isEmpty());

        fixtures.cancel(event, "Intervenant indisponible");
        tell(NotificationKind.EVENT_CANCELLED, event, confirmed);
        tell(NotificationKind.EVENT_CANCELLED, event, waiting);

        String cancelled = attachments(onlyMail(confirmed, "Événement annulé")).get("nuit-du-changement-d-heure.ics");
        assertEquals("CANCELLED", value(events(cancelled).get(0), "STATUS"));
        assertEquals("1", value(events(cancelled).get(0), "SEQUENCE"));
        assertTrue(onlyMail(waiting, "Événement annulé").getAttachments().isEmpty(), "never in their calendar");

        Object[] sent = (Object[]) QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                                SELECT attachment_name, attachment FROM mail_outbox
                                 WHERE recipient = :to AND subject LIKE 'Inscription confirmée%'""")
                        .setParameter("to", confirmed.email())
                        .getSingleResult());
        assertNull(sent[0], "the file, with its link, is not kept once the mail left");
        assertNull(sent[1]);
    }
}
