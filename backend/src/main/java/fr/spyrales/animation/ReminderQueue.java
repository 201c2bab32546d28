package fr.spyrales.animation;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The console's queues where a line can be reminded, and whom each may remind. Stored (animation_reminder.queue). */
@Schema(
        name = "ReminderQueue",
        description = "File de la console : PENDING_REQUEST (demande sans réponse : MENTOR ou MENTEE), STALLED_PAIRING"
                + " (mentorat sans séance : BOTH), LOW_FEEDBACK (avis faible : MENTOR, MENTEE ou BOTH),"
                + " PROJECT_WITHOUT_LEAD (projet sans responsable actif : TEAM), EVENT_WITHOUT_REPLAY (événement sans"
                + " replay : ORGANISER).")
public enum ReminderQueue {
    PENDING_REQUEST(Set.of(Recipients.MENTOR, Recipients.MENTEE)),
    STALLED_PAIRING(Set.of(Recipients.BOTH)),
    LOW_FEEDBACK(Set.of(Recipients.MENTOR, Recipients.MENTEE, Recipients.BOTH)),
    PROJECT_WITHOUT_LEAD(Set.of(Recipients.TEAM)),
    EVENT_WITHOUT_REPLAY(Set.of(Recipients.ORGANISER));

    private final Set<Recipients> allowed;

    ReminderQueue(Set<Recipients> allowed) {
        this.allowed = allowed;
    }

    boolean allows(Recipients recipients) {
        return allowed.contains(recipients);
    }

    boolean aboutPairing() {
        return this == PENDING_REQUEST || this == STALLED_PAIRING || this == LOW_FEEDBACK;
    }

    /** Who is reminded. Stored (animation_reminder.recipients). */
    @Schema(
            name = "ReminderRecipients",
            description = "Qui est relancé : MENTOR, MENTEE, BOTH (les deux personnes du mentorat), TEAM (l'équipe du"
                    + " projet), ORGANISER (l'organisateur de l'événement).")
    public enum Recipients {
        MENTOR,
        MENTEE,
        BOTH,
        TEAM,
        ORGANISER
    }
}
