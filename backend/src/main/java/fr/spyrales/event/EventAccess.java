package fr.spyrales.event;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Who may see and change an event. Every member sees every event (cancelled ones included); only organisers
 * (animateurs and admins) create, edit, cancel and delete them and see who registered. An unknown event is a 404.
 */
@ApplicationScoped
public class EventAccess {
    private final EventRepository events;

    EventAccess(EventRepository events) {
        this.events = events;
    }

    Event visible(UUID id) {
        return events.findByIdOptional(id).orElseThrow(EventAccess::notFound);
    }

    /** The event, locked: every change to it, its seats or its waitlist takes this lock first. */
    Event locked(UUID id) {
        return events.findForUpdate(id).orElseThrow(EventAccess::notFound);
    }

    /** The event, locked, when the viewer organises events. */
    Event lockedForOrganiser(UUID id, Viewer viewer) {
        Event event = locked(id);
        requireOrganiser(viewer);
        return event;
    }

    static void requireOrganiser(Viewer viewer) {
        if (!viewer.organiser()) {
            throw EventRefusal.NOT_ORGANISER.exception();
        }
    }

    static ApiException notFound() {
        return ApiException.notFound("Cet événement n'existe pas.");
    }

    /** The caller: their id, and whether they organise events (animateurs and admins). */
    public record Viewer(UUID id, boolean organiser) {
        public static Viewer of(UUID id, Predicate<String> hasRole) {
            return new Viewer(id, hasRole.test(Roles.ANIMATEUR) || hasRole.test(Roles.ADMIN));
        }
    }
}
