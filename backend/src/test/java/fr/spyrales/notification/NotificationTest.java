package fr.spyrales.notification;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.member.NotificationKind;
import fr.spyrales.mentorship.MentorshipExpiryJob;
import fr.spyrales.mentorship.MentorshipFixtures;
import fr.spyrales.mentorship.MentorshipFixtures.Pair;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each change of a pairing tells the right person, in the app and, for some kinds, by mail. */
@QuarkusTest
class NotificationTest {
    private static final String FRONT = "http://localhost:5173";

    @Inject
    MentorshipFixtures fixtures;

    @Inject
    Inbox inbox;

    @Inject
    MentorshipExpiryJob expiryJob;

    private static String path(UUID id) {
        return "/api/v1/mentorships/" + id;
    }

    /** The single mail with that subject, checked for its greeting, link and signature. */
    private Mail onlyMail(Account to, String subject, UUID mentorshipId, String firstName) {
        List<Mail> mails = inbox.mailsWithSubject(to, subject);
        assertEquals(
                1,
                mails.size(),
                "mails \"" + subject + "\" to " + to.email() + ": "
                        + inbox.mails(to).stream().map(Mail::getSubject).toList());
        Mail mail = mails.get(0);
        assertEquals(subject, mail.getSubject());
        assertTrue(mail.getText().startsWith("Bonjour " + firstName + ",\n"), mail.getText());
        assertTrue(mail.getText().contains(FRONT + "/mentorats/" + mentorshipId + "\n"), mail.getText());
        assertTrue(mail.getText().contains("L'équipe Spyrales"), mail.getText());
        assertFalse(mail.getText().contains("{"), "unrendered template expression: " + mail.getText());
        assertFalse(mail.getText().contains("\n\n\n"), "blank lines left by the template: " + mail.getText());
        return mail;
    }

    @Test
    void aRequestNotifiesTheMentorInTheAppAndByMail() {
        Account mentor = fixtures.mentor(2);
        Account mentee = fixtures.mentee();
        UUID id = fixtures.request(mentee, mentor);

        mentor.as()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("unread", equalTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items[0].kind", equalTo("MENTORSHIP_REQUESTED"))
                .body("items[0].title", equalTo("Léa Novice vous demande un mentorat"))
                .body(
                        "items[0].body",
                        equalTo("Acceptez ou déclinez sa demande. Sans réponse sous 14 jours, elle expirera."))
                .body("items[0].link", equalTo("/mentorats/" + id))
                .body("items[0].mentorshipId", equalTo(id.toString()))
                .body("items[0].createdAt", notNullValue())
                .body("items[0].readAt", nullValue());
        Mail mail = onlyMail(mentor, "Léa Novice vous demande un mentorat — Spyrales", id, "Claire");
        assertTrue(mail.getText().contains("« Pouvez-vous m'aider à débuter en R ? »"), mail.getText());
        assertTrue(mail.getText().contains(FRONT + "/profil"), mail.getText());

        assertEquals(List.of(), inbox.kinds(mentee), "the mentee made the request: nothing to tell them");
        assertEquals(List.of(), inbox.mails(mentee));
    }

    @Test
    void anAcceptanceNotifiesTheMenteeAndTheOtherMentorsWhoseRequestsAreWithdrawn() {
        Account mentor = fixtures.mentor(2);
        Account otherMentor = fixtures.mentor(2);
        Account mentee = fixtures.mentee();
        UUID accepted = fixtures.request(mentee, mentor);
        UUID withdrawn = fixtures.request(mentee, otherMentor);

        mentor.as().post(path(accepted) + "/accept").then().statusCode(200);

        Map<String, Object> toMentee = inbox.only(mentee, NotificationKind.MENTORSHIP_ACCEPTED);
        assertEquals("Claire Mentor a accepté votre demande de mentorat", toMentee.get("title"));
        assertEquals("/mentorats/" + accepted, toMentee.get("link"));
        onlyMail(mentee, "Claire Mentor a accepté votre demande de mentorat — Spyrales", accepted, "Léa");

        Map<String, Object> toOther = inbox.only(otherMentor, NotificationKind.MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED);
        assertEquals("La demande de Léa Novice a été retirée", toOther.get("title"));
        assertEquals("/mentorats/" + withdrawn, toOther.get("link"));
        Mail mail = onlyMail(otherMentor, "La demande de Léa Novice a été retirée — Spyrales", withdrawn, "Claire");
        assertTrue(mail.getText().contains("retirée automatiquement"), mail.getText());

        assertEquals(List.of("MENTORSHIP_REQUESTED"), inbox.kinds(mentor), "the mentor accepted: only the request");
    }

    @Test
    void aDeclineTellsTheMenteeWhyInFrench() {
        Account mentor = fixtures.mentor(2);
        Account mentee = fixtures.mentee();
        UUID id = fixtures.request(mentee, mentor);

        mentor.as()
                .body(Map.of("reason", "NO_TIME", "comment", "Je suis en congé jusqu'à fin mars."))
                .post(path(id) + "/decline")
                .then()
                .statusCode(200);

        Map<String, Object> notification = inbox.only(mentee, NotificationKind.MENTORSHIP_DECLINED);
        assertEquals("Claire Mentor a décliné votre demande de mentorat", notification.get("title"));
        assertEquals(
                "Motif : pas assez de disponibilité en ce moment. « Je suis en congé jusqu'à fin mars. » "
                        + "Vous pouvez solliciter un autre mentor dans l'annuaire.",
                notification.get("body"));
        Mail mail = onlyMail(mentee, "Claire Mentor a décliné votre demande de mentorat — Spyrales", id, "Léa");
        assertTrue(mail.getText().contains("Motif : pas assez de disponibilité en ce moment\n"), mail.getText());
        assertTrue(mail.getText().contains("Son message : « Je suis en congé jusqu'à fin mars. »"), mail.getText());

        // Without a comment, the mail has no empty quote.
        Account another = fixtures.mentee();
        UUID second = fixtures.request(another, mentor);
        mentor.as()
                .body(Map.of("reason", "SKILLS_MISMATCH"))
                .post(path(second) + "/decline")
                .then()
                .statusCode(200);
        Mail plain = onlyMail(another, "Claire Mentor a décliné votre demande de mentorat — Spyrales", second, "Léa");
        assertTrue(plain.getText().contains("Motif : compétences trop éloignées de vos objectifs\n"), plain.getText());
        assertFalse(plain.getText().contains("Son message"), plain.getText());
    }

    @Test
    void aWithdrawalByTheMenteeIsShownToTheMentorWithoutAMail() {
        Account mentor = fixtures.mentor(2);
        Account mentee = fixtures.mentee();
        UUID id = fixtures.request(mentee, mentor);

        mentee.as().body("{}").post(path(id) + "/withdraw").then().statusCode(200);

        assertEquals(List.of("MENTORSHIP_WITHDRAWN", "MENTORSHIP_REQUESTED"), inbox.kinds(mentor));
        assertEquals(
                "Léa Novice a retiré sa demande de mentorat",
                inbox.only(mentor, NotificationKind.MENTORSHIP_WITHDRAWN).get("title"));
        assertEquals(1, inbox.mails(mentor).size(), "only the request was mailed");
    }

    @Test
    void pauseResumeAndCompletionTellTheOtherPartyAndEveryoneIsAskedForFeedback() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        Account mentor = pair.mentor();
        Account mentee = pair.mentee();
        int mentorMails = inbox.mails(mentor).size();
        int menteeMails = inbox.mails(mentee).size();

        mentee.as().body("{}").post(path(pair.id()) + "/pause").then().statusCode(200);
        assertEquals(
                "Léa Novice a mis votre mentorat en pause",
                inbox.only(mentor, NotificationKind.MENTORSHIP_PAUSED).get("title"));
        mentor.as().body("{}").post(path(pair.id()) + "/resume").then().statusCode(200);
        assertEquals(
                "Claire Mentor a repris votre mentorat",
                inbox.only(mentee, NotificationKind.MENTORSHIP_RESUMED).get("title"));
        mentee.as().body("{}").post(path(pair.id()) + "/complete").then().statusCode(200);
        assertEquals(
                "Léa Novice a clôturé votre mentorat",
                inbox.only(mentor, NotificationKind.MENTORSHIP_COMPLETED).get("title"));

        assertEquals(
                List.of("FEEDBACK_ASKED", "MENTORSHIP_COMPLETED", "MENTORSHIP_PAUSED", "MENTORSHIP_REQUESTED"),
                inbox.kinds(mentor));
        assertEquals(
                List.of("FEEDBACK_ASKED", "MENTORSHIP_RESUMED", "MENTORSHIP_ACCEPTED"),
                inbox.kinds(mentee),
                "the actor of a change is not told about it");
        assertEquals(
                "Votre avis sur le mentorat avec Léa Novice",
                inbox.only(mentor, NotificationKind.FEEDBACK_ASKED).get("title"));

        // Pause, resume and completion stay in the app; the feedback request is mailed to both.
        assertEquals(mentorMails + 1, inbox.mails(mentor).size());
        assertEquals(menteeMails + 1, inbox.mails(mentee).size());
        onlyMail(mentor, "Votre avis sur le mentorat avec Léa Novice — Spyrales", pair.id(), "Claire");
        onlyMail(mentee, "Votre avis sur le mentorat avec Claire Mentor — Spyrales", pair.id(), "Léa");
    }

    @Test
    void aCancellationGivesItsReasonToTheOtherParty() {
        Pair pair = fixtures.pairIn(MentorshipStatus.ACCEPTED);
        pair.mentor()
                .as()
                .body(Map.of("reason", "Changement de poste : je n'ai plus de temps."))
                .post(path(pair.id()) + "/cancel")
                .then()
                .statusCode(200);

        Map<String, Object> notification = inbox.only(pair.mentee(), NotificationKind.MENTORSHIP_CANCELLED);
        assertEquals("Claire Mentor a annulé votre mentorat", notification.get("title"));
        assertEquals("Raison indiquée : « Changement de poste : je n'ai plus de temps. »", notification.get("body"));
        assertEquals(1, inbox.count(pair.mentee(), NotificationKind.FEEDBACK_ASKED));
        assertEquals(1, inbox.count(pair.mentor(), NotificationKind.FEEDBACK_ASKED));
        assertEquals(0, inbox.count(pair.mentor(), NotificationKind.MENTORSHIP_CANCELLED));
    }

    @Test
    void theExpiryJobTellsBothParties() {
        Account mentor = fixtures.mentor(2);
        Account mentee = fixtures.mentee();
        UUID id = fixtures.request(mentee, mentor);
        fixtures.backdate(id, 15);

        expiryJob.expireOverdue();

        mentee.as().get(path(id)).then().body("status", equalTo("EXPIRED"));
        assertEquals(
                "Votre demande à Claire Mentor a expiré",
                inbox.only(mentee, NotificationKind.MENTORSHIP_EXPIRED).get("title"));
        assertEquals(
                "La demande de Léa Novice a expiré",
                inbox.only(mentor, NotificationKind.MENTORSHIP_EXPIRED).get("title"));
        Mail toMentee = onlyMail(mentee, "Votre demande à Claire Mentor a expiré — Spyrales", id, "Léa");
        assertTrue(toMentee.getText().contains("sans réponse pendant 14 jours"), toMentee.getText());
        Mail toMentor = onlyMail(mentor, "La demande de Léa Novice a expiré — Spyrales", id, "Claire");
        assertTrue(toMentor.getText().contains("capacité de mentorat"), toMentor.getText());

        expiryJob.expireOverdue();
        assertEquals(1, inbox.count(mentee, NotificationKind.MENTORSHIP_EXPIRED), "an expired request expires once");
    }

    @Test
    void unreadCountPagingAndMarkingRead() {
        Account mentor = fixtures.mentor(3);
        UUID first = fixtures.request(fixtures.mentee(), mentor);
        UUID second = fixtures.request(fixtures.mentee(), mentor);
        UUID third = fixtures.request(fixtures.mentee(), mentor);

        var page = mentor.as()
                .get("/api/v1/me/notifications?size=2")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("unread", equalTo(3))
                .body("size", equalTo(2))
                .body("items", hasSize(2))
                .body("items.mentorshipId", contains(third.toString(), second.toString()))
                .extract()
                .jsonPath();
        mentor.as()
                .get("/api/v1/me/notifications?size=2&page=1")
                .then()
                .statusCode(200)
                .body("items.mentorshipId", contains(first.toString()))
                .body("page", equalTo(1));

        String newest = page.getString("items[0].id");
        mentor.as().post("/api/v1/me/notifications/" + newest + "/read").then().statusCode(204);
        var afterRead = mentor.as()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("unread", equalTo(2))
                .body("total", equalTo(3))
                .body("items[0].readAt", notNullValue())
                .body("items[1].readAt", nullValue())
                .extract()
                .jsonPath();

        // Reading again changes nothing, not even the time it was read.
        mentor.as().post("/api/v1/me/notifications/" + newest + "/read").then().statusCode(204);
        mentor.as()
                .get("/api/v1/me/notifications")
                .then()
                .body("unread", equalTo(2))
                .body("items[0].readAt", equalTo(afterRead.getString("items[0].readAt")));

        mentor.as().post("/api/v1/me/notifications/read-all").then().statusCode(204);
        mentor.as()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("unread", equalTo(0))
                .body("total", equalTo(3))
                .body("items.readAt", org.hamcrest.Matchers.everyItem(notNullValue()));
        mentor.as().post("/api/v1/me/notifications/read-all").then().statusCode(204);
    }

    @Test
    void anotherMembersNotificationIsNotFound() {
        Account mentor = fixtures.mentor(2);
        fixtures.request(fixtures.mentee(), mentor);
        String id = inbox.page(mentor).getString("items[0].id");
        Account stranger = fixtures.stranger();

        stranger.as()
                .post("/api/v1/me/notifications/" + id + "/read")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Cette notification n'existe pas."));
        stranger.as().post("/api/v1/me/notifications/read-all").then().statusCode(204);
        stranger.as()
                .get("/api/v1/me/notifications")
                .then()
                .body("total", equalTo(0))
                .body("unread", equalTo(0));
        mentor.as()
                .get("/api/v1/me/notifications")
                .then()
                .body("unread", equalTo(1))
                .body("items[0].readAt", nullValue());

        mentor.as()
                .post("/api/v1/me/notifications/" + UUID.randomUUID() + "/read")
                .then()
                .statusCode(404);
        TestAccounts.anonymous().get("/api/v1/me/notifications").then().statusCode(401);
        TestAccounts.anonymous()
                .post("/api/v1/me/notifications/" + id + "/read")
                .then()
                .statusCode(401);
        mentor.as()
                .get("/api/v1/me/notifications?size=101")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void anOptOutStopsTheMailButNotTheNotification() {
        Account mentor = fixtures.mentor(2);
        mentor.as()
                .body(Map.of("emailOptOuts", List.of("MENTORSHIP_REQUESTED", "REMINDER_PENDING_REQUEST")))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("emailOptOuts", contains("MENTORSHIP_REQUESTED", "REMINDER_PENDING_REQUEST"));

        UUID id = fixtures.request(fixtures.mentee(), mentor);

        assertEquals(
                "/mentorats/" + id,
                inbox.only(mentor, NotificationKind.MENTORSHIP_REQUESTED).get("link"));
        assertEquals(List.of(), inbox.mails(mentor));

        // Turned on again, the mail comes back.
        mentor.as()
                .body(Map.of("emailOptOuts", List.of()))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("emailOptOuts", hasSize(0));
        UUID next = fixtures.request(fixtures.mentee(), mentor);
        assertEquals(1, inbox.mails(mentor).size());
        assertTrue(inbox.mails(mentor).get(0).getText().contains("/mentorats/" + next));
    }
}
