package fr.spyrales.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Checks a client's credentials: its current secret, or the previous one within its grace period. */
@ApplicationScoped
public class PartnerCredentials {
    /** What a client presenting credentials is, once they are checked. */
    public enum Outcome {
        VALID,
        UNKNOWN_OR_WRONG_SECRET,
        REVOKED,
        EXPIRED,
        ADDRESS_NOT_ALLOWED
    }

    /** The outcome, and the client's identifier and scopes when its secret matched. */
    public record Check(Outcome outcome, UUID clientId, List<String> scopes) {}

    private static Check check(Outcome outcome, PartnerClient client) {
        return client == null
                ? new Check(outcome, null, List.of())
                : new Check(outcome, client.id, List.of(client.scopes));
    }

    private static final byte[] DUMMY_HASH = PartnerSecrets.hash("no such client");

    private final EntityManager em;

    PartnerCredentials(EntityManager em) {
        this.em = em;
    }

    public Check check(String clientId, String secret, String address, Instant now) {
        UUID id;
        try {
            id = UUID.fromString(clientId);
        } catch (IllegalArgumentException e) {
            // Spend the same time as for a known client: the answer must not tell which identifiers exist.
            PartnerSecrets.matches(secret, DUMMY_HASH);
            return check(Outcome.UNKNOWN_OR_WRONG_SECRET, null);
        }
        PartnerClient client = em.find(PartnerClient.class, id);
        List<byte[]> hashes = client == null
                ? List.of(DUMMY_HASH)
                : em.createQuery(
                                "SELECT s.secretHash FROM PartnerClientSecret s WHERE s.clientId = :id"
                                        + " AND (s.validUntil IS NULL OR s.validUntil > :now)",
                                byte[].class)
                        .setParameter("id", id)
                        .setParameter("now", now.atOffset(ZoneOffset.UTC))
                        .getResultList();
        boolean matched = false;
        for (byte[] hash : hashes) {
            matched |= PartnerSecrets.matches(secret, hash);
        }
        if (client == null || !matched) {
            return check(Outcome.UNKNOWN_OR_WRONG_SECRET, null);
        }
        if (client.revokedAt != null) {
            return check(Outcome.REVOKED, client);
        }
        if (!client.activeAt(now)) {
            return check(Outcome.EXPIRED, client);
        }
        if (!IpRanges.allows(List.of(client.ipAllowlist), address)) {
            return check(Outcome.ADDRESS_NOT_ALLOWED, client);
        }
        return check(Outcome.VALID, client);
    }
}
