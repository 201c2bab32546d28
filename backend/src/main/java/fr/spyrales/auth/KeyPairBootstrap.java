package fr.spyrales.auth;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes sure the RS256 key pair exists before the first token is signed or checked.
 * In development a pair is generated outside the repository; production mounts its own
 * and sets SPYRALES_JWT_GENERATE_MISSING_KEYS=false so that a missing key stops the start.
 */
@Startup
@ApplicationScoped
public class KeyPairBootstrap {
    private static final Logger LOG = Logger.getLogger(KeyPairBootstrap.class);

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String publicKeyLocation;

    @ConfigProperty(name = "smallrye.jwt.sign.key.location")
    String privateKeyLocation;

    @jakarta.inject.Inject
    JwtConfig jwt;

    @PostConstruct
    void ensureKeys() {
        Path publicKey = asPath(publicKeyLocation);
        Path privateKey = asPath(privateKeyLocation);
        if (publicKey == null || privateKey == null) {
            return; // classpath or URL locations are the operator's business
        }
        if (Files.exists(publicKey) && Files.exists(privateKey)) {
            return;
        }
        if (!jwt.generateMissingKeys()) {
            refuseIncomplete(publicKey, privateKey);
            throw new IllegalStateException("JWT keys not found at " + publicKey + " and " + privateKey
                    + ": set SPYRALES_JWT_PUBLIC_KEY and SPYRALES_JWT_PRIVATE_KEY.");
        }
        // Instances started together on one key folder (a local cluster) take turns: the first one writes the pair,
        // the others find it complete. Without the lock each wrote its own and refused the others' tokens.
        Path folder = privateKey.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            try (FileChannel lockFile = FileChannel.open(
                            folder.resolve(".jwt-keys.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                if (Files.exists(publicKey) && Files.exists(privateKey)) {
                    return;
                }
                refuseIncomplete(publicKey, privateKey);
                generate(publicKey, privateKey);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JWT key pair", e);
        }
    }

    private static void refuseIncomplete(Path publicKey, Path privateKey) {
        if (Files.exists(publicKey) || Files.exists(privateKey)) {
            throw new IllegalStateException("Only one of the JWT keys exists (" + publicKey + ", " + privateKey
                    + "): provide both or neither.");
        }
    }

    private static void generate(Path publicKey, Path privateKey) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(privateKey.toAbsolutePath().getParent());
            Files.createDirectories(publicKey.toAbsolutePath().getParent());
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            restrictToOwner(privateKey);
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            LOG.infof(
                    "Generated a development JWT key pair in %s",
                    privateKey.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JWT key pair", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static Path asPath(String location) {
        if (location.startsWith("file:")) {
            return Path.of(location.substring("file:".length()));
        }
        if (location.startsWith("/") || location.startsWith(".")) {
            return Path.of(location);
        }
        return null;
    }
}
