package fr.spyrales.mentorship;

import fr.spyrales.member.Member;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Writes a pairing's history: one line for every change of state or of planned end, whoever made it. */
@ApplicationScoped
public class MentorshipHistory {
    private final MentorshipEventRepository events;

    MentorshipHistory(MentorshipEventRepository events) {
        this.events = events;
    }

    /**
     * Records the pairing's move from `from` to its current status.
     *
     * @param actor the party who made it; null when the programme did
     * @param reason the reason code, if any
     * @param comment what the party wrote, if anything (blank is none)
     */
    void record(Mentorship mentorship, MentorshipStatus from, Member actor, HistoryReason reason, String comment) {
        MentorshipEvent event = new MentorshipEvent();
        event.id = UUID.randomUUID();
        event.mentorship = mentorship;
        event.actor = actor;
        event.fromStatus = from;
        event.toStatus = mentorship.status;
        event.reason = reason == null ? null : reason.name();
        event.comment = comment == null || comment.isBlank() ? null : comment.trim();
        event.occurredAt = OffsetDateTime.now();
        events.persist(event);
    }
}
