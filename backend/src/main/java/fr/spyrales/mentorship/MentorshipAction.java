package fr.spyrales.mentorship;

import java.util.EnumSet;
import java.util.Set;

/** The state changes of a mentorship: who may make each, from which states, and where it leads. */
public enum MentorshipAction {
    ACCEPT(Party.MENTOR, EnumSet.of(MentorshipStatus.PENDING), MentorshipStatus.ACCEPTED),
    DECLINE(Party.MENTOR, EnumSet.of(MentorshipStatus.PENDING), MentorshipStatus.DECLINED),
    WITHDRAW(Party.MENTEE, EnumSet.of(MentorshipStatus.PENDING), MentorshipStatus.WITHDRAWN),
    PAUSE(Party.EITHER, EnumSet.of(MentorshipStatus.ACCEPTED), MentorshipStatus.PAUSED),
    RESUME(Party.EITHER, EnumSet.of(MentorshipStatus.PAUSED), MentorshipStatus.ACCEPTED),
    COMPLETE(Party.EITHER, EnumSet.of(MentorshipStatus.ACCEPTED, MentorshipStatus.PAUSED), MentorshipStatus.COMPLETED),
    CANCEL(Party.EITHER, EnumSet.of(MentorshipStatus.ACCEPTED, MentorshipStatus.PAUSED), MentorshipStatus.CANCELLED);

    public enum Party {
        MENTOR,
        MENTEE,
        EITHER
    }

    public final Party party;
    public final Set<MentorshipStatus> from;
    public final MentorshipStatus to;

    MentorshipAction(Party party, Set<MentorshipStatus> from, MentorshipStatus to) {
        this.party = party;
        this.from = from;
        this.to = to;
    }

    public boolean allowedFor(boolean isMentor, boolean isMentee) {
        return switch (party) {
            case MENTOR -> isMentor;
            case MENTEE -> isMentee;
            case EITHER -> isMentor || isMentee;
        };
    }

    public String pathName() {
        return name().toLowerCase();
    }
}
