package fr.spyrales.mentorship.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The planned next sessions, keyed by their pairing. */
@ApplicationScoped
public class NextSessionRepository implements PanacheRepositoryBase<NextSession, UUID> {

    /** The next sessions of a member's pairings, either side, soonest first. */
    List<NextSession> inPairingsOf(UUID memberId) {
        return getEntityManager()
                .createQuery("""
                        select n from NextSession n, Mentorship m
                        where m.id = n.mentorshipId and (m.mentee.id = :member or m.mentor.id = :member)
                        order by n.startsAt, n.mentorshipId""", NextSession.class)
                .setParameter("member", memberId)
                .getResultList();
    }

    List<NextSession> plannedBy(UUID memberId) {
        return list("plannedBy", memberId);
    }
}
