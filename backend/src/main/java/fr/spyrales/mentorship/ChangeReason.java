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
    END_DATE_CHANGED
}
