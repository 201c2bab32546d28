package fr.spyrales.partner.webhook;

import fr.spyrales.common.security.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Endpoint secrets at rest: sealed by {@link SecretBox} (AES-GCM) when stored, opened to sign a delivery. Each is
 * bound to its endpoint's id, so a sealed secret copied onto another endpoint does not open.
 */
@ApplicationScoped
public class WebhookSecrets {
    private final SecretBox box;

    WebhookSecrets(SecretBox box) {
        this.box = box;
    }

    public String seal(UUID endpointId, String secret) {
        return box.seal(secret, associatedData(endpointId));
    }

    public String open(UUID endpointId, String sealed) {
        return box.open(sealed, associatedData(endpointId));
    }

    private static String associatedData(UUID endpointId) {
        return "webhook_endpoint:" + endpointId;
    }
}
