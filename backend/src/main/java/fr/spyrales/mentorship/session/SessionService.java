package fr.spyrales.mentorship.session;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.Problem;
import fr.spyrales.common.ProblemType;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.mentorship.Mentorship;
import fr.spyrales.mentorship.MentorshipAccess;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.MentorshipStateConflict;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.mentorship.PartyActed;
import fr.spyrales.mentorship.session.SessionDtos.SessionCreate;
import fr.spyrales.mentorship.session.SessionDtos.SessionList;
import fr.spyrales.mentorship.session.SessionDtos.SessionUpdate;
import fr.spyrales.mentorship.session.SessionDtos.SessionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The sessions of a pairing. Both parties note them while the pairing runs (accepted or paused);
 * nobody else reads them. Every change locks the pairing first, so that it cannot end meanwhile and concurrent
 * additions cannot pass the session ceiling.
 */
@ApplicationScoped
public class SessionService {
    /** Far above what a pairing of a few months needs; the database holds the same ceiling (V12). */
    static final int MAX_SESSIONS = 200;
    /** The community's days are French ones: "today" and the start date are read in this zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final MentorshipAccess access;
    private final SessionRepository sessions;
    private final MemberRepository members;
    private final Event<PartyActed> acts;

    SessionService(
            MentorshipAccess access, SessionRepository sessions, MemberRepository members, Event<PartyActed> acts) {
        this.access = access;
        this.sessions = sessions;
        this.members = members;
        this.acts = acts;
    }

    @Transactional
    public SessionList list(UUID mentorshipId, Viewer viewer) {
        access.forParty(mentorshipId, viewer);
        List<MentorshipSession> found = sessions.listInPairing(mentorshipId);
        int minutes = found.stream().mapToInt(s -> s.durationMinutes).sum();
        return new SessionList(found.stream().map(SessionMapper::view).toList(), found.size(), minutes);
    }

    @Transactional
    public SessionView get(UUID mentorshipId, UUID sessionId, Viewer viewer) {
        access.forParty(mentorshipId, viewer);
        return SessionMapper.view(session(mentorshipId, sessionId));
    }

    @Transactional
    public SessionView create(UUID mentorshipId, SessionCreate request, Viewer viewer) {
        Mentorship mentorship = access.forPartyUpdate(mentorshipId, viewer);
        requireRunning(mentorship);
        requirePlausibleDate(mentorship, request.heldOn());
        if (sessions.countInPairing(mentorshipId) >= MAX_SESSIONS) {
            throw new ApiException(
                    ProblemType.BUSINESS_RULE,
                    "Un mentorat compte au plus " + MAX_SESSIONS
                            + " séances : celle-ci ne peut pas être notée. Modifiez une séance existante si besoin.");
        }
        MentorshipSession session = new MentorshipSession();
        session.id = UUID.randomUUID();
        session.mentorship = mentorship;
        session.heldOn = request.heldOn();
        session.durationMinutes = request.durationMinutes();
        session.topics = request.topics().trim();
        session.notes = blankToNull(request.notes());
        session.createdBy = members.findById(viewer.id());
        session.createdAt = OffsetDateTime.now();
        sessions.persist(session);
        acts.fire(new PartyActed(mentorship.id, viewer.id(), PartyActed.Act.SESSION_LOGGED));
        return SessionMapper.view(session);
    }

    @Transactional
    public SessionView update(UUID mentorshipId, UUID sessionId, SessionUpdate update, Viewer viewer) {
        Mentorship mentorship = access.forPartyUpdate(mentorshipId, viewer);
        MentorshipSession session = session(mentorshipId, sessionId);
        requireRunning(mentorship);
        if (update.heldOn() != null) {
            requirePlausibleDate(mentorship, update.heldOn());
            session.heldOn = update.heldOn();
        }
        if (update.durationMinutes() != null) {
            session.durationMinutes = update.durationMinutes();
        }
        if (update.topics() != null) {
            session.topics = update.topics().trim();
        }
        if (update.notes() != null) {
            session.notes = blankToNull(update.notes());
        }
        return SessionMapper.view(session);
    }

    @Transactional
    public void delete(UUID mentorshipId, UUID sessionId, Viewer viewer) {
        Mentorship mentorship = access.forPartyUpdate(mentorshipId, viewer);
        MentorshipSession session = session(mentorshipId, sessionId);
        requireRunning(mentorship);
        sessions.delete(session);
    }

    /** Sessions are noted while the pairing runs, paused or not; after it ends they stay as they are. */
    private static void requireRunning(Mentorship mentorship) {
        if (mentorship.status == MentorshipStatus.PENDING) {
            throw MentorshipStateConflict.of(mentorship.status, "les séances se notent une fois la demande acceptée.");
        }
        if (!MentorshipStatus.ACTIVE.contains(mentorship.status)) {
            throw MentorshipStateConflict.of(mentorship.status, "ses séances ne peuvent plus être modifiées.");
        }
    }

    /** A session is noted after it took place, and within the pairing. */
    private static void requirePlausibleDate(Mentorship mentorship, LocalDate heldOn) {
        if (heldOn.isAfter(LocalDate.now(ZONE))) {
            throw dateRefused("La séance ne peut pas être datée dans le futur : notez-la une fois qu'elle a eu lieu.");
        }
        LocalDate started = mentorship.startedAt.atZoneSameInstant(ZONE).toLocalDate();
        if (heldOn.isBefore(started)) {
            throw dateRefused(
                    "La séance ne peut pas précéder le début du mentorat, le " + FRENCH_DATE.format(started) + ".");
        }
    }

    private static ApiException dateRefused(String message) {
        return new ApiException(
                ProblemType.BUSINESS_RULE, message, List.of(new Problem.FieldError("heldOn", message)), null);
    }

    private MentorshipSession session(UUID mentorshipId, UUID sessionId) {
        return sessions.findInPairing(mentorshipId, sessionId)
                .orElseThrow(() -> ApiException.notFound("Cette séance n'existe pas dans ce mentorat."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
