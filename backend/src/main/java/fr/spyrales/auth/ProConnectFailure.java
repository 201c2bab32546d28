package fr.spyrales.auth;

/**
 * A ProConnect sign-in that cannot go on. The front end shows the French explanation of its reason; the
 * technical message goes to the log only.
 */
class ProConnectFailure extends RuntimeException {
    /** Why, as the code the front end reads in the address it is sent back to ({@code ?proconnect=…}). */
    enum Reason {
        /** The state is unknown, used already, expired, or not this browser's. */
        SESSION_EXPIRED("session-expiree"),
        /** The agent cancelled at ProConnect, or ProConnect refused. */
        CANCELLED("annulee"),
        /** The id token or the user info is not trustworthy (signature, issuer, audience, nonce, expiry). */
        INVALID_IDENTITY("identite-invalide"),
        /** The e-mail domain is not one of the public sector's allowed ones. */
        DOMAIN_NOT_ALLOWED("domaine-refuse"),
        /** An admin suspended the account: no session until it is reinstated. */
        ACCOUNT_SUSPENDED("compte-suspendu"),
        /** ProConnect did not answer, or answered something unusable. */
        UNAVAILABLE("indisponible");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private final Reason reason;

    ProConnectFailure(Reason reason, String message) {
        this(reason, message, null);
    }

    ProConnectFailure(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
