package fr.spyrales.event.calendar;

import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.mailer.Attachment;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Events and registrations in any state, written straight to the tables: the calendar tests are about what calendars
 * and reminders make of them, whatever the path that led there.
 */
@ApplicationScoped
public class CalendarFixtures {
    public static final String ONLINE = "https://visio.example/salle-";

    @Inject
    EntityManager em;

    @Inject
    TestAccounts accounts;

    public Account member(String firstName) {
        return accounts.quickMember(firstName, "Agenda", m -> {});
    }

    public Account animateur(String firstName) {
        return accounts.quickMember(firstName, "Animation", m -> m.extraRoles.add("animateur"));
    }

    /** A planned webinar, online only, with a link of its own. */
    public UUID webinar(String title, OffsetDateTime start, OffsetDateTime end) {
        UUID id = UUID.randomUUID();
        sql("""
                INSERT INTO event (id, title, description, type, starts_at, ends_at, online_url, language)
                VALUES (:id, :title, 'Une présentation suivie de questions.', 'WEBINAR', :start, :end, :url, 'R')""", Map.of("id", id, "title", title, "start", start, "end", end, "url", ONLINE + id));
        return id;
    }

    /** Registers the member with this status; a confirmed seat dates from `confirmedAt`. */
    public void register(UUID event, Account member, String status, OffsetDateTime confirmedAt) {
        sql("""
                INSERT INTO event_registration (event_id, member_id, status, registered_at, confirmed_at, cancelled_at)
                VALUES (:event, :member, :status, :at, CASE WHEN :status = 'CONFIRMED' THEN CAST(:at AS timestamptz) END,
                        CASE WHEN :status = 'CANCELLED' THEN CAST(:at AS timestamptz) END)""", Map.of("event", event, "member", member.id(), "status", status, "at", confirmedAt));
    }

    public void confirm(UUID event, Account member) {
        register(event, member, "CONFIRMED", OffsetDateTime.now().minusDays(3));
    }

    public void cancel(UUID event, String reason) {
        sql("""
                UPDATE event SET status = 'CANCELLED', cancellation_reason = :reason, cancelled_at = now(),
                       sequence = sequence + 1, updated_at = now() WHERE id = :id""", Map.of("id", event, "reason", reason));
    }

    public void sql(String statement, Map<String, Object> parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            parameters.forEach(query::setParameter);
            query.executeUpdate();
        });
    }

    /** Reads an .ics as a client would. */
    public static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (Exception e) {
            throw new AssertionError("not a calendar: " + e.getMessage() + "\n" + ics, e);
        }
    }

    public static List<VEvent> events(String ics) {
        return parse(ics).getComponents("VEVENT");
    }

    public static String value(VEvent event, String property) {
        return event.getProperty(property).map(p -> p.getValue()).orElse(null);
    }

    /** The UIDs of the events a calendar holds. */
    public static List<String> uids(String ics) {
        return events(ics).stream().map(e -> value(e, "UID")).toList();
    }

    public static String uid(UUID event) {
        return "event-" + event + "@spyrales.fr";
    }

    /** The text of a mail's attachments, by name. */
    public static Map<String, String> attachments(Mail mail) {
        return mail.getAttachments().stream()
                .collect(java.util.stream.Collectors.toMap(Attachment::getName, CalendarFixtures::text));
    }

    private static String text(Attachment attachment) {
        List<Byte> bytes = Multi.createFrom()
                .publisher(attachment.getData())
                .collect()
                .asList()
                .await()
                .indefinitely();
        byte[] data = new byte[bytes.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = bytes.get(i);
        }
        return new String(data, StandardCharsets.UTF_8);
    }
}
