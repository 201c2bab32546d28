package fr.spyrales.partner.webhook;

/** The SSRF guard's refusal of an address, with the reason in French (shown to the partner, kept with the attempt). */
public class UnsafeWebhookUrl extends Exception {
    public UnsafeWebhookUrl(String reason) {
        super(reason);
    }
}
