package fr.spyrales.auth;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "spyrales.auth")
public interface AuthConfig {
    int refreshTokenDays();

    int verificationTokenHours();

    int resetTokenMinutes();

    int bcryptCost();

    boolean cookieSecure();

    /** Addresses that become admin once verified (SPYRALES_ADMIN_EMAILS, comma separated). */
    Optional<List<String>> adminEmails();

    /** E-mail domains allowed to register: `gouv.fr`, `*.gouv.fr`, `ac-*.fr`. */
    List<String> allowedDomains();
}
