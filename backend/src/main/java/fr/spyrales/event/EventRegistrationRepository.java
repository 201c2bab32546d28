package fr.spyrales.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EventRegistrationRepository implements PanacheRepositoryBase<EventRegistration, EventRegistration.Key> {
    public Optional<EventRegistration> find(UUID eventId, UUID memberId) {
        return findByIdOptional(new EventRegistration.Key(eventId, memberId));
    }

    /** The next number of the queue, from the database's sequence: call it under the event's lock. */
    long nextQueueNumber() {
        return ((Number) getEntityManager()
                        .createNativeQuery("SELECT nextval('event_registration_queue_seq')")
                        .getSingleResult())
                .longValue();
    }

    /** The first `count` waitlisted registrations of the event, in the order of registration. */
    List<EventRegistration> firstWaitlisted(UUID eventId, int count) {
        return find("eventId = ?1 and status = ?2 order by queueNumber", eventId, RegistrationStatus.WAITLISTED)
                .page(0, count)
                .list();
    }

    /** The whole waitlist of the event, in order. */
    public List<EventRegistration> waitlist(UUID eventId) {
        return list("eventId = ?1 and status = ?2 order by queueNumber", eventId, RegistrationStatus.WAITLISTED);
    }

    /** The position on the waitlist (1 for the first) of the registration with this queue number. */
    int waitlistPosition(UUID eventId, long queueNumber) {
        return (int) count(
                "eventId = ?1 and status = ?2 and queueNumber <= ?3",
                eventId,
                RegistrationStatus.WAITLISTED,
                queueNumber);
    }

    /** How many wait, per event. */
    Map<UUID, Long> waitlistCounts(Collection<UUID> eventIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!eventIds.isEmpty()) {
            getEntityManager()
                    .createQuery(
                            "select r.eventId, count(r) from EventRegistration r where r.eventId in :ids"
                                    + " and r.status = :waitlisted group by r.eventId",
                            Object[].class)
                    .setParameter("ids", eventIds)
                    .setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                    .getResultList()
                    .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** The member's live registrations to these events. */
    Map<UUID, EventRegistration> liveOf(UUID memberId, Collection<UUID> eventIds) {
        Map<UUID, EventRegistration> byEvent = new HashMap<>();
        if (!eventIds.isEmpty()) {
            list("memberId = ?1 and eventId in ?2 and status <> ?3", memberId, eventIds, RegistrationStatus.CANCELLED)
                    .forEach(r -> byEvent.put(r.eventId, r));
        }
        return byEvent;
    }

    /** Whether anybody ever registered (even if they cancelled since). */
    boolean anyEver(UUID eventId) {
        return count("eventId", eventId) > 0;
    }

    /** Every registration of the member, cancelled ones included. */
    public List<EventRegistration> allOf(UUID memberId) {
        return list("memberId = ?1 order by registeredAt, eventId", memberId);
    }

    /** How many events the member attended. */
    public long attendedCount(UUID memberId) {
        return count("memberId = ?1 and attendedAt is not null", memberId);
    }

    /** The live registrations of the event, to tell each registrant. */
    List<EventRegistration> liveOfEvent(UUID eventId) {
        return list("eventId = ?1 and status <> ?2 order by queueNumber", eventId, RegistrationStatus.CANCELLED);
    }
}
