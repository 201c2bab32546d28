package fr.spyrales.notification;

import fr.spyrales.animation.AnimationReminderSent;
import fr.spyrales.member.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The animateurs' reminders from the console reach each member named, inside the reminder's transaction. */
@ApplicationScoped
public class AnimationNotifications {
    private final MemberRepository members;
    private final Notifier notifier;

    AnimationNotifications(MemberRepository members, Notifier notifier) {
        this.members = members;
        this.notifier = notifier;
    }

    void onReminder(@Observes AnimationReminderSent reminder) {
        for (var id : reminder.recipients()) {
            members.findByIdOptional(id)
                    .ifPresent(recipient ->
                            notifier.sendFromAnimateurs(recipient, reminder.link(), reminder.title(), reminder.body()));
        }
    }
}
