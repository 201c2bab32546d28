package fr.spyrales.mentorship;

import java.util.EnumSet;
import java.util.Set;

public enum MentorshipStatus {
    PENDING,
    ACCEPTED,
    PAUSED,
    DECLINED,
    WITHDRAWN,
    EXPIRED,
    COMPLETED,
    CANCELLED;

    /** A request waiting for an answer, or a pairing that runs (possibly paused). */
    public static final Set<MentorshipStatus> OPEN = EnumSet.of(PENDING, ACCEPTED, PAUSED);
    /** A pairing that holds one of the mentor's places. */
    public static final Set<MentorshipStatus> ACTIVE = EnumSet.of(ACCEPTED, PAUSED);
    /** A pairing that took place and ended: feedback is asked for. */
    public static final Set<MentorshipStatus> ENDED_PAIRING = EnumSet.of(COMPLETED, CANCELLED);
}
