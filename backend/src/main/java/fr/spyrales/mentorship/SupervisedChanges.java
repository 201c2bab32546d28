package fr.spyrales.mentorship;

import fr.spyrales.common.ApiException;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The changes the animateurs make to a pairing from their console, in the name of the programme: closing it, or
 * giving the mentee's request to another mentor. Same locks as the parties' changes ({@link MentorshipTransitions}:
 * mentee, pairing, mentor, in that order), so that of two animateurs acting on the same line one wins and the other
 * finds it ended (409). The history records the programme as actor and the animateur's message as comment, which the
 * two parties read; the caller (the console) checks who may act and writes the audit row in the same transaction.
 */
@ApplicationScoped
public class SupervisedChanges {
    static final String NOT_FOUND = "Mentorat introuvable.";
    static final String SAME_MENTOR = "Choisissez un autre mentor que celui de ce mentorat.";
    static final String UNKNOWN_MENTOR = "Ce membre n'existe pas ou ne partage pas son profil.";

    private final MentorshipRepository mentorships;
    private final MemberRepository members;
    private final MentorshipHistory history;
    private final MentorshipRequests requests;
    private final Event<MentorshipChanged> changes;

    SupervisedChanges(
            MentorshipRepository mentorships,
            MemberRepository members,
            MentorshipHistory history,
            MentorshipRequests requests,
            Event<MentorshipChanged> changes) {
        this.mentorships = mentorships;
        this.members = members;
        this.history = history;
        this.requests = requests;
        this.changes = changes;
    }

    /** What the change did: the pairing's two people and its move, and the new request of a reassignment. */
    public record Outcome(
            UUID mentorshipId,
            UUID menteeId,
            UUID mentorId,
            MentorshipStatus from,
            MentorshipStatus to,
            UUID newRequestId,
            UUID newMentorId) {}

    /**
     * Ends a request (withdrawn) or a pairing under way (cancelled, which frees the mentor's place and asks both for
     * their feedback, as a party's cancellation does). 403 for a party of the pairing, 409 once it has ended.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome close(UUID id, UUID supervisorId, String message) {
        Mentorship mentorship = lockOpen(id, supervisorId);
        MentorshipStatus from = end(mentorship, ChangeReason.CLOSED_BY_ANIMATION, message);
        PairingConstraints.flush(mentorships);
        changes.fire(new MentorshipChanged(mentorship.id, from, mentorship.status, null, false));
        return new Outcome(
                mentorship.id, mentorship.mentee.id, mentorship.mentor.id, from, mentorship.status, null, null);
    }

    /**
     * Ends the request or pairing as {@link #close} does and opens, in its place, a request from the same mentee to
     * another mentor, carrying the same message and goals (copied here: the animateur never reads them), through the
     * rules of a programme's request ({@link MentorshipRequests#proposeFromProgramme}). When a rule refuses it, the
     * exception rolls everything back: the old request or pairing is left as it was.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome reassign(UUID id, UUID supervisorId, UUID newMentorId, String message) {
        Mentorship mentorship = lockOpen(id, supervisorId);
        if (mentorship.mentor.id.equals(newMentorId)) {
            throw ApiException.invalidField("mentorId", SAME_MENTOR);
        }
        Member mentor = members.findByIdOptional(newMentorId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.invalidField("mentorId", UNKNOWN_MENTOR));
        MentorshipStatus from = end(mentorship, ChangeReason.REASSIGNED_BY_ANIMATION, message);
        PairingConstraints.flush(mentorships);
        ProgrammeRequestOutcome outcome = requests.proposeFromProgramme(
                mentorship.mentee, mentor, mentorship.message, mentorships.goalTitles(mentorship.id));
        if (!outcome.created()) {
            throw new ApiException(outcome.problem(), outcome.refusal());
        }
        changes.fire(new MentorshipChanged(mentorship.id, from, mentorship.status, null, false));
        return new Outcome(
                mentorship.id,
                mentorship.mentee.id,
                mentorship.mentor.id,
                from,
                mentorship.status,
                outcome.mentorshipId(),
                mentor.id);
    }

    /** The pairing, its mentee then itself locked, still open, and the supervisor not one of its two people. */
    private Mentorship lockOpen(UUID id, UUID supervisorId) {
        Mentorship mentorship = mentorships.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        if (mentorship.isParty(supervisorId)) {
            throw ApiException.forbidden("Vous faites partie de ce mentorat : utilisez les actions de sa page.");
        }
        members.lockAndReadCapacity(mentorship.mentee.id);
        mentorships.refreshForUpdate(mentorship);
        if (!MentorshipStatus.OPEN.contains(mentorship.status)) {
            throw MentorshipStateConflict.of(mentorship.status, "il n'y a plus rien à clore (rechargez la console).");
        }
        return mentorship;
    }

    /** Withdraws a request, cancels a pairing under way; returns the state it left. */
    private MentorshipStatus end(Mentorship mentorship, ChangeReason reason, String message) {
        OffsetDateTime now = OffsetDateTime.now();
        MentorshipStatus from = mentorship.status;
        if (from == MentorshipStatus.PENDING) {
            mentorship.status = MentorshipStatus.WITHDRAWN;
        } else {
            mentorship.status = MentorshipStatus.CANCELLED;
            mentorship.endedAt = now;
        }
        mentorship.updatedAt = now;
        history.record(mentorship, from, null, reason, message);
        return from;
    }
}
