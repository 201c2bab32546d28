package fr.spyrales.member;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a notification is about. Every kind is shown in the app; the kinds marked `mailed` are
 * also sent by e-mail (template `templates/mail/<kind in kebab-case>.txt`), unless the member
 * turned that kind off in their profile. It lives with the member because the member's
 * e-mail opt-outs are written in its terms; the notification feature reads it.
 */
@Schema(
        name = "NotificationKind",
        description = "Type de notification. Seuls les types envoyés par e-mail peuvent être désactivés "
                + "(emailOptOuts) : MENTORSHIP_REQUESTED, MENTORSHIP_PROPOSED, MENTORSHIP_ACCEPTED, MENTORSHIP_DECLINED, MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED, "
                + "MENTORSHIP_EXPIRED, FEEDBACK_ASKED, REMINDER_PENDING_REQUEST, REMINDER_NO_SESSION, REMINDER_FEEDBACK, MENTORSHIP_SESSION_REMINDER, "
                + "PROJECT_JOIN_REQUESTED, PROJECT_JOIN_ACCEPTED, PROJECT_JOIN_DECLINED, PROJECT_DATASET_REVIEWED, "
                + "CHALLENGE_ENTRY_COMMENTED, CHALLENGE_ENTRY_HIGHLIGHTED, RESOURCE_PUBLISHED, RESOURCE_REJECTED, "
                + "EVENT_REGISTERED, EVENT_WAITLISTED, EVENT_PROMOTED, EVENT_CANCELLED, EVENT_REMINDER_DAY, "
                + "EVENT_REMINDER_HOUR, EVENT_REPLAY, SURVEY_OPENED.")
public enum NotificationKind {
    /** To the mentor: a member asks them for a mentorship. */
    MENTORSHIP_REQUESTED(true),
    /** To the mentee: the animateurs' batch matching proposed a mentor, who now has to answer. */
    MENTORSHIP_PROPOSED(true),
    /** To the mentee. */
    MENTORSHIP_ACCEPTED(true),
    /** To the mentee, with the reason. */
    MENTORSHIP_DECLINED(true),
    /** To the mentor: the mentee withdrew their request. */
    MENTORSHIP_WITHDRAWN(false),
    /** To the mentor: the request was withdrawn because another mentor accepted the mentee. */
    MENTORSHIP_WITHDRAWN_OTHER_ACCEPTED(true),
    /** To both: nobody answered the request in time. */
    MENTORSHIP_EXPIRED(true),
    /** To the other party of the pairing. */
    MENTORSHIP_PAUSED(false),
    MENTORSHIP_RESUMED(false),
    MENTORSHIP_COMPLETED(false),
    MENTORSHIP_CANCELLED(false),
    /** To the other party: the planned end of the pairing moved. */
    MENTORSHIP_END_DATE_CHANGED(false),
    /** To both, when the pairing ends. */
    FEEDBACK_ASKED(true),
    /** To the mentor: a request has waited for an answer for some days. */
    REMINDER_PENDING_REQUEST(true),
    /** To both: an active pairing without any session for some days. */
    REMINDER_NO_SESSION(true),
    /** To whoever has not given feedback some days after the end. */
    REMINDER_FEEDBACK(true),
    /** To every animateur who is not a party: a party of a pairing reported a problem. */
    MENTORSHIP_REPORTED(false),
    /** To the author of a report: a supervisor resolved it, with their note if they wrote one. */
    MENTORSHIP_REPORT_RESOLVED(false),
    /** To the other party: the next session was planned, or moved. */
    MENTORSHIP_SESSION_PLANNED(false),
    /** To both parties, the day before the planned session. */
    MENTORSHIP_SESSION_REMINDER(true),
    /** To the leads of a project: a member asks to join the team. */
    PROJECT_JOIN_REQUESTED(true),
    /** To the member who asked: a lead took them into the team. */
    PROJECT_JOIN_ACCEPTED(true),
    /** To the member who asked, with the lead's reason in the mail. */
    PROJECT_JOIN_DECLINED(true),
    /** To the team member a lead made a lead. */
    PROJECT_PROMOTED(false),
    /** To the leads of a project: a dataset it declares was confirmed or refused (review or re-check). */
    PROJECT_DATASET_REVIEWED(true),
    /** To the author of a challenge entry: a member commented on it. */
    CHALLENGE_ENTRY_COMMENTED(true),
    /** To the author of a challenge entry: an animateur highlighted it. */
    CHALLENGE_ENTRY_HIGHLIGHTED(true),
    /** To the member who proposed a resource: an animateur published it in the library. */
    RESOURCE_PUBLISHED(true),
    /** To the member who proposed a resource: an animateur rejected it, with the reason in the mail. */
    RESOURCE_REJECTED(true),
    /** To the member: their seat at an event is confirmed (the mail carries the event's calendar file). */
    EVENT_REGISTERED(true),
    /** To the member: the event is full, they are on its waitlist at the position given. */
    EVENT_WAITLISTED(true),
    /** To a waitlisted member: a seat freed up (or the capacity grew) and it is theirs. */
    EVENT_PROMOTED(true),
    /** To every confirmed and waitlisted registrant: the organisers cancelled the event, with the reason. */
    EVENT_CANCELLED(true),
    /** To the confirmed registrants, 24 hours before the start. */
    EVENT_REMINDER_DAY(true),
    /** To the confirmed registrants, 1 hour before the start. */
    EVENT_REMINDER_HOUR(true),
    /** To the registrants and those who waited: the replay (and slides) of an event are online. */
    EVENT_REPLAY(true),
    /**
     * To the members an animateur reminded from the console. Shown in the app and always mailed: the community's
     * organisers writing to a member is not a feature's news that the member may turn off, so it is not `mailed`.
     */
    ANIMATION_REMINDER(false),
    /**
     * To both people of a request or pairing an animateur closed from the console, with the animateur's message.
     * Always mailed, as {@link #ANIMATION_REMINDER} (hence not `mailed`: no opt-out).
     */
    PAIRING_CLOSED_BY_ANIMATION(false),
    /**
     * To the mentee and the former mentor of a request or pairing an animateur gave to another mentor, with the
     * animateur's message (the new mentor hears of it as a programme's proposal). Always mailed, no opt-out.
     */
    PAIRING_REASSIGNED(false),
    /** To every active member: an animateur opened a satisfaction survey campaign. */
    SURVEY_OPENED(true),
    /** To the team of a project an animateur closed (archived) from the console, with the reason. */
    PROJECT_CLOSED_BY_ANIMATION(false),
    /** To the team member an animateur made a lead from the console, with the reason. */
    PROJECT_LEAD_APPOINTED(false),
    /** To every animateur and admin but the reporter: a member reported a project. */
    PROJECT_REPORTED(false),
    /** To the member who reported a project: an animateur dismissed the report or archived the project. */
    PROJECT_REPORT_DECIDED(false);

    /** The kinds a member may turn off: the ones sent by e-mail. */
    public static final List<NotificationKind> MAILED =
            Arrays.stream(values()).filter(k -> k.mailed).toList();

    public final boolean mailed;

    NotificationKind(boolean mailed) {
        this.mailed = mailed;
    }
}
