package fr.spyrales.notification;

import fr.spyrales.common.PublicUrl;
import fr.spyrales.event.EventNews;
import fr.spyrales.event.calendar.EventCalendars;
import fr.spyrales.mail.MailAttachment;
import fr.spyrales.mail.MailOutbox;
import fr.spyrales.mail.OutgoingMail;
import fr.spyrales.member.Member;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.mentorship.Mentorship;
import fr.spyrales.mentorship.MentorshipConfig;
import fr.spyrales.project.ProjectTeamNews;
import fr.spyrales.training.library.ResourceModerated;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Tells a member about one of their pairings: writes the in-app notification and, for the kinds
 * that are mailed, sends the mail unless the member turned that kind off. Runs inside the caller's
 * transaction, and so does the mail, through the outbox: it leaves only once the transaction commits.
 */
@ApplicationScoped
public class Notifier {
    /** What a party wrote, as the texts quote it (« … »): the other party's notifications lose it when the writer is erased. */
    static final java.util.regex.Pattern QUOTED =
            java.util.regex.Pattern.compile("« .* »", java.util.regex.Pattern.DOTALL);

    /**
     * The event mails that carry the event's .ics to a member with a confirmed seat: the seat's confirmation, and the
     * cancellation, whose file (same UID, higher SEQUENCE, STATUS:CANCELLED) takes the event out of their calendar.
     */
    private static final java.util.Set<NotificationKind> CALENDAR_ATTACHED = java.util.EnumSet.of(
            NotificationKind.EVENT_REGISTERED, NotificationKind.EVENT_PROMOTED, NotificationKind.EVENT_CANCELLED);

    /**
     * What the animateurs did to a pairing from their console: always mailed, with the animateurs' reminder template
     * (their message to the member, which no opt-out turns off).
     */
    private static final java.util.Set<NotificationKind> FROM_ANIMATEURS =
            java.util.EnumSet.of(NotificationKind.PAIRING_CLOSED_BY_ANIMATION, NotificationKind.PAIRING_REASSIGNED);

    private final NotificationRepository notifications;
    private final MailOutbox mails;
    private final MentorshipConfig mentorshipConfig;
    private final PublicUrl publicUrl;
    private final EventCalendars calendars;
    private final Map<NotificationKind, Template> templates = new EnumMap<>(NotificationKind.class);
    private final Template animationReminder;

    Notifier(
            NotificationRepository notifications,
            MailOutbox mails,
            MentorshipConfig mentorshipConfig,
            PublicUrl publicUrl,
            EventCalendars calendars,
            Engine engine) {
        this.notifications = notifications;
        this.mails = mails;
        this.mentorshipConfig = mentorshipConfig;
        this.publicUrl = publicUrl;
        this.calendars = calendars;
        for (NotificationKind kind : NotificationKind.MAILED) {
            Template template = engine.getTemplate("mail/" + templateName(kind));
            if (template == null) {
                throw new IllegalStateException("No mail template templates/mail/" + templateName(kind) + ".txt");
            }
            templates.put(kind, template);
        }
        animationReminder = engine.getTemplate("mail/animation-reminder");
        if (animationReminder == null) {
            throw new IllegalStateException("No mail template templates/mail/animation-reminder.txt");
        }
    }

    void send(Notice notice) {
        prepare(notice).ifPresent(mails::enqueue);
    }

    /** Sends several notices, their mails posted together in one batched statement. */
    void sendAll(java.util.List<Notice> notices) {
        java.util.List<OutgoingMail> out = new java.util.ArrayList<>();
        for (Notice notice : notices) {
            prepare(notice).ifPresent(out::add);
        }
        mails.enqueueAll(out);
    }

    /** Writes the notice's in-app notification; returns its mail, if the member gets one. */
    private java.util.Optional<OutgoingMail> prepare(Notice notice) {
        NotificationKind kind = notice.kind();
        Mentorship mentorship = notice.mentorship();
        Member recipient = notice.recipient();
        if (recipient.isErased()) {
            return java.util.Optional.empty();
        }
        Member other = mentorship.isMentor(recipient.id) ? mentorship.mentee : mentorship.mentor;
        Texts texts = texts(kind, mentorship, recipient, other.displayName, notice.reason(), notice.comment());
        String path = write(kind, mentorship, recipient, texts);

        if (FROM_ANIMATEURS.contains(kind)) {
            String text = animationReminder
                    .data(
                            "mail",
                            new AnimationMail(recipient.firstName, texts.title(), texts.body(), publicUrl.link(path)))
                    .render();
            return java.util.Optional.of(
                    new OutgoingMail(recipient.id, recipient.email, texts.title() + " — Spyrales", text));
        } else if (kind.mailed && !recipient.emailOptOuts.contains(kind)) {
            String text = templates
                    .get(kind)
                    .data(
                            "mail",
                            new MentorshipMail(
                                    recipient.firstName,
                                    mentorship.isMentor(recipient.id),
                                    other.displayName,
                                    publicUrl.link(path),
                                    mentorship.message,
                                    notice.reason(),
                                    notice.comment(),
                                    texts.days(),
                                    publicUrl.link("/profil"),
                                    mentorship.proposedByProgramme))
                    .render();
            return java.util.Optional.of(
                    new OutgoingMail(recipient.id, recipient.email, texts.title() + " — Spyrales", text));
        }
        return java.util.Optional.empty();
    }

    /**
     * Tells a supervisor (an animateur who is not a party) about something `party` did on a pairing, in the app
     * only: what supervisors hear of a pairing is never mailed.
     */
    public void sendToSupervisor(NotificationKind kind, Mentorship mentorship, Member recipient, Member party) {
        if (kind.mailed) {
            throw new IllegalArgumentException(kind + " is mailed: supervisors are told in the app only");
        }
        if (!recipient.isErased()) {
            write(kind, mentorship, recipient, texts(kind, mentorship, recipient, party.displayName, null, null));
        }
    }

    /** Tells a member about a project's team: in the app, and by mail for the mailed kinds unless turned off. */
    void sendAboutProject(NotificationKind kind, Member recipient, ProjectTeamNews news, String title, String body) {
        sendAboutProject(kind, recipient, news, projectPath(news.projectId()), title, body);
    }

    /** As above, the notification opening `path` rather than the project's page. */
    void sendAboutProject(
            NotificationKind kind, Member recipient, ProjectTeamNews news, String path, String title, String body) {
        sendAbout(
                kind,
                recipient,
                path,
                title,
                body,
                () -> new ProjectMail(
                        recipient.firstName,
                        news.projectTitle(),
                        publicUrl.link(path),
                        news.reason(),
                        publicUrl.link("/profil")));
    }

    /** Tells a member about a resource they proposed: in the app, and by mail unless turned off. */
    void sendAboutResource(NotificationKind kind, Member recipient, ResourceModerated news, String title, String body) {
        String path = "/ressources/" + news.resourceId();
        sendAbout(
                kind,
                recipient,
                path,
                title,
                body,
                () -> new ResourceMail(
                        recipient.firstName,
                        news.resourceTitle(),
                        publicUrl.link(path),
                        news.reason(),
                        publicUrl.link("/profil")));
    }

    /**
     * Tells a member what the animateurs remind them of: in the app, and always by mail (a message from the community's
     * organisers, which no opt-out turns off).
     */
    void sendFromAnimateurs(Member recipient, String path, String title, String body) {
        if (recipient.isErased()) {
            return;
        }
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.memberId = recipient.id;
        notification.kind = NotificationKind.ANIMATION_REMINDER;
        notification.title = title;
        notification.body = body;
        notification.link = path;
        notification.createdAt = OffsetDateTime.now();
        notifications.persist(notification);
        String text = animationReminder
                .data("mail", new AnimationMail(recipient.firstName, title, body, publicUrl.link(path)))
                .render();
        mails.enqueue(new OutgoingMail(recipient.id, recipient.email, title + " — Spyrales", text));
    }

    /** Tells a member about an event they registered to: in the app, and by mail unless turned off. */
    void sendAboutEvent(
            NotificationKind kind, Member recipient, EventNews news, String when, String title, String body) {
        String path = "/evenements/" + news.eventId();
        sendAbout(
                kind,
                recipient,
                path,
                title,
                body,
                () -> new EventMail(
                        recipient.firstName,
                        news.eventTitle(),
                        when,
                        news.place(),
                        news.online(),
                        publicUrl.link(path),
                        news.position(),
                        news.reason(),
                        news.replayUrl(),
                        news.slidesUrl(),
                        publicUrl.link("/profil")),
                () -> CALENDAR_ATTACHED.contains(kind) ? calendars.attachmentFor(news.eventId(), recipient.id) : null);
    }

    /** Tells a member about their entry to a challenge: in the app, and by mail unless turned off. */
    void sendAboutChallenge(
            NotificationKind kind,
            Member recipient,
            UUID challengeId,
            String challengeTitle,
            String title,
            String body) {
        String path = "/piscine/" + challengeId;
        sendAbout(
                kind,
                recipient,
                path,
                title,
                body,
                () -> new ChallengeMail(
                        recipient.firstName, challengeTitle, publicUrl.link(path), publicUrl.link("/profil")));
    }

    /**
     * Writes a notification that links to `path` and, for the mailed kinds the recipient did not turn off, mails the
     * kind's template filled with `mail`.
     */
    private void sendAbout(
            NotificationKind kind,
            Member recipient,
            String path,
            String title,
            String body,
            java.util.function.Supplier<Object> mail) {
        sendAbout(kind, recipient, path, title, body, mail, () -> null);
    }

    /** As above, the mail carrying the file `attachment` gives (none when it gives null). */
    private void sendAbout(
            NotificationKind kind,
            Member recipient,
            String path,
            String title,
            String body,
            java.util.function.Supplier<Object> mail,
            java.util.function.Supplier<MailAttachment> attachment) {
        if (recipient.isErased()) {
            return;
        }
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.memberId = recipient.id;
        notification.kind = kind;
        notification.title = title;
        notification.body = body;
        notification.link = path;
        notification.createdAt = OffsetDateTime.now();
        notifications.persist(notification);
        if (kind.mailed && !recipient.emailOptOuts.contains(kind)) {
            String text = templates.get(kind).data("mail", mail.get()).render();
            mails.enqueue(new OutgoingMail(recipient.id, recipient.email, title + " — Spyrales", text)
                    .with(attachment.get()));
        }
    }

    /** The front-end page of a pairing, which its notifications link to. */
    static String mentorshipPath(UUID mentorshipId) {
        return "/mentorats/" + mentorshipId;
    }

    /** The animateurs' console, where the notifications about what awaits their decision lead. */
    static final String ANIMATION_PATH = "/animation";

    /**
     * Where the animateurs' notifications about a reported project lead: the console's queue of reports. The project
     * in the address tells them apart, so that they are read once nothing about that project awaits a decision.
     */
    static String reportedProjectPath(UUID projectId) {
        return ANIMATION_PATH + "?signalements=" + projectId + "#project-reports";
    }

    /** The front-end page of a project, which its notifications link to. */
    static String projectPath(UUID projectId) {
        return "/projets/" + projectId;
    }

    /** Writes the in-app notification; returns the front-end path it links to. */
    private String write(NotificationKind kind, Mentorship mentorship, Member recipient, Texts texts) {
        String path = mentorshipPath(mentorship.id);
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.memberId = recipient.id;
        notification.kind = kind;
        notification.mentorshipId = mentorship.id;
        notification.title = texts.title();
        notification.body = texts.body();
        notification.link = path;
        notification.createdAt = OffsetDateTime.now();
        notifications.persist(notification);
        return path;
    }

    /** The in-app title and body (the title is also the mail's subject), and the delay they mention. */
    private record Texts(String title, String body, int days) {
        Texts(String title, String body) {
            this(title, body, 0);
        }
    }

    /** `other` is the person the notification is about: the other party, or for a supervisor the party who acted. */
    private Texts texts(
            NotificationKind kind, Mentorship m, Member recipient, String other, String reason, String comment) {
        int expiryDays = mentorshipConfig.expiryDays();
        String quoted = comment == null ? "" : " « " + comment + " »"; // found again by QUOTED
        return switch (kind) {
            case MENTORSHIP_REQUESTED ->
                m.proposedByProgramme
                        ? new Texts(
                                "Les animateurs vous proposent d'accompagner " + other,
                                "Le programme de mentorat vous a associé·e à " + other
                                        + ". Acceptez ou déclinez. Sans réponse sous " + expiryDays
                                        + " jours, la proposition expirera.",
                                expiryDays)
                        : new Texts(
                                other + " vous demande un mentorat",
                                "Acceptez ou déclinez sa demande. Sans réponse sous " + expiryDays
                                        + " jours, elle expirera.",
                                expiryDays);
            case MENTORSHIP_PROPOSED ->
                new Texts(
                        "Un mentor vous est proposé : " + other,
                        "Les animateurs ont proposé à " + other
                                + " de vous accompagner. Vous serez prévenu·e de sa réponse.",
                        expiryDays);
            case MENTORSHIP_ACCEPTED ->
                new Texts(
                        other + " a accepté votre demande de mentorat",
                        "Votre mentorat commence : prenez contact pour fixer votre première séance.");
            case MENTORSHIP_DECLINED ->
                new Texts(
                        other + " a décliné votre demande de mentorat",
                        "Motif : " + reason + "." + quoted
                                + " Vous pouvez solliciter un autre mentor dans l'annuaire.");
            case MENTORSHIP_WITHDRAWN ->
                new Texts(
                        other + " a retiré sa demande de mentorat",
                        "Cette demande n'attend plus de réponse de votre part.");
            case MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED ->
                new Texts(
                        "La demande de " + other + " a été retirée",
                        other
                                + " a commencé un mentorat avec un autre mentor : sa demande auprès de vous a été retirée automatiquement.");
            case MENTORSHIP_EXPIRED ->
                m.isMentor(recipient.id)
                        ? new Texts(
                                "La demande de " + other + " a expiré",
                                "Elle est restée sans réponse pendant " + expiryDays + " jours.",
                                expiryDays)
                        : new Texts(
                                "Votre demande à " + other + " a expiré",
                                "Elle est restée sans réponse pendant " + expiryDays
                                        + " jours. Vous pouvez solliciter un autre mentor dans l'annuaire.",
                                expiryDays);
            case MENTORSHIP_PAUSED ->
                new Texts(
                        other + " a mis votre mentorat en pause",
                        "L'un ou l'autre pourra le reprendre quand vous le souhaiterez.");
            case MENTORSHIP_RESUMED ->
                new Texts(other + " a repris votre mentorat", "Le mentorat reprend : fixez votre prochaine séance.");
            case MENTORSHIP_COMPLETED ->
                new Texts(
                        other + " a clôturé votre mentorat", "Le mentorat est terminé. Merci pour votre engagement !");
            case MENTORSHIP_CANCELLED ->
                new Texts(
                        other + " a annulé votre mentorat",
                        comment == null ? "Le mentorat est annulé." : "Raison indiquée :" + quoted);
            case MENTORSHIP_END_DATE_CHANGED ->
                new Texts(
                        other + " a modifié la date de fin de votre mentorat",
                        comment == null ? "La date de fin prévue a changé." : comment);
            case FEEDBACK_ASKED ->
                new Texts(
                        "Votre avis sur le mentorat avec " + other,
                        "Le mentorat est terminé. Donnez votre avis en deux minutes : il aide la communauté à mieux accompagner.");
            case REMINDER_PENDING_REQUEST ->
                new Texts(
                        "Rappel : " + other + " attend votre réponse",
                        "Sa demande de mentorat attend depuis "
                                + mentorshipConfig.reminders().pendingDays()
                                + " jours. Sans réponse, elle expirera au bout de " + expiryDays + " jours.",
                        mentorshipConfig.reminders().pendingDays());
            case REMINDER_NO_SESSION ->
                new Texts(
                        "Rappel : aucune séance avec " + other + " depuis "
                                + mentorshipConfig.reminders().noSessionDays() + " jours",
                        "Votre mentorat est en cours, mais aucune séance n'a été notée depuis "
                                + mentorshipConfig.reminders().noSessionDays()
                                + " jours. Fixez la prochaine, ou mettez le mentorat en pause si besoin.",
                        mentorshipConfig.reminders().noSessionDays());
            case REMINDER_FEEDBACK ->
                new Texts(
                        "Rappel : votre avis sur le mentorat avec " + other,
                        "Votre mentorat s'est terminé il y a "
                                + mentorshipConfig.reminders().feedbackDays()
                                + " jours. Deux minutes suffisent pour donner votre avis.",
                        mentorshipConfig.reminders().feedbackDays());
            case MENTORSHIP_REPORTED ->
                new Texts(
                        other + " a signalé un problème sur son mentorat",
                        "Mentorat de " + m.mentee.displayName + " avec " + m.mentor.displayName
                                + ". Lisez le signalement et marquez-le comme traité une fois la situation réglée.");
            case MENTORSHIP_REPORT_RESOLVED ->
                new Texts(
                        "Votre signalement a été traité",
                        "Les animateurs ont traité le problème que vous avez signalé sur votre mentorat avec " + other
                                + "." + (comment == null ? "" : " Leur note :" + quoted));
            case MENTORSHIP_SESSION_PLANNED ->
                new Texts(
                        other + " a fixé votre prochaine séance", comment == null ? "Une séance est prévue." : comment);
            case MENTORSHIP_SESSION_REMINDER ->
                new Texts(
                        "Rappel : séance de mentorat avec " + other + " demain",
                        comment == null ? "Votre prochaine séance a lieu demain." : comment);
            case PAIRING_CLOSED_BY_ANIMATION ->
                new Texts(
                        m.startedAt != null
                                ? "Les animateurs ont clos votre mentorat avec " + other
                                : m.isMentee(recipient.id)
                                        ? "Les animateurs ont clos votre demande de mentorat à " + other
                                        : "Les animateurs ont clos la demande de mentorat de " + other,
                        "Leur message :" + quoted
                                + (m.isMentee(recipient.id)
                                        ? " Vous pouvez solliciter un autre mentor dans l'annuaire."
                                        : ""));
            case PAIRING_REASSIGNED ->
                m.isMentee(recipient.id)
                        ? new Texts(
                                "Les animateurs confient votre demande à un autre mentor",
                                (m.startedAt != null ? "Votre mentorat" : "Votre demande") + " avec " + other
                                        + " est clos. Les animateurs ont transmis votre demande, avec son message et"
                                        + " ses objectifs, à un autre mentor, qui vous répondra. Leur message :"
                                        + quoted)
                        : new Texts(
                                "Les animateurs ont confié " + (m.startedAt != null ? "le mentorat" : "la demande")
                                        + " de " + other + " à un autre mentor",
                                "Vous n'avez plus rien à faire pour "
                                        + (m.startedAt != null ? "ce mentorat" : "cette demande") + ". Leur message :"
                                        + quoted);
            case PROJECT_JOIN_REQUESTED,
                    PROJECT_JOIN_ACCEPTED,
                    PROJECT_JOIN_DECLINED,
                    PROJECT_PROMOTED,
                    PROJECT_DATASET_REVIEWED,
                    PROJECT_CLOSED_BY_ANIMATION,
                    PROJECT_LEAD_APPOINTED,
                    PROJECT_REPORTED,
                    PROJECT_REPORT_DECIDED ->
                throw new IllegalArgumentException(kind + " is about a project: ProjectNotifications words it");
            case CHALLENGE_ENTRY_COMMENTED, CHALLENGE_ENTRY_HIGHLIGHTED ->
                throw new IllegalArgumentException(kind + " is about a challenge: ChallengeNotifications words it");
            case RESOURCE_PUBLISHED, RESOURCE_REJECTED ->
                throw new IllegalArgumentException(kind + " is about a resource: ResourceNotifications words it");
            case ANIMATION_REMINDER ->
                throw new IllegalArgumentException(
                        kind + " is the animateurs' message: AnimationNotifications words it");
            case EVENT_REGISTERED,
                    EVENT_WAITLISTED,
                    EVENT_PROMOTED,
                    EVENT_CANCELLED,
                    EVENT_REMINDER_DAY,
                    EVENT_REMINDER_HOUR,
                    EVENT_REPLAY ->
                throw new IllegalArgumentException(kind + " is about an event: EventNotifications words it");
            case SURVEY_OPENED ->
                throw new IllegalArgumentException(kind + " is about a survey: SurveyNotifications words it");
        };
    }

    /** The mail template's name under `templates/mail/`: the kind in kebab-case. */
    private static String templateName(NotificationKind kind) {
        return kind.name().toLowerCase().replace('_', '-');
    }
}
