package fr.spyrales.notification;

import fr.spyrales.member.Member;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.mentorship.Mentorship;

/**
 * What to tell a member about one of their pairings ({@link Notifier#send}).
 *
 * @param reason why it happened, in French, when the kind has one (decline); else null
 * @param comment what the actor wrote, if anything (decline comment, cancellation reason, report note); else null
 */
record Notice(NotificationKind kind, Mentorship mentorship, Member recipient, String reason, String comment) {

    static Notice of(NotificationKind kind, Mentorship mentorship, Member recipient) {
        return new Notice(kind, mentorship, recipient, null, null);
    }

    Notice because(String reason) {
        return new Notice(kind, mentorship, recipient, reason, comment);
    }

    Notice quoting(String comment) {
        return new Notice(kind, mentorship, recipient, reason, comment);
    }
}
