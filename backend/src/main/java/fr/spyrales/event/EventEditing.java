package fr.spyrales.event;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ConstraintConflicts;
import fr.spyrales.common.Problem;
import fr.spyrales.common.ProblemType;
import fr.spyrales.common.news.CommunityNews;
import fr.spyrales.event.EventAccess.Viewer;
import fr.spyrales.event.EventChanged.Change;
import fr.spyrales.event.EventDtos.EventCancel;
import fr.spyrales.event.EventDtos.EventCreate;
import fr.spyrales.event.EventDtos.EventUpdate;
import fr.spyrales.event.EventDtos.EventView;
import fr.spyrales.event.EventDtos.SpeakerInput;
import fr.spyrales.member.Member;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.member.NotificationKind;
import fr.spyrales.project.ProjectAccess;
import fr.spyrales.referential.SkillRepository;
import fr.spyrales.training.path.PathProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creates, edits, cancels and deletes events (organisers only). */
@ApplicationScoped
public class EventEditing {
    static final Duration LONGEST = Duration.ofDays(3);
    static final String PLACE_EMPTY = "Le lieu ne peut pas être vide.";
    /** Dates the database and every calendar read without surprise. */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;

    private static final java.time.Instant EARLIEST = java.time.Instant.parse(FIRST_YEAR + "-01-01T00:00:00Z");
    private static final java.time.Instant LATEST = java.time.Instant.parse((LAST_YEAR + 1) + "-01-01T00:00:00Z");

    private final EventAccess access;
    private final EventRepository events;
    private final EventSpeakerRepository speakers;
    private final EventRegistrations registrations;
    private final EventRegistrationRepository registrationRows;
    private final EventAnnouncer announcer;
    private final MemberRepository members;
    private final SkillRepository skills;
    private final ProjectAccess projects;
    private final PathProgress paths;
    private final EventViews views;
    private final jakarta.enterprise.event.Event<EventChanged> changes;
    private final jakarta.enterprise.event.Event<CommunityNews> news;

    EventEditing(
            EventAccess access,
            EventRepository events,
            EventSpeakerRepository speakers,
            EventRegistrations registrations,
            EventRegistrationRepository registrationRows,
            EventAnnouncer announcer,
            MemberRepository members,
            SkillRepository skills,
            ProjectAccess projects,
            PathProgress paths,
            EventViews views,
            jakarta.enterprise.event.Event<EventChanged> changes,
            jakarta.enterprise.event.Event<CommunityNews> news) {
        this.access = access;
        this.events = events;
        this.speakers = speakers;
        this.registrations = registrations;
        this.registrationRows = registrationRows;
        this.announcer = announcer;
        this.members = members;
        this.skills = skills;
        this.projects = projects;
        this.paths = paths;
        this.views = views;
        this.changes = changes;
        this.news = news;
    }

    @Transactional
    public EventView create(Viewer viewer, EventCreate body) {
        EventAccess.requireOrganiser(viewer);
        OffsetDateTime now = OffsetDateTime.now();
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.title = trimmed(body.title(), "title", 3, EventDtos.TITLE_SIZE);
        event.description = body.description() == null ? "" : body.description();
        event.type = body.type();
        event.startsAt = body.startsAt();
        event.endsAt = body.endsAt();
        event.onlineUrl = body.onlineUrl();
        event.place = body.place() == null ? null : trimmed(body.place(), "place", 1, PLACE_EMPTY);
        event.capacity = body.capacity();
        event.level = body.level();
        event.language = body.language();
        event.topics = topicCodes(body.topics() == null ? List.of() : body.topics());
        event.projectId = linkableProject(body.projectId());
        event.pathId = linkablePath(body.pathId());
        event.status = EventStatus.PLANNED;
        event.createdBy = viewer.id();
        event.createdAt = now;
        event.updatedAt = now;
        requireValidTimes(event);
        requireLocation(event);
        List<EventSpeaker> speakerRows = speakerRows(body.speakers() == null ? List.of() : body.speakers());
        events.persist(event);
        events.flush();
        speakers.replace(event.id, speakerRows);
        events.flush();
        news.fire(CommunityNews.of(CommunityNews.Type.EVENT_CREATED, event.id));
        return views.view(event, viewer);
    }

    /**
     * A merge patch. Raising the capacity (or making it unlimited) promotes from the waitlist, in order; lowering it
     * under the confirmed count is refused. Every change a calendar shows raises the SEQUENCE.
     */
    @Transactional
    public EventView update(UUID id, Viewer viewer, EventUpdate body) {
        Event event = access.lockedForOrganiser(id, viewer);
        if (event.isCancelled()) {
            throw EventRefusal.CANCELLED_NOT_EDITABLE.exception();
        }
        OffsetDateTime now = OffsetDateTime.now();
        String before = calendarFingerprint(event);
        boolean hadReplay = event.replayUrl != null;
        boolean hadSlides = event.slidesUrl != null;

        if (body.title != null) {
            event.title = trimmed(body.title, "title", 3, EventDtos.TITLE_SIZE);
        }
        if (body.description != null) {
            event.description = body.description;
        }
        if (body.type != null) {
            event.type = body.type;
        }
        if (body.startsAt != null) {
            event.startsAt = body.startsAt;
        }
        if (body.endsAt != null) {
            event.endsAt = body.endsAt;
        }
        if (body.onlineUrl != null) {
            event.onlineUrl = body.onlineUrl.orElse(null);
        }
        if (body.place != null) {
            event.place =
                    body.place.map(p -> trimmed(p, "place", 1, PLACE_EMPTY)).orElse(null);
        }
        if (body.capacity != null) {
            event.capacity = body.capacity.orElse(null);
        }
        if (body.level != null) {
            event.level = body.level.orElse(null);
        }
        if (body.language != null) {
            event.language = body.language;
        }
        if (body.topics != null) {
            event.topics = topicCodes(body.topics);
        }
        if (body.projectId != null) {
            event.projectId = linkableProject(body.projectId.orElse(null));
        }
        if (body.pathId != null) {
            event.pathId = linkablePath(body.pathId.orElse(null));
        }
        requireAfterStart(body.replayUrl, "replayUrl", event, now);
        requireAfterStart(body.slidesUrl, "slidesUrl", event, now);
        if (body.replayUrl != null) {
            event.replayUrl = body.replayUrl.orElse(null);
        }
        if (body.slidesUrl != null) {
            event.slidesUrl = body.slidesUrl.orElse(null);
        }
        requireValidTimes(event);
        requireLocation(event);
        if (event.capacity != null && event.capacity < event.confirmedCount) {
            throw EventRefusal.CAPACITY_BELOW_CONFIRMED.exception();
        }
        if (body.speakers != null) {
            speakers.replace(event.id, speakerRows(body.speakers));
        }

        Set<Change> changed = EnumSet.noneOf(Change.class);
        if (!before.equals(calendarFingerprint(event))) {
            event.sequence++;
            changed.add(Change.SCHEDULE);
        }
        if (!hadReplay && event.replayUrl != null) {
            changed.add(Change.REPLAY_ADDED);
        }
        if (!hadSlides && event.slidesUrl != null) {
            changed.add(Change.SLIDES_ADDED);
        }
        event.updatedAt = now;
        ConstraintConflicts.check(events::flush, EventRefusal.CONSTRAINTS);
        // More seats, or seats freed after the start of an event moved later: the waitlist moves up.
        registrations.promoteWaiting(event, now);
        if (!changed.isEmpty()) {
            changes.fire(new EventChanged(event.id, changed));
        }
        if (changed.contains(Change.REPLAY_ADDED)) {
            news.fire(CommunityNews.of(CommunityNews.Type.EVENT_REPLAY_PUBLISHED, event.id));
        }
        return views.view(event, viewer);
    }

    /** Cancels the event: every confirmed and waitlisted registrant is told; the registrations stay for history. */
    @Transactional
    public EventView cancel(UUID id, Viewer viewer, EventCancel body) {
        Event event = access.lockedForOrganiser(id, viewer);
        if (event.isCancelled()) {
            throw EventRefusal.ALREADY_CANCELLED.exception();
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (event.hasEnded(now)) {
            throw EventRefusal.ENDED_NOT_CANCELLABLE.exception();
        }
        event.status = EventStatus.CANCELLED;
        event.cancellationReason = trimmed(body.reason(), "reason", 3, EventDtos.REASON_SIZE);
        event.cancelledAt = now;
        event.sequence++;
        event.updatedAt = now;
        events.flush();
        for (EventRegistration registration : registrationRows.liveOfEvent(event.id)) {
            announcer.tell(NotificationKind.EVENT_CANCELLED, event, registration.memberId);
        }
        changes.fire(new EventChanged(event.id, EnumSet.of(Change.CANCELLED)));
        news.fire(CommunityNews.of(CommunityNews.Type.EVENT_CANCELLED, event.id));
        return views.view(event, viewer);
    }

    /** Deletes an event nobody ever registered to; otherwise it must be cancelled. */
    @Transactional
    public void delete(UUID id, Viewer viewer) {
        Event event = access.lockedForOrganiser(id, viewer);
        if (registrationRows.anyEver(event.id)) {
            throw EventRefusal.HAS_REGISTRATIONS.exception();
        }
        events.delete(event); // its speakers go with it (ON DELETE CASCADE)
    }

    /** What a calendar shows of the event: when it changes, the SEQUENCE goes up. */
    private static String calendarFingerprint(Event event) {
        return String.join(
                "\u0000",
                String.valueOf(event.title),
                String.valueOf(event.startsAt.toInstant()),
                String.valueOf(event.endsAt.toInstant()),
                String.valueOf(event.place),
                String.valueOf(event.onlineUrl),
                String.valueOf(event.status));
    }

    private static void requireValidTimes(Event event) {
        for (OffsetDateTime time : List.of(event.startsAt, event.endsAt)) {
            java.time.Instant instant = time.toInstant();
            if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
                String field = time == event.startsAt ? "startsAt" : "endsAt";
                throw ApiException.invalidField(
                        field, "Choisissez une date entre " + FIRST_YEAR + " et " + LAST_YEAR + ".");
            }
        }
        if (!event.endsAt.isAfter(event.startsAt)) {
            throw ApiException.invalidField("endsAt", "La fin de l'événement doit suivre son début.");
        }
        if (Duration.between(event.startsAt, event.endsAt).compareTo(LONGEST) > 0) {
            throw ApiException.invalidField("endsAt", "Un événement dure au plus trois jours.");
        }
    }

    private static void requireLocation(Event event) {
        if (event.onlineUrl == null && event.place == null) {
            String message = "Indiquez un lieu ou un lien de visioconférence (ou les deux).";
            throw new ApiException(
                    ProblemType.VALIDATION,
                    "Certains champs sont invalides.",
                    List.of(new Problem.FieldError("place", message), new Problem.FieldError("onlineUrl", message)),
                    null);
        }
    }

    /** The replay and the slides come after the event has started. */
    private static void requireAfterStart(Optional<String> url, String field, Event event, OffsetDateTime now) {
        if (url != null && url.isPresent() && !event.hasStarted(now)) {
            throw new ApiException(
                    ProblemType.BUSINESS_RULE,
                    "Le replay et le support s'ajoutent une fois l'événement commencé.",
                    List.of(new Problem.FieldError(field, "À renseigner une fois l'événement commencé.")),
                    null);
        }
    }

    /**
     * The text without the spaces around it, at least {@code min} characters (as the database counts them: code
     * points, spaces of every kind trimmed), else a refusal of the field.
     */
    static String trimmed(String raw, String field, int min, String message) {
        String text = raw.strip();
        if (text.codePointCount(0, text.length()) < min) {
            throw ApiException.invalidField(field, message);
        }
        return text;
    }

    /** Known skill codes, each once, in the order given. */
    private String[] topicCodes(List<String> codes) {
        Set<String> known = skills.byCode().keySet();
        Set<String> seen = new LinkedHashSet<>();
        for (String code : codes) {
            String c = code.strip();
            if (!known.contains(c)) {
                throw ApiException.invalidField("topics", "Thème inconnu : " + c + ".");
            }
            if (!seen.add(c)) {
                throw ApiException.invalidField("topics", "Le thème " + c + " est indiqué deux fois.");
            }
        }
        return seen.toArray(String[]::new);
    }

    private List<EventSpeaker> speakerRows(List<SpeakerInput> inputs) {
        List<EventSpeaker> rows = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            SpeakerInput input = inputs.get(i);
            String field = "speakers[" + i + "]";
            if ((input.memberId() == null) == (input.name() == null)) {
                throw ApiException.invalidField(
                        field, "Indiquez soit un membre (memberId), soit le nom d'un intervenant extérieur (name).");
            }
            EventSpeaker row = new EventSpeaker();
            if (input.memberId() != null) {
                Member member = members.findById(input.memberId());
                if (member == null || member.isErased()) {
                    throw ApiException.invalidField(field + ".memberId", "Ce membre n'existe pas.");
                }
                if (!seen.add(member.id)) {
                    throw ApiException.invalidField(field + ".memberId", "Ce membre est déjà intervenant.");
                }
                row.memberId = member.id;
            } else {
                row.externalName =
                        trimmed(input.name(), field + ".name", 1, "Le nom de l'intervenant ne peut pas être vide.");
            }
            rows.add(row);
        }
        return rows;
    }

    private UUID linkableProject(UUID projectId) {
        if (projectId != null && projects.liveTitle(projectId).isEmpty()) {
            throw ApiException.invalidField("projectId", "Ce projet n'existe pas ou a été supprimé.");
        }
        return projectId;
    }

    private UUID linkablePath(UUID pathId) {
        if (pathId != null) {
            paths.requireLinkable(pathId);
        }
        return pathId;
    }
}
