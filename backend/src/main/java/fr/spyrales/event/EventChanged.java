package fr.spyrales.event;

import java.util.Set;
import java.util.UUID;

/**
 * An organiser changed an event: fired synchronously inside the change's transaction, for the features that follow
 * events (the calendar's replay mail observes {@link Change#REPLAY_ADDED}).
 */
public record EventChanged(UUID eventId, Set<Change> changes) {
    public enum Change {
        /** Something a calendar shows: times, title, place, link (the SEQUENCE went up). */
        SCHEDULE,
        /** The replay address was set where there was none. */
        REPLAY_ADDED,
        /** The slides' address was set where there was none. */
        SLIDES_ADDED,
        CANCELLED
    }
}
