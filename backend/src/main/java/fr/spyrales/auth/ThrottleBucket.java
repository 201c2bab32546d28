package fr.spyrales.auth;

import java.util.Arrays;
import java.util.List;

/**
 * The throttling buckets of the account endpoints, each keyed by a client address or an e-mail address
 * (normalised). The key's prefix is stored with the bucket: changing it resets every bucket of its kind.
 */
enum ThrottleBucket {
    REGISTER_IP("register-ip:", false),
    REGISTER_EMAIL("register-email:", true),
    LOGIN_IP("login-ip:", false),
    LOGIN_EMAIL("login-email:", true),
    RESET_IP("reset-ip:", false),
    RESET_EMAIL("reset-email:", true),
    PROCONNECT_LINK_MAIL_IP("proconnect-link-mail-ip:", false),
    PROCONNECT_LINK_MAIL_EMAIL("proconnect-link-mail-email:", true);

    private final String prefix;
    private final boolean byEmail;

    ThrottleBucket(String prefix, boolean byEmail) {
        this.prefix = prefix;
        this.byEmail = byEmail;
    }

    /** @param client the client's address, or the normalised e-mail address for the buckets kept per e-mail */
    String key(String client) {
        return prefix + client;
    }

    /** The buckets an e-mail address has, which the account's erasure forgets. */
    static List<String> keysOfEmail(String normalisedEmail) {
        return Arrays.stream(values())
                .filter(b -> b.byEmail)
                .map(b -> b.key(normalisedEmail))
                .toList();
    }
}
