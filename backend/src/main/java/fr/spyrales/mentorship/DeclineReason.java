package fr.spyrales.mentorship;

/** Why a mentor declines a request. */
public enum DeclineReason implements HistoryReason {
    NO_TIME,
    SKILLS_MISMATCH,
    CAPACITY_REACHED,
    ALREADY_ENGAGED,
    OTHER
}
