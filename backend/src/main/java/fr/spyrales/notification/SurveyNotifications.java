package fr.spyrales.notification;

import fr.spyrales.common.PublicUrl;
import fr.spyrales.mail.MailOutbox;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.survey.SurveyOpened;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Tells every member a campaign was sent to (the active members when it opened) that the satisfaction survey is
 * open: in the app, and by mail unless they turned that mail off. Inside the opening's transaction, in two statements
 * whatever the number of members; the outbox sends the mails afterwards.
 */
@ApplicationScoped
public class SurveyNotifications {
    /** The survey's page in the front end, which the notification and the mail link to. */
    static final String PATH = "/enquete";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final String INVITED = MemberRepository.ACTIVE_SQL + " AND m.email_verified_at <= :openedAt";

    private final NotificationRepository notifications;
    private final MailOutbox mails;
    private final PublicUrl publicUrl;
    private final Template template;

    SurveyNotifications(NotificationRepository notifications, MailOutbox mails, PublicUrl publicUrl, Engine engine) {
        this.notifications = notifications;
        this.mails = mails;
        this.publicUrl = publicUrl;
        this.template = engine.getTemplate("mail/survey-opened");
    }

    void onOpened(@Observes SurveyOpened opened) {
        NotificationKind kind = NotificationKind.SURVEY_OPENED;
        String closesOn = DAY.format(opened.closesOn());
        String title = "Enquête de satisfaction : « " + opened.title() + " »";
        notifications.insertForEach(
                INVITED,
                Map.of("openedAt", opened.openedAt()),
                kind,
                title,
                "Donnez votre avis en deux minutes, de façon anonyme, jusqu'au " + closesOn + ".",
                PATH);
        String text = template.data(
                        "mail",
                        new SurveyMail(opened.title(), closesOn, publicUrl.link(PATH), publicUrl.link("/profil")))
                .render();
        mails.enqueueToEach(
                INVITED + " AND NOT EXISTS (SELECT 1 FROM member_email_opt_out o"
                        + " WHERE o.member_id = m.id AND o.kind = :kind)",
                Map.of("openedAt", opened.openedAt(), "kind", kind.name()),
                title + " — Spyrales",
                text);
    }
}
