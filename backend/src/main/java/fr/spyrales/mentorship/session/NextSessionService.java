package fr.spyrales.mentorship.session;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.Problem;
import fr.spyrales.common.ProblemType;
import fr.spyrales.common.PublicUrl;
import fr.spyrales.common.calendar.CalendarEntry;
import fr.spyrales.common.calendar.IcsWriter;
import fr.spyrales.mentorship.Mentorship;
import fr.spyrales.mentorship.MentorshipAccess;
import fr.spyrales.mentorship.MentorshipAccess.Viewer;
import fr.spyrales.mentorship.MentorshipStateConflict;
import fr.spyrales.mentorship.MentorshipStatus;
import fr.spyrales.mentorship.session.NextSessionDtos.NextSessionInput;
import fr.spyrales.mentorship.session.NextSessionDtos.NextSessionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The next session of a pairing: either party plans it while the pairing is under way (accepted, not paused), moves
 * it or cancels it; both read it, and take it to their calendar as an .ics. The other party is told when it is
 * planned or moved ({@link NextSessionPlanned}); both are reminded the day before (notification feature).
 */
@ApplicationScoped
public class NextSessionService {
    static final int DEFAULT_MINUTES = 60;

    private static final DateTimeFormatter FRENCH_WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' H'h'mm", Locale.FRENCH);

    private final MentorshipAccess access;
    private final NextSessionRepository nextSessions;
    private final IcsWriter ics;
    private final PublicUrl publicUrl;
    private final Event<NextSessionPlanned> planned;

    NextSessionService(
            MentorshipAccess access,
            NextSessionRepository nextSessions,
            IcsWriter ics,
            PublicUrl publicUrl,
            Event<NextSessionPlanned> planned) {
        this.access = access;
        this.nextSessions = nextSessions;
        this.ics = ics;
        this.publicUrl = publicUrl;
        this.planned = planned;
    }

    /** The planned session; 404 when none is planned. */
    @Transactional
    public NextSessionView get(UUID mentorshipId, Viewer viewer) {
        access.forParty(mentorshipId, viewer);
        return view(planned(mentorshipId));
    }

    @Transactional
    public NextSessionView plan(UUID mentorshipId, NextSessionInput input, Viewer viewer) {
        Mentorship mentorship = access.forPartyUpdate(mentorshipId, viewer);
        requireUnderWay(mentorship);
        OffsetDateTime now = OffsetDateTime.now();
        if (!input.startsAt().isAfter(now)) {
            throw dateRefused("La séance doit être prévue dans le futur.");
        }
        if (input.startsAt().isAfter(now.plusYears(1))) {
            throw dateRefused("La séance doit être prévue dans l'année qui vient.");
        }
        NextSession existing = nextSessions.findByIdOptional(mentorshipId).orElse(null);
        NextSession session = existing == null ? new NextSession() : existing;
        if (existing == null) {
            session.mentorshipId = mentorshipId;
            session.sequence = 0;
        } else {
            session.sequence++;
        }
        session.startsAt = input.startsAt();
        session.durationMinutes = input.durationMinutes() == null ? DEFAULT_MINUTES : input.durationMinutes();
        session.place = blankToNull(input.place());
        session.videoUrl = blankToNull(input.videoUrl());
        session.note = blankToNull(input.note());
        session.plannedBy = viewer.id();
        session.plannedAt = now;
        if (existing == null) {
            nextSessions.persist(session);
        }
        planned.fire(new NextSessionPlanned(mentorshipId, viewer.id(), describe(session)));
        return view(session);
    }

    @Transactional
    public void cancel(UUID mentorshipId, Viewer viewer) {
        access.forPartyUpdate(mentorshipId, viewer);
        nextSessions.delete(planned(mentorshipId));
    }

    private static final IcsWriter.Wording SESSION_WORDING = new IcsWriter.Wording(
            "Séance annulée", "Pour rejoindre la séance en visio : ", "Page du mentorat sur Spyrales : ");

    /** The session as an .ics file for either party: same UID whatever changes, SEQUENCE raised at each one. */
    @Transactional
    public CalendarFile calendar(UUID mentorshipId, Viewer viewer) {
        Mentorship mentorship = access.forParty(mentorshipId, viewer);
        NextSession session = planned(mentorshipId);
        String other = mentorship.isMentor(viewer.id()) ? mentorship.mentee.displayName : mentorship.mentor.displayName;
        CalendarEntry entry = new CalendarEntry(
                mentorshipId,
                "Séance de mentorat avec " + other,
                session.note,
                session.startsAt,
                session.endsAt(),
                session.place,
                session.videoUrl,
                publicUrl.link("/mentorats/" + mentorshipId),
                session.sequence,
                false,
                null,
                session.plannedAt);
        return new CalendarFile(
                "seance-mentorat-" + mentorshipId + ".ics",
                ics.other("mentorship-session-" + mentorshipId + "@spyrales.fr", entry, SESSION_WORDING));
    }

    /** When and where the planned session takes place, in French, for the notifications; null when none. */
    @Transactional
    public String describe(UUID mentorshipId) {
        return nextSessions
                .findByIdOptional(mentorshipId)
                .map(NextSessionService::describe)
                .orElse(null);
    }

    static String describe(NextSession session) {
        StringBuilder text = new StringBuilder("Séance prévue le ")
                .append(FRENCH_WHEN.format(session.startsAt.atZoneSameInstant(IcsWriter.PARIS)))
                .append(" (")
                .append(session.durationMinutes)
                .append(" min)");
        if (session.place != null) {
            text.append(", lieu : ").append(session.place);
        }
        if (session.videoUrl != null) {
            text.append(", visio : ").append(session.videoUrl);
        }
        return text.append('.').toString();
    }

    /** An .ics file and the name to save it under. */
    public record CalendarFile(String fileName, String text) {}

    private NextSession planned(UUID mentorshipId) {
        return nextSessions
                .findByIdOptional(mentorshipId)
                .orElseThrow(() -> ApiException.notFound("Aucune prochaine séance n'est prévue pour ce mentorat."));
    }

    private static void requireUnderWay(Mentorship mentorship) {
        if (mentorship.status == MentorshipStatus.PENDING) {
            throw MentorshipStateConflict.of(
                    mentorship.status, "la prochaine séance se fixe une fois la demande acceptée.");
        }
        if (mentorship.status != MentorshipStatus.ACCEPTED) {
            throw MentorshipStateConflict.of(
                    mentorship.status, "la prochaine séance se fixe quand le mentorat est en cours.");
        }
    }

    static NextSessionView view(NextSession s) {
        return new NextSessionView(
                s.mentorshipId, s.startsAt, s.durationMinutes, s.place, s.videoUrl, s.note, s.plannedBy, s.plannedAt);
    }

    private static ApiException dateRefused(String message) {
        return new ApiException(
                ProblemType.BUSINESS_RULE, message, List.of(new Problem.FieldError("startsAt", message)), null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
