package fr.spyrales.mentorship;

/** A state change a party asks for, with what it carries: the mentor's decline reason, a comment. */
public sealed interface MentorshipCommand {
    MentorshipAction action();

    /** The reason code the history keeps, if any. */
    default HistoryReason reason() {
        return null;
    }

    /** What the party wrote with the change, if anything. */
    default String comment() {
        return null;
    }

    record Accept() implements MentorshipCommand {
        public MentorshipAction action() {
            return MentorshipAction.ACCEPT;
        }
    }

    record Decline(DeclineReason reason, String comment) implements MentorshipCommand {
        public MentorshipAction action() {
            return MentorshipAction.DECLINE;
        }
    }

    record Withdraw(String comment) implements MentorshipCommand {
        public MentorshipAction action() {
            return MentorshipAction.WITHDRAW;
        }
    }

    record Pause(String comment) implements MentorshipCommand {
        public MentorshipAction action() {
            return MentorshipAction.PAUSE;
        }
    }

    record Resume(String comment) implements MentorshipCommand {
        public MentorshipAction action() {
            return MentorshipAction.RESUME;
        }
    }

    record Complete(String comment) implements MentorshipCommand {
        public MentorshipAction action() {
            return MentorshipAction.COMPLETE;
        }
    }

    /** @param comment the reason the party gives, which the history keeps as its comment */
    record Cancel(String comment) implements MentorshipCommand {
        public MentorshipAction action() {
            return MentorshipAction.CANCEL;
        }
    }
}
