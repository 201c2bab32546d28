package fr.spyrales.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {
    /**
     * Locks the event row (SELECT … FOR UPDATE) and reads it afresh: every registration, cancellation, promotion and
     * edit of the event takes this lock first, so that seats and the waitlist's order hold under concurrent calls.
     */
    public Optional<Event> findForUpdate(UUID id) {
        Optional<Event> event = findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        event.ifPresent(e -> getEntityManager().refresh(e));
        return event;
    }

    /** Reads the row again, to see the confirmed count the database keeps. */
    public void reload(Event event) {
        flush();
        getEntityManager().refresh(event);
    }

    public List<Event> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** The events this member created, oldest first. */
    public List<Event> createdBy(UUID memberId) {
        return list("createdBy = ?1 order by createdAt, id", memberId);
    }
}
