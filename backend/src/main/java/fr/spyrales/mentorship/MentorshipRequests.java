package fr.spyrales.mentorship;

import fr.spyrales.auth.AccountSuspensions;
import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.member.Visibility;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipRequest;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipView;
import fr.spyrales.mentorship.MentorshipDtos.RequestEligibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * New requests, made by a member or by the matching programme on the mentee's behalf, and whether
 * one may be made. The rules are {@link RequestRules}; the database backs them with unique indexes
 * on open pairs and active mentees.
 */
@ApplicationScoped
public class MentorshipRequests {
    private final MentorshipRepository mentorships;
    private final MemberRepository members;
    private final MentorshipHistory history;
    private final MentorshipViews views;
    private final MentorshipConfig config;
    private final Event<MentorshipChanged> changes;
    private final Event<MentorshipsProposed> proposed;
    private final AccountSuspensions suspensions;

    MentorshipRequests(
            MentorshipRepository mentorships,
            MemberRepository members,
            MentorshipHistory history,
            MentorshipViews views,
            MentorshipConfig config,
            Event<MentorshipChanged> changes,
            Event<MentorshipsProposed> proposed,
            AccountSuspensions suspensions) {
        this.mentorships = mentorships;
        this.members = members;
        this.history = history;
        this.views = views;
        this.config = config;
        this.changes = changes;
        this.proposed = proposed;
        this.suspensions = suspensions;
    }

    @Transactional
    public MentorshipView request(UUID menteeId, MentorshipRequest request) {
        Member mentee = members.findByIdOptional(menteeId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Compte introuvable."));
        Member mentor = visibleMentor(request.mentorId());
        Optional<RequestRefusal> refusal = refusal(mentee, mentor);
        if (refusal.isPresent()) {
            throw new ApiException(
                    refusal.get().problem, refusal.get().toMentee(mentor.displayName, config.maxPendingRequests()));
        }
        Mentorship mentorship = open(mentee, mentor, request.message().trim(), request.goals(), false);
        PairingConstraints.flush(mentorships);
        changes.fire(new MentorshipChanged(mentorship.id, null, MentorshipStatus.PENDING, mentee.id, false));
        return views.of(mentorship, menteeId);
    }

    /**
     * A request made by the matching programme on the mentee's behalf, within the caller's
     * transaction. Both members must already be locked (mentees before mentors). Returns why the
     * rules refuse it, in French for the animateur, or the new pairing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProgrammeRequestOutcome proposeFromProgramme(
            Member mentee, Member mentor, String message, List<String> goals) {
        return proposeFromProgramme(List.of(new ProgrammeRequest(mentee.id, mentor.id, message, goals)))
                .get(0);
    }

    /**
     * Requests made together by the programme (a batch of a confirmed run), within the caller's transaction, with
     * the same rules as one request each: the rules' facts are read for the whole list in one query, and each
     * request is judged as if the list's earlier ones had been made just before it. All members must already be
     * locked (mentees before mentors). The new requests are written in a few batched statements, then
     * {@link MentorshipsProposed} is fired once for all of them. Returns one outcome per request, in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ProgrammeRequestOutcome> proposeFromProgramme(List<ProgrammeRequest> requests) {
        List<ProgrammeFacts> facts = mentorships.programmeFacts(
                requests.stream().map(ProgrammeRequest::menteeId).toList(),
                requests.stream().map(ProgrammeRequest::mentorId).toList());
        List<ProgrammeRequestOutcome> outcomes = new ArrayList<>(requests.size());
        Map<UUID, Integer> pendingMade = new HashMap<>();
        Set<List<UUID>> pairsMade = new HashSet<>();
        List<Mentorship> made = new ArrayList<>();
        List<MentorshipGoal> goals = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            ProgrammeRequest request = requests.get(i);
            // Locked by the caller, so already in the persistence context: no query.
            Member mentee = members.findById(request.menteeId());
            Member mentor = members.findById(request.mentorId());
            List<UUID> pair = List.of(mentee.id, mentor.id);
            int pendingBefore = pendingMade.getOrDefault(mentee.id, 0);
            ProgrammeRequestOutcome refused =
                    programmeRefusal(mentee, mentor, facts.get(i), pairsMade.contains(pair), pendingBefore);
            if (refused != null) {
                outcomes.add(refused);
                continue;
            }
            Mentorship mentorship = newRequest(mentee, mentor, request.message(), request.goals(), true, goals);
            made.add(mentorship);
            pairsMade.add(pair);
            pendingMade.put(mentee.id, pendingBefore + 1);
            outcomes.add(new ProgrammeRequestOutcome(mentorship.id, null, null));
        }
        if (!made.isEmpty()) {
            // One kind of row after the other, so that a batching session sends each kind in few statements.
            mentorships.persistRequests(made, goals);
            made.forEach(m -> history.record(m, null, null, null, null));
            mentorships.flush();
            proposed.fire(new MentorshipsProposed(made.stream().map(m -> m.id).toList()));
        }
        return outcomes;
    }

    /**
     * Why the rules refuse a programme's request, or null: the accounts first, then an earlier decline between the
     * two, then {@link RequestRules}. `openMade` and `pendingMade` are what the caller's batch already made.
     */
    private ProgrammeRequestOutcome programmeRefusal(
            Member mentee, Member mentor, ProgrammeFacts facts, boolean openMade, int pendingMade) {
        if (mentee.isErased() || !mentee.isVerified() || facts.menteeSuspended()) {
            return ProgrammeRequestOutcome.refused(
                    ProblemType.BUSINESS_RULE, "Le compte de la personne accompagnée n'est plus actif.");
        }
        if (mentor.isErased() || !mentor.isVerified() || mentor.visibility != Visibility.COMMUNITY) {
            return ProgrammeRequestOutcome.refused(ProblemType.BUSINESS_RULE, "Le mentor ne partage plus son profil.");
        }
        if (facts.mentorSuspended()) {
            return ProgrammeRequestOutcome.refused(ProblemType.BUSINESS_RULE, "Le compte du mentor est suspendu.");
        }
        if (facts.declinedBetween()) {
            return ProgrammeRequestOutcome.refused(
                    ProblemType.BUSINESS_RULE, "Le mentor a déjà décliné une demande de cette personne.");
        }
        return RequestRules.refusal(new RequestRules.Facts(
                        mentee.id.equals(mentor.id),
                        mentee.wantsMentor,
                        mentor.canMentor,
                        mentor.mentorCapacity,
                        facts.mentorActive(),
                        facts.openBetween() || openMade,
                        facts.menteePaired(),
                        facts.menteePending() + pendingMade,
                        config.maxPendingRequests()))
                .map(r -> ProgrammeRequestOutcome.refused(r.problem, r.toAnimateur))
                .orElse(null);
    }

    /** Whether the member may ask this mentor now, and if not why: what the request button shows before it is used. */
    @Transactional
    public RequestEligibility eligibility(UUID menteeId, UUID mentorId) {
        Member mentee =
                members.findByIdOptional(menteeId).orElseThrow(() -> ApiException.notFound("Compte introuvable."));
        Member mentor = visibleMentor(mentorId);
        return refusal(mentee, mentor)
                .map(r -> new RequestEligibility(false, r, r.toMentee(mentor.displayName, config.maxPendingRequests())))
                .orElseGet(() -> new RequestEligibility(true, null, null));
    }

    private Member visibleMentor(UUID id) {
        return members.findByIdOptional(id)
                .filter(m -> m.isVerified() && !m.isErased() && m.visibility == Visibility.COMMUNITY)
                .orElseThrow(() -> ApiException.notFound("Ce membre n'existe pas ou ne partage pas son profil."));
    }

    /** A suspended mentor cannot answer: to the mentee they do not mentor for now (the suspension is not theirs to know). */
    private Optional<RequestRefusal> refusal(Member mentee, Member mentor) {
        return RequestRules.refusal(new RequestRules.Facts(
                mentee.id.equals(mentor.id),
                mentee.wantsMentor,
                mentor.canMentor && !suspensions.isSuspended(mentor.id),
                mentor.mentorCapacity,
                mentorships.countActiveAsMentor(mentor.id),
                mentorships.hasOpenBetween(mentee.id, mentor.id),
                mentorships.hasActiveAsMentee(mentee.id),
                mentorships.countPendingAsMentee(mentee.id),
                config.maxPendingRequests()));
    }

    private Mentorship open(
            Member mentee, Member mentor, String message, List<String> goalTitles, boolean byProgramme) {
        List<MentorshipGoal> goals = new ArrayList<>();
        Mentorship mentorship = newRequest(mentee, mentor, message, goalTitles, byProgramme, goals);
        mentorships.persistRequest(mentorship, goals);
        history.record(mentorship, null, byProgramme ? null : mentee, null, null);
        return mentorship;
    }

    /** A new PENDING request, not persisted yet; its goals are added to `goals`. */
    private static Mentorship newRequest(
            Member mentee,
            Member mentor,
            String message,
            List<String> goalTitles,
            boolean byProgramme,
            List<MentorshipGoal> goals) {
        OffsetDateTime now = OffsetDateTime.now();
        Mentorship mentorship = new Mentorship();
        mentorship.id = UUID.randomUUID();
        mentorship.mentee = mentee;
        mentorship.mentor = mentor;
        mentorship.status = MentorshipStatus.PENDING;
        mentorship.message = message;
        mentorship.proposedByProgramme = byProgramme;
        mentorship.requestedAt = now;
        mentorship.updatedAt = now;
        for (int i = 0; i < goalTitles.size(); i++) {
            MentorshipGoal goal = new MentorshipGoal();
            goal.id = UUID.randomUUID();
            goal.mentorship = mentorship;
            goal.title = goalTitles.get(i).trim();
            goal.position = i;
            goal.createdBy = mentee;
            goal.updatedAt = now;
            goals.add(goal);
        }
        return mentorship;
    }
}
