package fr.spyrales.event.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** The `event_calendar_feed` table: one secret address per member, kept as the SHA-256 of its token. */
@ApplicationScoped
public class CalendarFeedRepository {
    private final EntityManager em;

    CalendarFeedRepository(EntityManager em) {
        this.em = em;
    }

    /** When the member's current address was made, if they have one. */
    Optional<OffsetDateTime> createdAt(UUID memberId) {
        @SuppressWarnings("unchecked")
        List<OffsetDateTime> rows = em.createNativeQuery(
                        "SELECT created_at FROM event_calendar_feed WHERE member_id = :member")
                .unwrap(NativeQuery.class)
                .addScalar("created_at", OffsetDateTime.class)
                .setParameter("member", memberId)
                .getResultList();
        return rows.stream().findFirst();
    }

    /** Replaces the member's token (the old one stops at once); returns when the new one was made. */
    OffsetDateTime replace(UUID memberId, String tokenHash) {
        return (OffsetDateTime) em.createNativeQuery("""
                        INSERT INTO event_calendar_feed (member_id, token_hash) VALUES (:member, :hash)
                        ON CONFLICT (member_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()
                        RETURNING created_at""")
                .unwrap(NativeQuery.class)
                .addScalar("created_at", OffsetDateTime.class)
                .setParameter("member", memberId)
                .setParameter("hash", tokenHash)
                .getSingleResult();
    }

    void delete(UUID memberId) {
        em.createNativeQuery("DELETE FROM event_calendar_feed WHERE member_id = :member")
                .setParameter("member", memberId)
                .executeUpdate();
    }

    /** The member whose token has this hash, unless their account is erased. */
    Optional<UUID> memberOf(String tokenHash) {
        @SuppressWarnings("unchecked")
        List<UUID> rows = em.createNativeQuery("""
                        SELECT f.member_id FROM event_calendar_feed f JOIN member m ON m.id = f.member_id
                         WHERE f.token_hash = :hash AND m.erased_at IS NULL""")
                .unwrap(NativeQuery.class)
                .addScalar("member_id", UUID.class)
                .setParameter("hash", tokenHash)
                .getResultList();
        return rows.stream().findFirst();
    }
}
