package fr.spyrales.mentorship;

/** The reason codes of the changes the programme records by itself or on a party's behalf. */
public enum ChangeReason implements HistoryReason {
    /** A pending request withdrawn because another mentor accepted the mentee. */
    ANOTHER_MENTOR_ACCEPTED,
    /** A request that expired unanswered. */
    NO_ANSWER,
    /** A request or pairing ended because one of its members erased their account. */
    ACCOUNT_DELETED,
    /** A pairing completed at its planned end date. */
    PLANNED_END_REACHED,
    /** A party moved the planned end date; the entry's comment says from when to when. */
    END_DATE_CHANGED,
    /** An animateur closed the request or pairing from the console; the entry's comment is their message to both. */
    CLOSED_BY_ANIMATION,
    /**
     * An animateur gave the mentee's request to another mentor from the console: this request or pairing ended, a new
     * request to the other mentor carries its message and goals. The entry's comment is the animateur's message.
     */
    REASSIGNED_BY_ANIMATION
}
