package fr.spyrales.partner;

import fr.spyrales.common.security.SecretTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Client secrets: 256 random bits, stored as their SHA-256 (a slow password hash adds nothing to a secret nobody
 * chose), compared in constant time.
 */
final class PartnerSecrets {
    private PartnerSecrets() {}

    static String newSecret() {
        return SecretTokens.newToken();
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String secret, byte[] storedHash) {
        return MessageDigest.isEqual(hash(secret), storedHash);
    }
}
