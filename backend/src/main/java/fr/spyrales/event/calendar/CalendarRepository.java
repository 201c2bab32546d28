package fr.spyrales.event.calendar;

import fr.spyrales.event.Event;
import fr.spyrales.event.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The events a member's calendar holds. */
@ApplicationScoped
public class CalendarRepository {
    private final EntityManager em;

    CalendarRepository(EntityManager em) {
        this.em = em;
    }

    /** The events the member holds a confirmed seat at, cancelled ones included, that ended after `since`. */
    List<Event> confirmedEventsOf(UUID memberId, OffsetDateTime since) {
        return em.createQuery("""
                        select e from Event e
                         where e.endsAt >= :since
                           and exists (select 1 from EventRegistration r
                                        where r.eventId = e.id and r.memberId = :member and r.status = :confirmed)
                         order by e.startsAt, e.id""", Event.class)
                .setParameter("since", since)
                .setParameter("member", memberId)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getResultList();
    }
}
