package fr.spyrales.mentorship;

/**
 * A reason code a pairing's history keeps (the `reason` of a history entry): the mentor's
 * {@link DeclineReason}, or one of the {@link ChangeReason}s the programme writes.
 */
public interface HistoryReason {
    /** The code as stored and as the API shows it. */
    String name();
}
