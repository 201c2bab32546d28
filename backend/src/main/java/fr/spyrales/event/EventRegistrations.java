package fr.spyrales.event;

import fr.spyrales.common.ApiException;
import fr.spyrales.event.EventAccess.Viewer;
import fr.spyrales.event.EventDtos.MyRegistration;
import fr.spyrales.member.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Registrations, the waitlist and attendance. Every change takes the event row's lock first ({@link
 * EventAccess#locked}): registrations to one event are then accepted one at a time, so a queue number drawn under
 * the lock gives the order of registration, and the confirmed count the database keeps (with its CHECK against the
 * capacity) is never overtaken.
 */
@ApplicationScoped
public class EventRegistrations {
    /** Members may check in from this long before the start until the end. */
    static final Duration CHECK_IN_OPENS_BEFORE = Duration.ofMinutes(15);

    private final EventAccess access;
    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final EventAnnouncer announcer;

    EventRegistrations(
            EventAccess access,
            EventRepository events,
            EventRegistrationRepository registrations,
            EventAnnouncer announcer) {
        this.access = access;
        this.events = events;
        this.registrations = registrations;
        this.announcer = announcer;
    }

    /**
     * Registers the member: a confirmed seat while there is one, else the end of the waitlist. Registering again
     * while registered answers the same registration.
     */
    @Transactional
    public MyRegistration register(UUID eventId, Viewer viewer) {
        Event event = access.locked(eventId);
        EventRegistration registration =
                registrations.find(eventId, viewer.id()).orElse(null);
        if (registration != null && registration.isLive()) {
            return mine(registration);
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (event.isCancelled()) {
            throw EventRefusal.EVENT_CANCELLED.exception();
        }
        if (event.hasStarted(now)) {
            throw EventRefusal.REGISTRATION_CLOSED.exception();
        }
        boolean isNew = registration == null;
        if (isNew) {
            registration = new EventRegistration();
            registration.eventId = eventId;
            registration.memberId = viewer.id();
        }
        registration.queueNumber = registrations.nextQueueNumber();
        registration.registeredAt = now;
        registration.cancelledAt = null;
        registration.attendedAt = null;
        if (event.hasFreeSeat()) {
            registration.status = RegistrationStatus.CONFIRMED;
            registration.confirmedAt = now;
        } else {
            registration.status = RegistrationStatus.WAITLISTED;
            registration.confirmedAt = null;
        }
        if (isNew) {
            registrations.persist(registration);
        }
        registrations.flush();
        MyRegistration answer = mine(registration);
        if (answer.status() == RegistrationStatus.CONFIRMED) {
            announcer.tell(NotificationKind.EVENT_REGISTERED, event, viewer.id());
        } else {
            announcer.tellWaitlisted(event, viewer.id(), answer.position());
        }
        return answer;
    }

    /**
     * Cancels the member's registration (until the event ends). A confirmed seat freed before the start goes at
     * once to the first on the waitlist. Cancelling what is not registered changes nothing.
     */
    @Transactional
    public void unregister(UUID eventId, Viewer viewer) {
        Event event = access.locked(eventId);
        EventRegistration registration =
                registrations.find(eventId, viewer.id()).orElse(null);
        if (registration == null || !registration.isLive()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (event.hasEnded(now)) {
            throw EventRefusal.EVENT_ENDED.exception();
        }
        boolean freesSeat = registration.status == RegistrationStatus.CONFIRMED;
        cancel(registration, now);
        registrations.flush();
        if (freesSeat) {
            promoteWaiting(event, now);
        }
    }

    /**
     * Gives the free seats, if any, to the first waitlisted members in the order of registration, and tells each.
     * Only before the start of a planned event: once it started, registration is closed. Call under the event's lock.
     */
    void promoteWaiting(Event event, OffsetDateTime now) {
        if (event.isCancelled() || event.hasStarted(now)) {
            return;
        }
        events.reload(event);
        int free = event.capacity == null ? Integer.MAX_VALUE : event.capacity - event.confirmedCount;
        if (free <= 0) {
            return;
        }
        List<EventRegistration> promoted = event.capacity == null
                ? registrations.waitlist(event.id)
                : registrations.firstWaitlisted(event.id, free);
        for (EventRegistration registration : promoted) {
            registration.status = RegistrationStatus.CONFIRMED;
            registration.confirmedAt = now;
        }
        registrations.flush();
        for (EventRegistration registration : promoted) {
            announcer.tell(NotificationKind.EVENT_PROMOTED, event, registration.memberId);
        }
    }

    /** An organiser notes that a confirmed registrant attended (once the event has started). */
    @Transactional
    public void markAttendance(UUID eventId, UUID memberId, Viewer viewer, boolean attended) {
        Event event = access.lockedForOrganiser(eventId, viewer);
        if (event.isCancelled()) {
            throw EventRefusal.EVENT_CANCELLED.exception();
        }
        OffsetDateTime now = OffsetDateTime.now();
        if (!event.hasStarted(now)) {
            throw EventRefusal.ATTENDANCE_TOO_EARLY.exception();
        }
        EventRegistration registration = registrations
                .find(eventId, memberId)
                .orElseThrow(() -> ApiException.notFound("Ce membre n'est pas inscrit à cet événement."));
        if (registration.status != RegistrationStatus.CONFIRMED) {
            throw EventRefusal.ATTENDANCE_NOT_CONFIRMED.exception();
        }
        if (attended && registration.attendedAt == null) {
            registration.attendedAt = now;
        } else if (!attended) {
            registration.attendedAt = null;
        }
    }

    /** The confirmed member notes they are there, from 15 minutes before the start until the end. */
    @Transactional
    public void checkIn(UUID eventId, Viewer viewer) {
        Event event = access.locked(eventId);
        if (event.isCancelled()) {
            throw EventRefusal.EVENT_CANCELLED.exception();
        }
        EventRegistration registration = registrations
                .find(eventId, viewer.id())
                .filter(r -> r.status == RegistrationStatus.CONFIRMED)
                .orElseThrow(EventRefusal.CHECK_IN_NOT_CONFIRMED::exception);
        OffsetDateTime now = OffsetDateTime.now();
        if (now.isBefore(event.startsAt.minus(CHECK_IN_OPENS_BEFORE)) || event.hasEnded(now)) {
            throw EventRefusal.CHECK_IN_CLOSED.exception();
        }
        if (registration.attendedAt == null) {
            registration.attendedAt = now;
        }
    }

    /**
     * Takes an erased member's registrations away: each confirmed seat of an upcoming event goes to the next on
     * the waitlist. Runs inside the erasure's transaction.
     */
    void eraseMember(UUID memberId) {
        OffsetDateTime now = OffsetDateTime.now();
        List<EventRegistration> theirs = registrations.allOf(memberId).stream()
                .sorted(java.util.Comparator.comparing(r -> r.eventId))
                .toList();
        for (EventRegistration registration : theirs) {
            Event event = access.locked(registration.eventId);
            boolean freesSeat = registration.status == RegistrationStatus.CONFIRMED;
            registrations.delete(registration);
            registrations.flush();
            if (freesSeat) {
                promoteWaiting(event, now);
            }
        }
    }

    /** The member's registration as they see it, with their place on the waitlist. */
    MyRegistration mine(EventRegistration registration) {
        Integer position = registration.status == RegistrationStatus.WAITLISTED
                ? registrations.waitlistPosition(registration.eventId, registration.queueNumber)
                : null;
        return new MyRegistration(
                registration.status, position, registration.registeredAt, registration.attendedAt != null);
    }

    private static void cancel(EventRegistration registration, OffsetDateTime now) {
        registration.status = RegistrationStatus.CANCELLED;
        registration.cancelledAt = now;
        registration.attendedAt = null;
    }
}
