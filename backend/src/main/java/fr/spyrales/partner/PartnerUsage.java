package fr.spyrales.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** A client's calls per day (UTC), counted by one upsert per response. */
@ApplicationScoped
public class PartnerUsage {
    private final EntityManager em;

    PartnerUsage(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void count(UUID clientId, int status) {
        boolean throttled = status == 429;
        boolean error = status >= 400;
        em.createNativeQuery("""
                        INSERT INTO partner_client_usage AS u (client_id, day, calls, errors, throttled)
                        VALUES (:client, :day, 1, :error, :throttled)
                        ON CONFLICT (client_id, day) DO UPDATE SET
                            calls = u.calls + 1, errors = u.errors + :error, throttled = u.throttled + :throttled""")
                .setParameter("client", clientId)
                .setParameter("day", LocalDate.now(ZoneOffset.UTC))
                .setParameter("error", error ? 1 : 0)
                .setParameter("throttled", throttled ? 1 : 0)
                .executeUpdate();
    }
}
