package fr.spyrales.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Encrypts the secrets the application must read back (Tchap bot tokens, webhook signing secrets) before they are
 * stored: AES-256-GCM with a random 96-bit nonce per secret, so a copy of the database alone reveals none of them.
 * A sealed value reads {@code v1.<base64url(nonce ‖ ciphertext ‖ tag)>}. The optional associated data binds a
 * sealed value to its row (e.g. its id): copied onto another row, it no longer opens.
 *
 * <p>The key comes from {@code SPYRALES_SECRETS_KEY} (base64 of 32 bytes); without it, it is read from (or, the first
 * time, generated into) {@code secrets.key} in the key directory beside the JWT keys, like the JWT key pair. Losing the
 * key loses the stored secrets (they must then be entered again), so production provides and backs it up.
 */
@ApplicationScoped
public class SecretBox {
    private static final Logger LOG = Logger.getLogger(SecretBox.class);
    private static final String VERSION = "v1.";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    @Inject
    SecretBox(
            @ConfigProperty(name = "spyrales.secrets.key") Optional<String> encodedKey,
            @ConfigProperty(name = "spyrales.secrets.key-dir") String keyDir,
            @ConfigProperty(name = "spyrales.secrets.generate-missing-key") boolean generateMissing) {
        this(encodedKey
                .filter(k -> !k.isBlank())
                .map(k -> decodeKey(k, "SPYRALES_SECRETS_KEY"))
                .orElseGet(() -> keyFromFile(Path.of(keyDir, "secrets.key"), generateMissing)));
    }

    /** A box with the given 32-byte key (tests, tools). */
    public SecretBox(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The secrets key must be " + KEY_BYTES + " bytes long");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** A new random key, base64-encoded as {@code SPYRALES_SECRETS_KEY} expects it. */
    public static String newEncodedKey() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String seal(String secret) {
        return seal(secret, "");
    }

    /** The secret encrypted, bound to {@code associatedData} (which {@link #open(String, String)} must repeat). */
    public String seal(String secret, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String open(String sealed) {
        return open(sealed, "");
    }

    /**
     * The secret back.
     *
     * @throws TamperedSecretException when the value was altered, sealed with another key or other associated data
     */
    public String open(String sealed, String associatedData) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new TamperedSecretException();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(sealed.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new TamperedSecretException();
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new TamperedSecretException();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(bytes, NONCE_BYTES)));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new TamperedSecretException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** A sealed value that does not open with this key: altered, truncated, or from another installation. */
    public static final class TamperedSecretException extends RuntimeException {
        TamperedSecretException() {
            super("The sealed secret was altered or sealed with another key");
        }
    }

    private static byte[] decodeKey(String encoded, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(
                    source + " must hold " + KEY_BYTES + " bytes (base64), not " + bytes.length);
        }
        return bytes;
    }

    private static byte[] keyFromFile(Path file, boolean generateMissing) {
        try {
            if (!Files.exists(file)) {
                if (!generateMissing) {
                    throw new IllegalStateException(
                            "Secrets key not found at " + file + ": set SPYRALES_SECRETS_KEY (base64 of 32 bytes).");
                }
                Files.createDirectories(file.toAbsolutePath().getParent());
                // Written whole beside it, then linked into place (atomic, and refused if it exists): an instance
                // starting at the same moment never reads a half-written key, and the first key stays everyone's.
                Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), ".secrets", ".draft");
                try {
                    restrictToOwner(draft);
                    Files.writeString(draft, newEncodedKey() + "\n");
                    Files.createLink(file, draft);
                    LOG.infof("Generated a secrets key in %s", file.toAbsolutePath());
                } catch (FileAlreadyExistsException raced) {
                    // another instance or test wrote it first: read theirs
                } finally {
                    Files.deleteIfExists(draft);
                }
            }
            return decodeKey(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the secrets key " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }
}
