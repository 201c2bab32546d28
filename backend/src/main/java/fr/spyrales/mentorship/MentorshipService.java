package fr.spyrales.mentorship;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.PageQuery;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.ProblemType;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.member.Visibility;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipRequest;
import fr.spyrales.mentorship.MentorshipDtos.RequestEligibility;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipSummary;
import fr.spyrales.mentorship.MentorshipDtos.MentorshipView;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The mentorship lifecycle. Rules are checked here under row locks (mentee, pairing, mentor, in
 * that order), and the database backs them: unique indexes on open pairs and active mentees, and
 * a trigger that refuses any pairing beyond the mentor's capacity.
 */
@ApplicationScoped
public class MentorshipService {
    static final String AUTOMATIC_WITHDRAWAL = "ANOTHER_MENTOR_ACCEPTED";
    static final String EXPIRY = "NO_ANSWER";
    static final String ACCOUNT_ERASED = "ACCOUNT_DELETED";
    static final String PLANNED_END = "PLANNED_END_REACHED";
    static final String END_DATE_CHANGED = "END_DATE_CHANGED";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final MentorshipRepository mentorships;
    private final MemberRepository members;
    private final MentorshipAccess access;
    private final MentorshipMapper mapper;
    private final MentorshipConfig config;
    private final Event<MentorshipChanged> changes;
    private final Event<MentorshipRescheduled> reschedules;
    private final EntityManager em;

    MentorshipService(MentorshipRepository mentorships, MemberRepository members, MentorshipAccess access,
            MentorshipMapper mapper, MentorshipConfig config, Event<MentorshipChanged> changes,
            Event<MentorshipRescheduled> reschedules, EntityManager em) {
        this.mentorships = mentorships;
        this.members = members;
        this.access = access;
        this.mapper = mapper;
        this.config = config;
        this.changes = changes;
        this.reschedules = reschedules;
        this.em = em;
    }

    @Transactional
    public MentorshipView request(UUID menteeId, MentorshipRequest request) {
        Member mentee = members.findByIdOptional(menteeId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Compte introuvable."));
        Member mentor = visibleMentor(request.mentorId());
        RequestRefusal refusal = refusal(mentee, mentor);
        if (refusal != null) {
            throw new ApiException(refusal.problem, refusal.toMentee(mentor.displayName, config.maxPendingRequests()));
        }
        Mentorship mentorship = open(mentee, mentor, request.message().trim(), request.goals(), false);
        flushRules();
        changes.fire(new MentorshipChanged(mentorship.id, null, MentorshipStatus.PENDING, mentee.id, false));
        return mapper.view(mentorship, menteeId);
    }

    /**
     * A request made by the matching programme on the mentee's behalf, within the caller's
     * transaction. Both members must already be locked (mentees before mentors). Returns why the
     * rules refuse it, in French for the animateur, or the new pairing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProgrammeRequestOutcome proposeFromProgramme(Member mentee, Member mentor, String message, List<String> goals) {
        if (mentee.isErased() || !mentee.isVerified()) {
            return ProgrammeRequestOutcome.refused("Le compte de la personne accompagnée n'est plus actif.");
        }
        if (mentor.isErased() || !mentor.isVerified() || mentor.visibility != Visibility.COMMUNITY) {
            return ProgrammeRequestOutcome.refused("Le mentor ne partage plus son profil.");
        }
        if (mentorships.hasDeclinedBetween(mentee.id, mentor.id)) {
            return ProgrammeRequestOutcome.refused("Le mentor a déjà décliné une demande de cette personne.");
        }
        RequestRefusal refusal = refusal(mentee, mentor);
        if (refusal != null) {
            return ProgrammeRequestOutcome.refused(refusal.toAnimateur);
        }
        Mentorship mentorship = open(mentee, mentor, message, goals, true);
        em.flush();
        changes.fire(new MentorshipChanged(mentorship.id, null, MentorshipStatus.PENDING, null, false));
        return new ProgrammeRequestOutcome(mentorship.id, null);
    }

    /** Whether the member may ask this mentor now, and if not why: what the request button shows before it is used. */
    @Transactional
    public RequestEligibility eligibility(UUID menteeId, UUID mentorId) {
        Member mentee = members.findByIdOptional(menteeId).orElseThrow(() -> ApiException.notFound("Compte introuvable."));
        Member mentor = visibleMentor(mentorId);
        RequestRefusal refusal = refusal(mentee, mentor);
        return refusal == null ? new RequestEligibility(true, null, null)
                : new RequestEligibility(false, refusal, refusal.toMentee(mentor.displayName, config.maxPendingRequests()));
    }

    private Member visibleMentor(UUID id) {
        return members.findByIdOptional(id)
                .filter(m -> m.isVerified() && !m.isErased() && m.visibility == Visibility.COMMUNITY)
                .orElseThrow(() -> ApiException.notFound("Ce membre n'existe pas ou ne partage pas son profil."));
    }

    /** The rules a new request must respect; null when it may be made. */
    private RequestRefusal refusal(Member mentee, Member mentor) {
        if (mentee.id.equals(mentor.id)) {
            return RequestRefusal.SELF;
        }
        if (!mentee.wantsMentor) {
            return RequestRefusal.MENTEE_NOT_LOOKING;
        }
        if (!mentor.canMentor || mentor.mentorCapacity == 0) {
            return RequestRefusal.NOT_MENTORING;
        }
        if (mentorships.countActiveAsMentor(mentor.id) >= mentor.mentorCapacity) {
            return RequestRefusal.MENTOR_FULL;
        }
        if (mentorships.hasOpenBetween(mentee.id, mentor.id)) {
            return RequestRefusal.ALREADY_OPEN;
        }
        if (mentorships.hasActiveAsMentee(mentee.id)) {
            return RequestRefusal.MENTEE_PAIRED;
        }
        if (mentorships.countPendingAsMentee(mentee.id) >= config.maxPendingRequests()) {
            return RequestRefusal.TOO_MANY_PENDING;
        }
        return null;
    }

    private Mentorship open(Member mentee, Member mentor, String message, List<String> goals, boolean byProgramme) {
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
        mentorships.persist(mentorship);
        for (int i = 0; i < goals.size(); i++) {
            MentorshipGoal goal = new MentorshipGoal();
            goal.id = UUID.randomUUID();
            goal.mentorship = mentorship;
            goal.title = goals.get(i).trim();
            goal.position = i;
            goal.createdBy = mentee;
            goal.updatedAt = now;
            em.persist(goal);
        }
        record(mentorship, null, byProgramme ? null : mentee, null, null);
        return mentorship;
    }

    /** Applies one of the state changes, as the given party. */
    @Transactional
    public MentorshipView act(UUID id, MentorshipAction action, Viewer viewer, String reason, String comment) {
        Mentorship mentorship = access.visible(id, viewer);
        if (!mentorship.isParty(viewer.id())) {
            throw ApiException.forbidden("Seules les deux personnes du binôme peuvent modifier ce mentorat.");
        }
        if (!action.allowedFor(mentorship.isMentor(viewer.id()), mentorship.isMentee(viewer.id()))) {
            throw ApiException.forbidden(switch (action.party) {
                case MENTOR -> "Seul·e le mentor peut faire cette action.";
                case MENTEE -> "Seule la personne accompagnée peut faire cette action.";
                case EITHER -> "Action non autorisée.";
            });
        }
        if (action == MentorshipAction.ACCEPT) {
            members.lockAndReadCapacity(mentorship.mentee.id);
        }
        em.refresh(mentorship, LockModeType.PESSIMISTIC_WRITE);
        if (!action.from.contains(mentorship.status)) {
            throw new ApiException(ProblemType.CONFLICT, "Impossible de passer de l'état « " + label(mentorship.status)
                    + " » à « " + label(action.to) + " ».");
        }
        // A paused pairing keeps its place, so only a new acceptance can overrun the capacity.
        if (action == MentorshipAction.ACCEPT) {
            int capacity = members.lockAndReadCapacity(mentorship.mentor.id);
            if (mentorships.countActiveAsMentor(mentorship.mentor.id) >= capacity) {
                throw new ApiException(ProblemType.CONFLICT, "Le mentor a atteint sa capacité d'accompagnement ("
                        + capacity + (capacity > 1 ? " personnes" : " personne") + ").");
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        MentorshipStatus from = mentorship.status;
        mentorship.status = action.to;
        mentorship.updatedAt = now;
        switch (action) {
            case ACCEPT -> {
                mentorship.startedAt = now;
                mentorship.plannedEndDate = LocalDate.now().plusWeeks(config.defaultDurationWeeks());
            }
            case COMPLETE, CANCEL -> mentorship.endedAt = now;
            default -> { }
        }
        Member actor = mentorship.isMentor(viewer.id()) ? mentorship.mentor : mentorship.mentee;
        record(mentorship, from, actor, reason, comment);
        if (action == MentorshipAction.ACCEPT) {
            withdrawOtherRequests(mentorship, now);
        }
        flushRules();
        changes.fire(new MentorshipChanged(mentorship.id, from, action.to, viewer.id(), false));
        return mapper.view(mentorship, viewer.id());
    }

    /**
     * Moves the planned end of a pairing under way: the daily job completes pairings past it, so a pair that
     * wants to go on (after a pause, say) pushes it back. Recorded in the history, state unchanged.
     */
    @Transactional
    public MentorshipView changePlannedEnd(UUID id, Viewer viewer, LocalDate plannedEnd) {
        Mentorship mentorship = access.forPartyUpdate(id, viewer);
        if (mentorship.status != MentorshipStatus.ACCEPTED && mentorship.status != MentorshipStatus.PAUSED) {
            throw MentorshipStateConflict.of(mentorship.status, "sa date de fin ne peut pas être modifiée.");
        }
        LocalDate today = LocalDate.now();
        if (!plannedEnd.isAfter(today)) {
            throw ApiException.invalidField("plannedEndDate", "Choisissez une date à venir.");
        }
        if (plannedEnd.isAfter(today.plusYears(1))) {
            throw ApiException.invalidField("plannedEndDate", "Choisissez une date dans l'année qui vient.");
        }
        if (!plannedEnd.equals(mentorship.plannedEndDate)) {
            LocalDate before = mentorship.plannedEndDate;
            mentorship.plannedEndDate = plannedEnd;
            mentorship.updatedAt = OffsetDateTime.now();
            Member actor = mentorship.isMentor(viewer.id()) ? mentorship.mentor : mentorship.mentee;
            String detail = "Fin prévue le " + FRENCH_DATE.format(plannedEnd)
                    + (before == null ? "" : " au lieu du " + FRENCH_DATE.format(before)) + ".";
            record(mentorship, mentorship.status, actor, END_DATE_CHANGED, detail);
            reschedules.fire(new MentorshipRescheduled(mentorship.id, viewer.id(), detail));
        }
        return mapper.view(mentorship, viewer.id());
    }

    @Transactional
    public MentorshipView get(UUID id, Viewer viewer) {
        return mapper.view(access.visible(id, viewer), viewer.id());
    }

    @Transactional
    public PageResponse<MentorshipSummary> mine(UUID memberId, MentorshipDtos.Role role, Set<MentorshipStatus> statuses,
            PageQuery page) {
        String who = role == MentorshipDtos.Role.MENTOR ? "m.mentor.id = :me"
                : role == MentorshipDtos.Role.MENTEE ? "m.mentee.id = :me"
                : "(m.mentor.id = :me or m.mentee.id = :me)";
        Parameters params = Parameters.with("me", memberId);
        String query = who;
        if (statuses != null && !statuses.isEmpty()) {
            query += " and m.status in :statuses";
            params.and("statuses", statuses);
        }
        var found = mentorships.find("from Mentorship m join fetch m.mentee join fetch m.mentor where " + query,
                Sort.descending("m.updatedAt").and("m.id"), params);
        long total = mentorships.count("from Mentorship m where " + query, params);
        List<Mentorship> items = found.page(Page.of(page.page, page.size)).list();
        return new PageResponse<>(mapper.summaries(items, memberId), page.page, page.size, total);
    }

    /**
     * Pairings that reached their planned end date are completed by the programme (feedback is then
     * asked of both). Safe to run on several instances at once.
     */
    @Transactional
    public int completeDue() {
        List<Mentorship> due = em.createQuery("from Mentorship m where m.status in :active and m.plannedEndDate < :today",
                        Mentorship.class)
                .setParameter("active", MentorshipStatus.ACTIVE)
                .setParameter("today", LocalDate.now())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList();
        OffsetDateTime now = OffsetDateTime.now();
        for (Mentorship m : due) {
            MentorshipStatus from = m.status;
            m.status = MentorshipStatus.COMPLETED;
            m.endedAt = now;
            m.updatedAt = now;
            record(m, from, null, PLANNED_END, null);
            changes.fire(new MentorshipChanged(m.id, from, MentorshipStatus.COMPLETED, null, false));
        }
        return due.size();
    }

    /** Requests left unanswered too long expire. Safe to run on several instances at once. */
    @Transactional
    public int expireOverdue() {
        List<Mentorship> overdue = em.createQuery("from Mentorship m where m.status = :pending and m.requestedAt < :limit",
                        Mentorship.class)
                .setParameter("pending", MentorshipStatus.PENDING)
                .setParameter("limit", OffsetDateTime.now().minusDays(config.expiryDays()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED: another instance has it
                .getResultList();
        OffsetDateTime now = OffsetDateTime.now();
        for (Mentorship m : overdue) {
            m.status = MentorshipStatus.EXPIRED;
            m.updatedAt = now;
            record(m, MentorshipStatus.PENDING, null, EXPIRY, null);
            changes.fire(new MentorshipChanged(m.id, MentorshipStatus.PENDING, MentorshipStatus.EXPIRED, null, false));
        }
        return overdue.size();
    }

    /**
     * Ends every open request and pairing of a member who leaves (account erasure): their requests
     * are withdrawn, requests to them declined, pairings cancelled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void closeAllOf(UUID memberId) {
        List<Mentorship> open = em.createQuery(
                        "from Mentorship m where (m.mentee.id = :id or m.mentor.id = :id) and m.status in :open", Mentorship.class)
                .setParameter("id", memberId).setParameter("open", MentorshipStatus.OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        OffsetDateTime now = OffsetDateTime.now();
        for (Mentorship m : open) {
            MentorshipStatus from = m.status;
            m.status = from == MentorshipStatus.PENDING
                    ? (m.isMentee(memberId) ? MentorshipStatus.WITHDRAWN : MentorshipStatus.DECLINED)
                    : MentorshipStatus.CANCELLED;
            m.updatedAt = now;
            if (m.status == MentorshipStatus.CANCELLED) {
                m.endedAt = now;
            }
            record(m, from, null, ACCOUNT_ERASED, null);
            changes.fire(new MentorshipChanged(m.id, from, m.status, null, false));
        }
    }

    private void withdrawOtherRequests(Mentorship accepted, OffsetDateTime now) {
        List<Mentorship> others = em.createQuery(
                        "from Mentorship m where m.mentee.id = :mentee and m.status = :pending and m.id <> :id", Mentorship.class)
                .setParameter("mentee", accepted.mentee.id)
                .setParameter("pending", MentorshipStatus.PENDING)
                .setParameter("id", accepted.id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Mentorship other : others) {
            other.status = MentorshipStatus.WITHDRAWN;
            other.updatedAt = now;
            record(other, MentorshipStatus.PENDING, null, AUTOMATIC_WITHDRAWAL, null);
            changes.fire(new MentorshipChanged(other.id, MentorshipStatus.PENDING, MentorshipStatus.WITHDRAWN, null, true));
        }
    }

    private void record(Mentorship mentorship, MentorshipStatus from, Member actor, String reason, String comment) {
        MentorshipEvent event = new MentorshipEvent();
        event.id = UUID.randomUUID();
        event.mentorship = mentorship;
        event.actor = actor;
        event.fromStatus = from;
        event.toStatus = mentorship.status;
        event.reason = reason;
        event.comment = comment == null || comment.isBlank() ? null : comment.trim();
        event.occurredAt = OffsetDateTime.now();
        em.persist(event);
    }

    /** The database has the last word: its constraints turn a lost race into a clear 409. */
    private void flushRules() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())
                    + " " + e.getMessage();
            if (message.contains("mentorship_mentor_capacity")) {
                throw new ApiException(ProblemType.CONFLICT, "Le mentor a atteint sa capacité d'accompagnement.");
            }
            if (message.contains("mentorship_active_mentee_key")) {
                throw new ApiException(ProblemType.CONFLICT, "La personne accompagnée a déjà un mentorat en cours.");
            }
            if (message.contains("mentorship_open_pair_key")) {
                throw new ApiException(ProblemType.CONFLICT, "Une demande ou un mentorat est déjà en cours entre ces deux personnes.");
            }
            throw e;
        }
    }

    static String label(MentorshipStatus status) {
        return switch (status) {
            case PENDING -> "en attente";
            case ACCEPTED -> "en cours";
            case PAUSED -> "en pause";
            case DECLINED -> "déclinée";
            case WITHDRAWN -> "retirée";
            case EXPIRED -> "expirée";
            case COMPLETED -> "terminé";
            case CANCELLED -> "annulé";
        };
    }
}
