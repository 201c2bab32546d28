package fr.spyrales.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the reminders go out, in days. Shares the mentorship settings' prefix. */
@ConfigMapping(prefix = "spyrales.mentorship")
public interface ReminderConfig {
    /** A request still unanswered after this many days reminds the mentor. */
    @WithDefault("5")
    int reminderPendingDays();

    /** An active pairing without any session for this many days reminds both parties. */
    @WithDefault("21")
    int reminderNoSessionDays();

    /** Feedback not given this many days after the end reminds whoever has not given it. */
    @WithDefault("7")
    int reminderFeedbackDays();
}
