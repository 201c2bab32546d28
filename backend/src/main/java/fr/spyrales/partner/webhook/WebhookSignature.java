package fr.spyrales.partner.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com), by the specification's own Java library: headers
 * {@code webhook-id}, {@code webhook-timestamp} (seconds) and {@code webhook-signature: v1,<base64 HMAC-SHA256 of
 * id.timestamp.body>} keyed by the endpoint's {@code whsec_} secret. The secret is kept encrypted, never hashed:
 * signing needs it.
 */
public final class WebhookSignature {
    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";
    private static final String PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new endpoint secret: {@code whsec_} and 32 random bytes in base64. */
    public static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The three headers of one attempt; the timestamp is the attempt's, so a retry is signed afresh. */
    public static Map<String, String> headers(String secret, String messageId, long epochSeconds, String body) {
        String signature;
        try {
            signature = new Webhook(secret).sign(messageId, epochSeconds, body);
        } catch (EmptyWebhookSecretException | WebhookSigningException e) {
            throw new IllegalStateException("Cannot sign webhook " + messageId, e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, messageId);
        headers.put(TIMESTAMP, Long.toString(epochSeconds));
        headers.put(SIGNATURE, signature);
        return headers;
    }
}
