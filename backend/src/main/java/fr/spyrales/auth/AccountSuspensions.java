package fr.spyrales.auth;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether an admin suspended an account (member_suspension, written by the animation console). A suspended member's
 * access tokens are refused on the next request, and no sign-in (password, ProConnect, refresh) opens a session.
 */
@ApplicationScoped
public class AccountSuspensions {
    private final EntityManager em;
    private final String contact;

    AccountSuspensions(
            EntityManager em,
            @ConfigProperty(name = "spyrales.support-contact", defaultValue = "les administrateurs de Spyrales")
                    String contact) {
        this.em = em;
        this.contact = contact;
    }

    public boolean isSuspended(UUID memberId) {
        return !em.createNativeQuery("SELECT 1 FROM member_suspension WHERE member_id = :member")
                .setParameter("member", memberId)
                .getResultList()
                .isEmpty();
    }

    /** The French refusal a suspended member reads, with whom to contact. */
    String refusal() {
        return "Votre compte Spyrales est suspendu. Pour en connaître la raison ou demander sa réactivation,"
                + " contactez " + contact + ".";
    }

    /** Refuses to open a session for a suspended member (403 with the refusal). */
    void refuseIfSuspended(UUID memberId) {
        if (isSuspended(memberId)) {
            throw new ApiException(ProblemType.FORBIDDEN, refusal());
        }
    }
}
