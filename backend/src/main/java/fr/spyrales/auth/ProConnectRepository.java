package fr.spyrales.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ProConnect tables of V22 (and V27): identities, links waiting for a password or a mailed link, sessions, and
 * the organisation suggested by the SIRET.
 */
@ApplicationScoped
class ProConnectRepository {
    private final EntityManager em;

    ProConnectRepository(EntityManager em) {
        this.em = em;
    }

    /** A link waiting for the account's password. */
    record PendingLink(UUID memberId, String subject, String siret, String idToken) {}

    Optional<UUID> memberOfSubject(String subject) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT member_id FROM member_proconnect WHERE subject = ?1", UUID.class)
                .setParameter(1, subject)
                .getResultList();
        return ids.stream().findFirst();
    }

    boolean hasIdentity(UUID memberId) {
        return !em.createNativeQuery("SELECT 1 FROM member_proconnect WHERE member_id = ?1")
                .setParameter(1, memberId)
                .getResultList()
                .isEmpty();
    }

    /** Links a member to a ProConnect subject, or notes their new sign-in (and SIRET, which may change). */
    void link(UUID memberId, String subject, String siret) {
        em.createNativeQuery("INSERT INTO member_proconnect (member_id, subject, siret) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT (member_id) DO UPDATE SET subject = excluded.subject, siret = excluded.siret,"
                        + " last_login_at = now()")
                .setParameter(1, memberId)
                .setParameter(2, subject)
                .setParameter(3, siret)
                .executeUpdate();
    }

    void savePendingLink(String tokenHash, PendingLink link, OffsetDateTime expiresAt) {
        em.createNativeQuery("INSERT INTO proconnect_pending_link (token_hash, member_id, subject, siret, id_token,"
                        + " expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, tokenHash)
                .setParameter(2, link.memberId())
                .setParameter(3, link.subject())
                .setParameter(4, link.siret())
                .setParameter(5, link.idToken())
                .setParameter(6, expiresAt)
                .executeUpdate();
    }

    /** The link waiting under this token, locked, if it has not expired. */
    Optional<PendingLink> pendingLinkForUpdate(String tokenHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT member_id, subject, siret, id_token FROM"
                        + " proconnect_pending_link WHERE token_hash = ?1 AND expires_at > now() FOR UPDATE")
                .setParameter(1, tokenHash)
                .getResultList();
        return rows.stream()
                .map(row -> new PendingLink((UUID) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .findFirst();
    }

    /** Keeps the pending link at least until {@code until} (the agent waits for the mailed link). */
    void keepPendingLinkUntil(String tokenHash, OffsetDateTime until) {
        em.createNativeQuery("UPDATE proconnect_pending_link SET expires_at = greatest(expires_at, ?2)"
                        + " WHERE token_hash = ?1")
                .setParameter(1, tokenHash)
                .setParameter(2, until)
                .executeUpdate();
    }

    void deletePendingLink(String tokenHash) {
        em.createNativeQuery("DELETE FROM proconnect_pending_link WHERE token_hash = ?1")
                .setParameter(1, tokenHash)
                .executeUpdate();
    }

    void saveSession(UUID familyId, UUID memberId, String idToken) {
        em.createNativeQuery("INSERT INTO proconnect_session (family_id, member_id, id_token) VALUES (?1, ?2, ?3)")
                .setParameter(1, familyId)
                .setParameter(2, memberId)
                .setParameter(3, idToken)
                .executeUpdate();
    }

    /** Removes the session's ProConnect record and gives the id token it kept. */
    Optional<String> takeSessionIdToken(UUID familyId) {
        @SuppressWarnings("unchecked")
        List<String> tokens = em.createNativeQuery(
                        "DELETE FROM proconnect_session WHERE family_id = ?1 RETURNING id_token", String.class)
                .setParameter(1, familyId)
                .getResultList();
        return tokens.stream().findFirst();
    }

    /** An organisation of the referential, as the suggestion names it. */
    record SuggestedOrganization(UUID id, String name, String acronym) {}

    /**
     * The organisation most often chosen by the other members whose SIRET has the same SIREN as the member's, when
     * the member has chosen none and has not dismissed the suggestion for this SIREN. Ties go to the name's order.
     */
    Optional<SuggestedOrganization> suggestedOrganization(UUID memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.id, o.name, o.acronym"
                        + " FROM member_proconnect mine"
                        + " JOIN member me ON me.id = mine.member_id AND me.organization_id IS NULL"
                        + " JOIN member_proconnect peer ON peer.siren = mine.siren AND peer.member_id <> mine.member_id"
                        + " JOIN member m ON m.id = peer.member_id"
                        + " JOIN organization o ON o.id = m.organization_id"
                        + " WHERE mine.member_id = ?1 AND mine.siren IS NOT NULL"
                        + " AND mine.suggestion_dismissed_siren IS DISTINCT FROM mine.siren"
                        + " GROUP BY o.id, o.name, o.acronym"
                        + " ORDER BY count(*) DESC, o.name, o.id"
                        + " LIMIT 1")
                .setParameter(1, memberId)
                .getResultList();
        return rows.stream()
                .map(row -> new SuggestedOrganization((UUID) row[0], (String) row[1], (String) row[2]))
                .findFirst();
    }

    /** The member no longer wants an organisation suggested for their current SIREN. */
    void dismissSuggestion(UUID memberId) {
        em.createNativeQuery("UPDATE member_proconnect SET suggestion_dismissed_siren = siren WHERE member_id = ?1")
                .setParameter(1, memberId)
                .executeUpdate();
    }

    /** Everything ProConnect-related of a member, at erasure. */
    void forget(UUID memberId) {
        for (String table : List.of("member_proconnect", "proconnect_pending_link", "proconnect_session")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE member_id = ?1")
                    .setParameter(1, memberId)
                    .executeUpdate();
        }
    }

    /** The identity of a member, for their export: subject, SIRET, linked at, last sign-in, dismissed SIREN. */
    Optional<Object[]> identity(UUID memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT subject, siret, linked_at, last_login_at,"
                        + " suggestion_dismissed_siren FROM member_proconnect WHERE member_id = ?1")
                .setParameter(1, memberId)
                .getResultList();
        return rows.stream().findFirst();
    }
}
