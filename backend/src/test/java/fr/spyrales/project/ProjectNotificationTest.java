package fr.spyrales.project;

import static fr.spyrales.project.ProjectFixtures.PROJECTS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.mail.DeliveredMails;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.notification.Inbox;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A request to join, the lead's answer and a promotion reach the people concerned, in the app and by mail. */
@QuarkusTest
class ProjectNotificationTest {
    @Inject
    ProjectFixtures fixtures;

    @Inject
    Inbox inbox;

    @Test
    void theLeadsHearOfARequestAndTheRequesterOfTheAnswer() {
        Account lead = fixtures.member("Nadia");
        UUID project = fixtures.create(lead, Map.of("title", "Élections municipales"));
        Account lea = fixtures.member("Léa");
        UUID request = fixtures.askToJoin(lea, project);

        Map<String, Object> asked = inbox.only(lead, NotificationKind.PROJECT_JOIN_REQUESTED);
        assertEquals("/projets/" + project, asked.get("link"));
        onlyMail(lead, "Nouvelle demande pour rejoindre « Élections municipales »");

        lead.as()
                .body(Map.of("reason", "Nous cherchons quelqu'un qui connaît R."))
                .post(PROJECTS + "/" + project + "/join-requests/" + request + "/decline")
                .then()
                .statusCode(200);
        inbox.only(lea, NotificationKind.PROJECT_JOIN_DECLINED);
        Mail declined = onlyMail(lea, "Votre demande pour rejoindre « Élections municipales » a été déclinée");
        assertTrue(declined.getText().contains("« Nous cherchons quelqu'un qui connaît R. »"), declined.getText());

        fixtures.accept(lead, project, fixtures.askToJoin(lea, project));
        inbox.only(lea, NotificationKind.PROJECT_JOIN_ACCEPTED);
        onlyMail(lea, "Bienvenue dans l'équipe de « Élections municipales »");

        fixtures.promote(lead, project, lea);
        inbox.only(lea, NotificationKind.PROJECT_PROMOTED);
    }

    private Mail onlyMail(Account to, String subject) {
        List<Mail> mails = await().atMost(DeliveredMails.PATIENCE)
                .until(() -> inbox.mailsWithSubject(to, subject), found -> !found.isEmpty());
        assertEquals(1, mails.size());
        Mail mail = mails.get(0);
        assertTrue(mail.getText().startsWith("Bonjour "), mail.getText());
        assertFalse(mail.getText().contains("{"), "unrendered template expression: " + mail.getText());
        assertFalse(mail.getText().contains("\n\n\n"), "blank lines left by the template: " + mail.getText());
        return mail;
    }
}
