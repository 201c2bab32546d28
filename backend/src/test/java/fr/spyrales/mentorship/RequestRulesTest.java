package fr.spyrales.mentorship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.spyrales.mentorship.RequestRules.Facts;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The rules of a new request, without the application: plain examples, then properties over any situation. */
class RequestRulesTest {
    /** A mentee looking for a mentor, a mentor with one free place of two, nothing open between them. */
    private static final Facts ALLOWED = new Facts(false, true, true, 2, 1, false, false, 0, 3);

    @Example
    void aMenteeMayAskAMentorWithAFreePlace() {
        assertEquals(Optional.empty(), RequestRules.refusal(ALLOWED));
    }

    @Example
    void nobodyIsTheirOwnMentor() {
        assertEquals(
                Optional.of(RequestRefusal.SELF),
                RequestRules.refusal(new Facts(true, true, true, 2, 1, false, false, 0, 3)));
    }

    @Example
    void aMentorWhoseCapacityIsZeroDoesNotMentor() {
        assertEquals(
                Optional.of(RequestRefusal.NOT_MENTORING),
                RequestRules.refusal(new Facts(false, true, true, 0, 0, false, false, 0, 3)));
    }

    @Example
    void aMentorWhosePlacesAreAllTakenIsFull() {
        assertEquals(
                Optional.of(RequestRefusal.MENTOR_FULL),
                RequestRules.refusal(new Facts(false, true, true, 2, 2, false, false, 0, 3)));
    }

    @Example
    void theMaximumOfPendingRequestsIsReachedAtItsValue() {
        assertEquals(
                Optional.of(RequestRefusal.TOO_MANY_PENDING),
                RequestRules.refusal(new Facts(false, true, true, 2, 1, false, false, 3, 3)));
        assertEquals(Optional.empty(), RequestRules.refusal(new Facts(false, true, true, 2, 1, false, false, 2, 3)));
    }

    @Example
    void theMenteeHearsFirstAboutThemselvesThenAboutTheMentor() {
        Facts everythingWrong = new Facts(true, false, false, 0, 5, true, true, 9, 3);
        assertEquals(Optional.of(RequestRefusal.SELF), RequestRules.refusal(everythingWrong));
        assertEquals(
                Optional.of(RequestRefusal.MENTEE_NOT_LOOKING),
                RequestRules.refusal(new Facts(false, false, false, 0, 5, true, true, 9, 3)));
        assertEquals(
                Optional.of(RequestRefusal.NOT_MENTORING),
                RequestRules.refusal(new Facts(false, true, false, 0, 5, true, true, 9, 3)));
        assertEquals(
                Optional.of(RequestRefusal.ALREADY_OPEN),
                RequestRules.refusal(new Facts(false, true, true, 2, 0, true, true, 9, 3)));
        assertEquals(
                Optional.of(RequestRefusal.MENTEE_PAIRED),
                RequestRules.refusal(new Facts(false, true, true, 2, 0, false, true, 9, 3)));
    }

    @Property
    void aRequestIsAllowedExactlyWhenEveryRuleHolds(@ForAll("situations") Facts f) {
        boolean everyRuleHolds = !f.sameMember()
                && f.menteeLooking()
                && f.mentorOffers()
                && f.mentorCapacity() > 0
                && f.mentorActive() < f.mentorCapacity()
                && !f.openBetween()
                && !f.menteePaired()
                && f.menteePending() < f.maxPending();
        assertEquals(everyRuleHolds, RequestRules.refusal(f).isEmpty());
    }

    @Property
    void aFullMentorIsNeverAsked(@ForAll("situations") Facts f) {
        if (f.mentorActive() >= f.mentorCapacity()) {
            assertTrue(RequestRules.refusal(f).isPresent());
        }
    }

    @Provide
    Arbitrary<Facts> situations() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(
                        Combinators.combine(
                                        flag, flag, flag, Arbitraries.integers().between(0, 5))
                                .as(Head::new),
                        Arbitraries.longs().between(0, 6),
                        flag,
                        flag,
                        Arbitraries.longs().between(0, 5),
                        Arbitraries.integers().between(1, 5))
                .as((h, active, open, paired, pending, max) ->
                        new Facts(h.sameMember, h.looking, h.offers, h.capacity, active, open, paired, pending, max));
    }

    private record Head(boolean sameMember, boolean looking, boolean offers, int capacity) {}
}
