package fr.spyrales.auth;

import fr.spyrales.support.TestAccounts;
import fr.spyrales.support.TestAccounts.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * ProConnect identities written straight to the database, with the SIRET ProConnect would give: for the organisation
 * suggestion, where signing every peer in through the provider would only cost time. Test data only: these SIRENs
 * are drawn at random, they name no real body.
 */
@ApplicationScoped
public class ProConnectIdentities {
    @Inject
    TestAccounts accounts;

    @Inject
    EntityManager em;

    /** Nine random digits: a SIREN no other test uses. */
    public static String newSiren() {
        return String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    /** Links (or re-links) the member to a new ProConnect subject with this SIRET. */
    public void give(UUID memberId, String siret) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO member_proconnect (member_id, subject, siret)"
                                + " VALUES (?1, ?2, ?3) ON CONFLICT (member_id) DO UPDATE SET siret = excluded.siret")
                        .setParameter(1, memberId)
                        .setParameter(2, UUID.randomUUID().toString())
                        .setParameter(3, siret)
                        .executeUpdate());
    }

    /** Another member of the body, signed in with ProConnect, who chose this organisation (or none). */
    public Account peer(String siret, UUID organizationId) {
        Account peer = accounts.quickMember("Paule", "Collègue", m -> {});
        give(peer.id(), siret);
        choose(peer.id(), organizationId);
        return peer;
    }

    /** Sets the member's organisation. */
    public void choose(UUID memberId, UUID organizationId) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE member SET organization_id = ?2 WHERE id = ?1")
                        .setParameter(1, memberId)
                        .setParameter(2, organizationId)
                        .executeUpdate());
    }
}
