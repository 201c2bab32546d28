package fr.spyrales.tchap;

import fr.spyrales.common.security.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The bot's access token of a room: opened from its sealed copy, or read from the environment variable the room
 * names (only SPYRALES_TCHAP_* variables, so that a room cannot be pointed at another secret of the server).
 */
@ApplicationScoped
class TchapTokens {
    static final String ENVIRONMENT_PREFIX = "SPYRALES_TCHAP_";

    private final SecretBox box;
    private final Config config;

    TchapTokens(SecretBox box, Config config) {
        this.box = box;
        this.config = config;
    }

    String seal(TchapRoom room, String token) {
        return box.seal(token, room.tokenBinding());
    }

    /** The token, when one is available (a variable may be unset, a sealed token from another key unreadable). */
    Optional<String> token(TchapRoom room) {
        if (room.accessTokenEnv != null) {
            return fromEnvironment(room.accessTokenEnv);
        }
        try {
            return Optional.of(box.open(room.accessTokenSealed, room.tokenBinding()));
        } catch (SecretBox.TamperedSecretException e) {
            return Optional.empty();
        }
    }

    Optional<String> fromEnvironment(String variable) {
        if (!variable.startsWith(ENVIRONMENT_PREFIX)) {
            return Optional.empty();
        }
        return config.getOptionalValue(variable, String.class).filter(v -> !v.isBlank());
    }
}
