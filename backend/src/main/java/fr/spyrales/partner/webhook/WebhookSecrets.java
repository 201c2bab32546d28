package fr.spyrales.partner.webhook;

import jakarta.enterprise.context.ApplicationScoped;

/** Endpoint secrets at rest: sealed (encrypted) when stored, opened to sign a delivery. */
@ApplicationScoped
public class WebhookSecrets {
    // PROVISIONAL until SecretBox lands on main: replaced by SecretBox.encrypt/decrypt at the merge.
    public String seal(String secret) {
        return secret;
    }

    public String open(String sealed) {
        return sealed;
    }
}
