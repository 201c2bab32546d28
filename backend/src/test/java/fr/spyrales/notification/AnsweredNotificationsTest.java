package fr.spyrales.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.spyrales.member.NotificationKind;
import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.project.ProjectFixtures;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Doing what a notification asks marks it read: the member does not have to open it as well. */
@QuarkusTest
class AnsweredNotificationsTest {
    @Inject
    MentorshipFixtures fixtures;

    @Inject
    ProjectFixtures projects;

    @Inject
    Inbox inbox;

    @Inject
    ReminderService reminders;

    @Inject
    EntityManager em;

    private static String path(UUID id) {
        return "/api/v1/mentorships/" + id;
    }

    /** When the member's notifications of that kind were read, oldest first (null for unread ones). */
    private List<Object> readAt(Account account, NotificationKind kind) {
        JsonPath page = inbox.page(account);
        List<Object> times = new ArrayList<>(page.getList("items.findAll { it.kind == '" + kind + "' }.readAt"));
        Collections.reverse(times);
        return times;
    }

    /** Moves a pairing and its history that many days into the past. */
    private void age(UUID id, int days) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                            UPDATE mentorship SET requested_at = requested_at - make_interval(days => :days),
                                   started_at = started_at - make_interval(days => :days)
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

    private int unread(Account account) {
        return inbox.page(account).getInt("unread");
    }

    @Test
    void acceptingARequestMarksItsNotificationReadAndLeavesTheOthersUnread() {
        Account mentor = fixtures.mentor(3);
        UUID accepted = fixtures.request(fixtures.mentee(), mentor);
        fixtures.request(fixtures.mentee(), mentor);
        assertEquals(2, unread(mentor));

        mentor.as().post(path(accepted) + "/accept").then().statusCode(200);

        List<Map<String, Object>> requests =
                inbox.page(mentor).getList("items.findAll { it.kind == 'MENTORSHIP_REQUESTED' }");
        Map<String, Object> answered = requests.stream()
                .filter(n -> accepted.toString().equals(n.get("mentorshipId")))
                .findFirst()
                .orElseThrow();
        assertNotNull(answered.get("readAt"), "the request the mentor accepted is read");
        assertEquals(1, unread(mentor), "the other request still waits for an answer");
    }

    @Test
    void decliningARequestMarksItsNotificationAndItsReminderRead() {
        Account mentor = fixtures.mentor(2);
        UUID id = fixtures.request(fixtures.mentee(), mentor);
        age(id, 6);
        reminders.sendDueReminders();
        assertEquals(2, unread(mentor), "the request and its reminder");

        mentor.as()
                .body(Map.of("reason", "NO_TIME"))
                .post(path(id) + "/decline")
                .then()
                .statusCode(200);

        assertEquals(0, unread(mentor));
        assertNotNull(readAt(mentor, NotificationKind.REMINDER_PENDING_REQUEST).get(0));
    }

    @Test
    void givingFeedbackMarksTheAskReadForTheAuthorOnly() {
        Pair pair = fixtures.pairIn(MentorshipStatus.COMPLETED);
        assertEquals(1, readAt(pair.mentee(), NotificationKind.FEEDBACK_ASKED).size());
        assertNull(readAt(pair.mentee(), NotificationKind.FEEDBACK_ASKED).get(0));

        pair.mentee()
                .as()
                .body(Map.of("rating", 5))
                .post(path(pair.id()) + "/feedback")
                .then()
                .statusCode(201);

        assertNotNull(readAt(pair.mentee(), NotificationKind.FEEDBACK_ASKED).get(0));
        assertNull(
                readAt(pair.mentor(), NotificationKind.FEEDBACK_ASKED).get(0), "the mentor has not given theirs yet");
    }

    @Test
    void notingASessionMarksTheReminderOfNoSessionRead() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        age(pair.id(), 22);
        reminders.sendDueReminders();
        assertEquals(
                1, readAt(pair.mentee(), NotificationKind.REMINDER_NO_SESSION).size());

        pair.mentee()
                .as()
                .body(Map.of(
                        "heldOn",
                        LocalDate.now(ZoneId.of("Europe/Paris")).toString(),
                        "durationMinutes",
                        60,
                        "topics",
                        "Premiers graphiques avec ggplot2"))
                .post(path(pair.id()) + "/sessions")
                .then()
                .statusCode(201);

        assertNotNull(
                readAt(pair.mentee(), NotificationKind.REMINDER_NO_SESSION).get(0));
        assertNull(readAt(pair.mentor(), NotificationKind.REMINDER_NO_SESSION).get(0), "the mentor did nothing");
    }

    @Test
    void answeringAJoinRequestMarksOneRequestReadForTheLeadWhoAnswered() {
        Account lead = projects.member("Nadia");
        UUID project = projects.create(lead);
        UUID first = projects.askToJoin(projects.member("Léa"), project);
        projects.askToJoin(projects.member("Karim"), project);
        assertEquals(2, unread(lead));

        projects.accept(lead, project, first);

        List<Object> read = readAt(lead, NotificationKind.PROJECT_JOIN_REQUESTED);
        assertNotNull(read.get(0), "the first request is answered");
        assertNull(read.get(1), "the second still waits");
    }

    @Test
    void resolvingAReportMarksItsNotificationReadForTheAnimateurWhoResolvedIt() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        Account resolver = fixtures.animateur();
        Account otherAnimateur = fixtures.animateur();
        String report = pair.mentee()
                .as()
                .body(Map.of("message", "Mon mentor ne répond plus depuis un mois."))
                .post(path(pair.id()) + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        resolver.as()
                .body("{}")
                .post(path(pair.id()) + "/reports/" + report + "/resolve")
                .then()
                .statusCode(200);

        assertNotNull(readAt(resolver, NotificationKind.MENTORSHIP_REPORTED).get(0));
        assertNull(readAt(otherAnimateur, NotificationKind.MENTORSHIP_REPORTED).get(0));
    }
}
