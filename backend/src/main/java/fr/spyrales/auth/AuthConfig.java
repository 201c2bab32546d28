package fr.spyrales.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.util.List;
import java.util.Optional;

/**
 * Accounts: who may register, how long their tokens last, how passwords are hashed. The defaults of the keys
 * set from their own environment variable (SPYRALES_BCRYPT_COST…) are in application.properties.
 */
@ConfigMapping(prefix = "spyrales.auth")
public interface AuthConfig {
    /** How long the tokens sent by mail or cookie stay valid (`spyrales.auth.*-token-*`). */
    @WithParentName
    Tokens tokens();

    /** Who may register, and who becomes an administrator. */
    @WithParentName
    Registration registration();

    /** The bcrypt cost of stored passwords (SPYRALES_BCRYPT_COST; tests use the smallest, 4). */
    int bcryptCost();

    /** Whether the refresh cookie is sent over HTTPS only (SPYRALES_COOKIE_SECURE; off in dev and tests). */
    boolean cookieSecure();

    interface Tokens {
        /** Life of a refresh token (the session cookie), in days. */
        @WithDefault("30")
        int refreshTokenDays();

        /** Life of the e-mail address confirmation link, in hours. */
        @WithDefault("48")
        int verificationTokenHours();

        /** Life of the password reset link, in minutes. */
        @WithDefault("60")
        int resetTokenMinutes();

        /**
         * Life of the link mailed to join a ProConnect identity to an existing account, in minutes; the pending
         * link it completes is kept at least that long, so that the agent has the time to open their mail.
         */
        @WithDefault("30")
        int proConnectLinkTokenMinutes();
    }

    interface Registration {
        /** Addresses that become admin once verified (SPYRALES_ADMIN_EMAILS, comma separated). */
        Optional<List<String>> adminEmails();

        /**
         * E-mail domains allowed to register (SPYRALES_ALLOWED_DOMAINS, comma separated): exact domains (`gouv.fr`),
         * `*.gouv.fr` for subdomains, or a `*` inside a label (`ac-*.fr`).
         */
        List<String> allowedDomains();
    }
}
