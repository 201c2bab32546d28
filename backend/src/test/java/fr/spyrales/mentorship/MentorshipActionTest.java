package fr.spyrales.mentorship;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The state machine of {@link MentorshipAction} against the hand-written lifecycle table, for the two parties,
 * without the application: MentorshipLifecycleTest asks the API the same questions, this test tells in a second
 * whether the table of actions itself is what the table of the rules says.
 */
class MentorshipActionTest {
    @ParameterizedTest(name = "{0} from {1}")
    @CsvFileSource(resources = "/fr/spyrales/mentorship/mentorship-lifecycle.csv")
    void eachActionMayBeTakenByTheSideAndFromTheStatesOfTheTable(
            String change,
            MentorshipStatus from,
            int mentor,
            int mentee,
            int animateur,
            int admin,
            int stranger,
            int anonymous,
            MentorshipStatus then) {
        MentorshipAction action = MentorshipAction.valueOf(change.toUpperCase(Locale.ROOT));
        assertAll(
                change + " from " + from,
                () -> assertEquals(change, action.pathName(), "path"),
                () -> assertEquals(mentor, answer(action, from, true, false), "mentor"),
                () -> assertEquals(mentee, answer(action, from, false, true), "mentee"),
                () -> assertEquals(then, mentor == 200 || mentee == 200 ? action.to : null, "then"));
    }

    /** As the table's header says: not the caller's side is 403 whatever the state; a wrong state is 409. */
    private static int answer(MentorshipAction action, MentorshipStatus from, boolean isMentor, boolean isMentee) {
        if (!action.allowedFor(isMentor, isMentee)) {
            return 403;
        }
        return action.from.contains(from) ? 200 : 409;
    }
}
