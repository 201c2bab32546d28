package fr.spyrales.event;

import fr.spyrales.audit.AuditAction;
import fr.spyrales.audit.AuditActor;
import fr.spyrales.audit.AuditLog;
import fr.spyrales.audit.AuditTarget;
import fr.spyrales.common.IdPage;
import fr.spyrales.common.PageResponse;
import fr.spyrales.common.SearchWords;
import fr.spyrales.event.EventAccess.Viewer;
import fr.spyrales.event.EventDtos.EventSummary;
import fr.spyrales.event.EventDtos.EventView;
import fr.spyrales.event.EventDtos.Linked;
import fr.spyrales.event.EventDtos.MyEventRegistration;
import fr.spyrales.event.EventDtos.MyRegistration;
import fr.spyrales.event.EventDtos.Registrant;
import fr.spyrales.event.EventSearchRepository.RegistrantRow;
import fr.spyrales.member.MemberRepository;
import fr.spyrales.project.ProjectAccess;
import fr.spyrales.training.path.PathProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What members read of events: the agenda, an event's page, « Mes inscriptions », the registrants. */
@ApplicationScoped
public class EventViews {
    private final EventAccess access;
    private final EventRepository events;
    private final EventSpeakerRepository speakers;
    private final EventRegistrationRepository registrations;
    private final EventRegistrations registering;
    private final EventSearchRepository search;
    private final MemberRepository members;
    private final ProjectAccess projects;
    private final PathProgress paths;
    private final AuditLog audit;

    EventViews(
            EventAccess access,
            EventRepository events,
            EventSpeakerRepository speakers,
            EventRegistrationRepository registrations,
            EventRegistrations registering,
            EventSearchRepository search,
            MemberRepository members,
            ProjectAccess projects,
            PathProgress paths,
            AuditLog audit) {
        this.access = access;
        this.events = events;
        this.speakers = speakers;
        this.registrations = registrations;
        this.registering = registering;
        this.search = search;
        this.members = members;
        this.projects = projects;
        this.paths = paths;
        this.audit = audit;
    }

    @Transactional
    public PageResponse<EventSummary> list(EventQuery query, Viewer viewer) {
        IdPage found = search.search(query, SearchWords.of(query.q), OffsetDateTime.now());
        return new PageResponse<>(summaries(found.ids(), viewer), query.page, query.size, found.total(), found.next());
    }

    @Transactional
    public EventView get(UUID id, Viewer viewer) {
        return view(access.visible(id), viewer);
    }

    /** « Mes inscriptions »: the events I am registered to (confirmed or waitlisted), with my registration. */
    @Transactional
    public PageResponse<MyEventRegistration> mine(MyRegistrationsQuery query, Viewer viewer) {
        IdPage found = search.registeredBy(viewer.id(), query.when, OffsetDateTime.now(), query.size, query.offset());
        Map<UUID, EventRegistration> live = registrations.liveOf(viewer.id(), found.ids());
        List<EventSummary> summaries = summaries(found.ids(), viewer);
        List<MyEventRegistration> items = new ArrayList<>();
        for (EventSummary summary : summaries) {
            EventRegistration registration = live.get(summary.id());
            if (registration != null) {
                items.add(new MyEventRegistration(summary, registering.mine(registration)));
            }
        }
        return new PageResponse<>(items, query.page, query.size, found.total());
    }

    /** The registrants of an event, for organisers. */
    @Transactional
    public PageResponse<Registrant> registrants(UUID eventId, RegistrantQuery query, Viewer viewer) {
        Event event = access.visible(eventId);
        EventAccess.requireOrganiser(viewer);
        long total = search.countRegistrants(event.id, query.status);
        List<Registrant> items = search.registrants(event.id, query.status, query.size, query.offset()).stream()
                .map(EventViews::registrant)
                .toList();
        return new PageResponse<>(items, query.page, query.size, total);
    }

    /** Every registrant of an event (confirmed, waitlist in order, cancelled), for the CSV export. */
    @Transactional
    public RegistrantsExport export(UUID eventId, Viewer viewer) {
        Event event = access.visible(eventId);
        EventAccess.requireOrganiser(viewer);
        List<Registrant> all = search.registrants(event.id, null, Integer.MAX_VALUE, 0).stream()
                .map(EventViews::registrant)
                .toList();
        audit.record(
                AuditAction.EXPORTED,
                AuditActor.member(viewer.id()),
                AuditTarget.of("event", event.id),
                "Inscrits de l'événement, " + all.size() + " ligne(s)");
        return new RegistrantsExport(event.title, event.startsAt, all);
    }

    /** The registrants of an event, with its title and start for the file's name. */
    public record RegistrantsExport(String eventTitle, OffsetDateTime startsAt, List<Registrant> registrants) {}

    /** The event's page for this viewer. */
    EventView view(Event event, Viewer viewer) {
        events.reload(event);
        MyRegistration mine = registrations
                .find(event.id, viewer.id())
                .filter(EventRegistration::isLive)
                .map(registering::mine)
                .orElse(null);
        List<EventSpeaker> eventSpeakers = speakers.of(event.id);
        Linked project = event.projectId == null
                ? null
                : projects.liveTitle(event.projectId)
                        .map(title -> new Linked(event.projectId, title))
                        .orElse(null);
        Linked path = event.pathId == null
                ? null
                : paths.forMentee(List.of(event.pathId), viewer.id()).values().stream()
                        .findFirst()
                        .map(p -> new Linked(p.id(), p.title()))
                        .orElse(null);
        OffsetDateTime now = OffsetDateTime.now();
        return EventMapper.view(
                event,
                eventSpeakers,
                speakerNames(eventSpeakers),
                registrations.waitlistCounts(List.of(event.id)).getOrDefault(event.id, 0L),
                mine,
                project,
                path,
                viewer.organiser(),
                !event.isCancelled() && !event.hasStarted(now));
    }

    /** The summaries of these events, in this order. */
    List<EventSummary> summaries(List<UUID> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Event> byId = events.byIds(ids).stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        Map<UUID, List<EventSpeaker>> speakersByEvent = speakers.ofEvents(ids);
        Map<UUID, String> names = speakerNames(
                speakersByEvent.values().stream().flatMap(List::stream).toList());
        Map<UUID, Long> waiting = registrations.waitlistCounts(ids);
        Map<UUID, EventRegistration> live = registrations.liveOf(viewer.id(), ids);
        Map<UUID, MyRegistration> mine = new HashMap<>();
        live.forEach((eventId, r) ->
                mine.put(eventId, new MyRegistration(r.status, null, r.registeredAt, r.attendedAt != null)));
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(e -> EventMapper.summary(
                        e,
                        speakersByEvent.getOrDefault(e.id, List.of()),
                        names,
                        waiting.getOrDefault(e.id, 0L),
                        mine.get(e.id)))
                .toList();
    }

    private Map<UUID, String> speakerNames(List<EventSpeaker> eventSpeakers) {
        return members.displayNames(eventSpeakers.stream()
                .map(s -> s.memberId)
                .filter(Objects::nonNull)
                .toList());
    }

    private static Registrant registrant(RegistrantRow row) {
        return new Registrant(
                row.memberId(),
                row.displayName(),
                row.organization(),
                row.status(),
                row.position(),
                row.registeredAt(),
                row.attendedAt() != null);
    }
}
