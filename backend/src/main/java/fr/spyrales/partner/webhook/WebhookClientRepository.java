package fr.spyrales.partner.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** What webhooks read of partner clients: who may receive a message, and whom to tell when an endpoint is off. */
@ApplicationScoped
public class WebhookClientRepository {
    private final EntityManager em;

    WebhookClientRepository(EntityManager em) {
        this.em = em;
    }

    public record Contact(String clientName, String email) {}

    Optional<Contact> contactOf(UUID clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT name, contact_email FROM partner_client WHERE id = :id")
                .unwrap(NativeQuery.class)
                .addScalar("name", String.class)
                .addScalar("contact_email", String.class)
                .setParameter("id", clientId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Contact((String) r[0], (String) r[1]));
    }

    /**
     * The enabled endpoints subscribed to a type whose client is valid (neither revoked nor expired) and holds the
     * scope, if the type needs one; for a pairing, only clients of the organisation of its mentee or mentor.
     */
    List<UUID> recipients(String eventType, Optional<String> scope, Optional<UUID> mentorshipId) {
        StringBuilder sql = new StringBuilder("""
                SELECT e.id FROM webhook_endpoint e
                  JOIN partner_client c ON c.id = e.partner_client_id
                 WHERE e.enabled AND e.event_types @> ARRAY[CAST(:type AS text)]
                   AND c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now())""");
        scope.ifPresent(s -> sql.append(" AND c.scopes @> ARRAY[CAST(:scope AS text)]"));
        mentorshipId.ifPresent(m -> sql.append("""
                 AND c.organization_id IN (SELECT mb.organization_id FROM mentorship p
                                             JOIN member mb ON mb.id IN (p.mentee_id, p.mentor_id)
                                            WHERE p.id = :mentorship)"""));
        sql.append(" ORDER BY e.id");
        var query =
                em.createNativeQuery(sql.toString()).unwrap(NativeQuery.class).addScalar("id", UUID.class);
        query.setParameter("type", eventType);
        scope.ifPresent(s -> query.setParameter("scope", s));
        mentorshipId.ifPresent(m -> query.setParameter("mentorship", m));
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids;
    }
}
