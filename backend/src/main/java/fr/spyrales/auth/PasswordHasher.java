package fr.spyrales.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.spec.InvalidKeySpecException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt hashing; a verification always costs one bcrypt, even for an unknown account. */
@ApplicationScoped
public class PasswordHasher {
    private final int cost;
    private final String decoyHash;

    PasswordHasher(AuthConfig config) {
        this.cost = config.bcryptCost();
        this.decoyHash = BcryptUtil.bcryptHash("decoy-password-for-timing", cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        boolean matches = verify(password, hash == null ? decoyHash : hash);
        return hash != null && matches;
    }

    private static boolean verify(String password, String hash) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            return factory.verify(factory.translate(stored), password.toCharArray());
        } catch (InvalidKeySpecException
                | java.security.NoSuchAlgorithmException
                | java.security.InvalidKeyException e) {
            return false;
        }
    }
}
